//! Generated flow trees for the benchmarks: realistic trees of any size, and a wide tree with many
//! paths, each as flow files (YAML) and their messages in English and French (Fluent), valid under
//! `check`. Deterministic: the same arguments always give the same bytes.
//!
//! A realistic tree of N nodes has a root question (and, past a dozen topics, one level of area
//! questions in `root.yaml`) leading to about √(N/10) topics of varying size. Each topic is built
//! breadth first from its `start` question: every new node fills an open answer or `otherwise` of an
//! earlier node, so every node is reached. Questions have 2–5 answers; fixes 2–6 steps, some with
//! links, most with an `otherwise` leading on; some answers and jumps lead to a shared fix, in the
//! same topic or across topics; ends are resolved, escalate or start-over, and every topic closes
//! with a `no-fix` escalation. Shared fixes are "closing" fixes (their `otherwise` is an end or
//! absent), so no walk can loop and every node can reach an end.

use signup_doctor::source::{FileSet, Kind, SourceFile};
use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};

/// The seed every benchmark tree is made from.
pub const SEED: u64 = 0x5167_0d0c_7012_2024;

/// A small linear congruential generator (Knuth's MMIX constants): enough for shapes and words.
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Lcg {
        let mut rng = Lcg(seed ^ 0x9e37_79b9_7f4a_7c15);
        rng.next();
        rng
    }

    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// A number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        ((u64::from(self.next()) * n as u64) >> 31) as usize
    }

    /// A number in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `count` distinct items of `items`, in random order.
    fn distinct<'a>(&mut self, items: &[&'a str], count: usize) -> Vec<&'a str> {
        let mut pool = items.to_vec();
        for i in 0..count.min(pool.len()) {
            let j = i + self.below(pool.len() - i);
            pool.swap(i, j);
        }
        pool.truncate(count);
        pool
    }
}

/// A generated tree: flow files and locale files as relative paths and texts.
pub struct Generated {
    /// How many nodes the flows hold, root included.
    pub nodes: usize,
    /// `root.yaml`, `TOPIC.yaml`, …
    pub flows: Vec<(String, String)>,
    /// `en/TOPIC.ftl`, `fr/TOPIC.ftl`, …, and the wizard's own `ui.ftl`, `agent.ftl`, `terms.ftl`.
    pub locales: Vec<(String, String)>,
}

impl Generated {
    fn set(files: &[(String, String)], label: &str) -> FileSet {
        let mut files: Vec<SourceFile> = files
            .iter()
            .map(|(relative, text)| SourceFile {
                name: format!("{label}/{relative}"),
                relative: PathBuf::from(relative),
                text: text.clone(),
            })
            .collect();
        files.sort_by(|a, b| a.relative.cmp(&b.relative));
        FileSet {
            files,
            unreadable: Vec::new(),
        }
    }

    /// The flow files as the loader reads them, without touching the disk.
    pub fn flow_set(&self) -> FileSet {
        Generated::set(&self.flows, "flows")
    }

    /// The locale files as the loader reads them, without touching the disk.
    pub fn locale_set(&self) -> FileSet {
        Generated::set(&self.locales, "locales")
    }

    /// Total size of the flow files, in bytes.
    pub fn flow_bytes(&self) -> usize {
        self.flows.iter().map(|(_, text)| text.len()).sum()
    }

    /// Total size of the locale files, in bytes.
    pub fn locale_bytes(&self) -> usize {
        self.locales.iter().map(|(_, text)| text.len()).sum()
    }

    /// Writes `DIR/flows/*.yaml` and `DIR/locales/LANG/*.ftl`, for `--flows` and `--locales`.
    pub fn write(&self, dir: &Path) -> io::Result<()> {
        for (sub, files) in [("flows", &self.flows), ("locales", &self.locales)] {
            for (relative, text) in files {
                let path = dir.join(sub).join(relative);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(path, text)?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// The model: topics and nodes, with targets that may wait for every topic to be built.

#[derive(Clone, Debug)]
enum Target {
    /// A node of the same topic, by index.
    Local(usize),
    /// `TOPIC:NODE`.
    Remote(String, String),
    /// A closing fix of this topic, chosen once the topic is built.
    Shared,
    /// A closing fix of another topic, chosen once every topic is built.
    Cross,
}

#[derive(Clone, Debug)]
struct GenAnswer {
    id: String,
    next: Target,
}

#[derive(Clone, Debug)]
enum GenKind {
    Question {
        hint: bool,
        answers: Vec<GenAnswer>,
    },
    Fix {
        hint: bool,
        /// One entry per step: its link, if it has one.
        steps: Vec<Option<String>>,
        otherwise: Option<Target>,
    },
    Jump {
        to: Target,
    },
    End {
        outcome: &'static str,
        text: bool,
    },
}

#[derive(Clone, Debug)]
struct GenNode {
    id: String,
    comment: Option<String>,
    kind: GenKind,
}

#[derive(Clone, Debug)]
struct Topic {
    id: String,
    escalation: Option<String>,
    nodes: Vec<GenNode>,
}

impl Topic {
    /// Fixes whose `otherwise` is absent or an end: safe to share, since nothing leads on from them.
    fn closing_fixes(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| match &self.nodes[i].kind {
                GenKind::Fix { otherwise: None, .. } => true,
                GenKind::Fix {
                    otherwise: Some(Target::Local(to)),
                    ..
                } => matches!(self.nodes[*to].kind, GenKind::End { .. }),
                _ => false,
            })
            .collect()
    }

    /// Where this topic's shared links and jumps lead: a closing fix, else its `no-fix` end.
    fn shared_targets(&self) -> Vec<usize> {
        let fixes = self.closing_fixes();
        if fixes.is_empty() {
            vec![self.nodes.len() - 1]
        } else {
            fixes
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Words.

#[rustfmt::skip]
const NOUNS: &[&str] = &[
    "account", "card", "bank", "phone", "number", "profile", "subscription", "invoice", "payment", "balance",
    "tenant", "directory", "partner", "offer", "credit", "region", "address", "email", "code", "role", "plan",
    "benefit", "license", "order", "contract", "browser", "cookie", "domain", "admin", "owner", "key",
    "voucher", "reseller", "quota", "limit", "trial", "spending", "country", "currency", "tax",
];
#[rustfmt::skip]
const VERBS: &[&str] = &[
   
    "check", "update", "verify", "confirm", "remove", "add", "retry", "renew", "reset", "switch", "link", "activate",
    "cancel", "transfer", "review", "restore", "unblock", "clear", "move", "claim",
];
#[rustfmt::skip]
const ANSWER_IDS: &[&str] = &[
   
    "not-sure", "other", "personal", "work", "school", "credit", "debit", "prepaid", "text", "call", "never", "once",
    "often", "portal", "email", "phone", "expired", "blocked", "pending", "missing", "wrong", "new", "old", "shared",
    "owner", "admin", "reseller", "direct", "yearly", "monthly",
];
#[rustfmt::skip]
const AREAS: &[&str] = &[
    "billing", "identity", "payments", "licensing", "partners", "trials", "invoices", "accounts", "tenants",
    "offers", "orders", "quotas", "renewals", "refunds", "credits", "domains",
];
const LINKS: &[&str] = &[
    "https://account.microsoft.com/profile",
    "https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade",
    "https://azure.microsoft.com/support/options/",
    "https://learn.microsoft.com/azure/cost-management-billing/manage/",
    "https://partner.microsoft.com/dashboard/account/v3/organization/legalinfo",
    "https://www.microsoft.com/licensing/servicecenter/",
    "https://learn.microsoft.com/azure/cost-management-billing/manage/troubleshoot-declined-card",
];
const COMMENTS: &[&str] = &[
    "Shared fix: other topics jump here; keep it self-contained.",
    "Asked first because the answer splits the causes in two.",
    "Only an owner of the subscription can do these steps.",
    "The portal changed this page; keep the steps in its order.",
    "Most people who reach this point are fixed by the first step.",
];

/// A noun, verb and adjective in both languages, so a message reads alike in each.
#[rustfmt::skip]
const NOUNS_FR: &[&str] = &[
    "compte", "carte", "banque", "téléphone", "numéro", "profil", "abonnement", "facture", "paiement",
    "solde", "locataire", "annuaire", "partenaire", "offre", "crédit", "région", "adresse", "e-mail", "code",
    "rôle", "plan", "avantage", "licence", "commande", "contrat", "navigateur", "cookie", "domaine",
    "administrateur", "propriétaire", "clé", "bon", "revendeur", "quota", "plafond", "essai", "dépense",
    "pays", "devise", "taxe",
];
#[rustfmt::skip]
const VERBS_FR: &[&str] = &[
    "vérifier", "mettre à jour", "valider", "confirmer", "supprimer", "ajouter", "réessayer", "renouveler",
    "réinitialiser", "changer", "associer", "activer", "annuler", "transférer", "relire", "restaurer",
    "débloquer", "effacer", "déplacer", "réclamer",
];
const ADJECTIVES: &[(&str, &str)] = &[
    ("blocked", "bloqué"),
    ("expired", "expiré"),
    ("pending", "en attente"),
    ("missing", "introuvable"),
    ("wrong", "incorrect"),
    ("disabled", "désactivé"),
    ("out of date", "obsolète"),
    ("linked to another account", "associé à un autre compte"),
];
const TERMS: &[&str] = &[
    "-azure",
    "-azure-portal",
    "-microsoft",
    "-account-center",
    "-partner-center",
];

/// One message in English and French, made of the same words.
fn message(rng: &mut Lcg, shape: Shape) -> (String, String) {
    let n = rng.below(NOUNS.len());
    let m = rng.below(NOUNS.len());
    let v = rng.below(VERBS.len());
    let (adj, adj_fr) = *rng.pick(ADJECTIVES);
    let term = *rng.pick(TERMS);
    let (noun, noun2, verb) = (NOUNS[n], NOUNS[m], VERBS[v]);
    let (nom, nom2, verbe) = (NOUNS_FR[n], NOUNS_FR[m], VERBS_FR[v]);
    let variant = rng.below(3);
    let (en, fr) = match (shape, variant) {
        (Shape::Title, 0) => (format!("My {noun} is {adj}"), format!("Mon {nom} est {adj_fr}")),
        (Shape::Title, 1) => (
            format!("I can't {verb} my {noun}"),
            format!("Impossible de {verbe} mon {nom}"),
        ),
        (Shape::Title, _) => (
            format!("The {noun} and the {noun2} in {{ {term} }}"),
            format!("Le {nom} et le {nom2} dans {{ {term} }}"),
        ),
        (Shape::Question, 0) => (
            format!("Which {noun} are you using with your {{ {term} }} account?"),
            format!("Quel {nom} utilisez-vous avec votre compte {{ {term} }} ?"),
        ),
        (Shape::Question, 1) => (
            format!("What happens when you {verb} the {noun}?"),
            format!("Que se passe-t-il quand vous essayez de {verbe} le {nom} ?"),
        ),
        (Shape::Question, _) => (
            format!("Is the {noun} shown as {adj} in {{ {term} }}?"),
            format!("Le {nom} est-il indiqué comme {adj_fr} dans {{ {term} }} ?"),
        ),
        (Shape::Answer, 0) => (format!("A {noun} that is {adj}"), format!("Un {nom} {adj_fr}")),
        (Shape::Answer, 1) => (
            format!("I already tried to {verb} the {noun}"),
            format!("J'ai déjà essayé de {verbe} le {nom}"),
        ),
        (Shape::Answer, _) => (
            format!("Something else: the {noun2} is {adj}"),
            format!("Autre chose : le {nom2} est {adj_fr}"),
        ),
        (Shape::Hint, 0) => (
            format!("Only the {noun}'s owner can {verb} it; ask them if you are not sure."),
            format!("Seul le propriétaire du {nom} peut le {verbe} ; demandez-lui en cas de doute."),
        ),
        (Shape::Hint, 1) => (
            format!("{{ {term} }} shows the {noun} on the {noun2} page."),
            format!("{{ {term} }} affiche le {nom} sur la page {nom2}."),
        ),
        (Shape::Hint, _) => (
            format!("If the {noun} is {adj}, the {noun2} cannot be changed yet."),
            format!("Si le {nom} est {adj_fr}, le {nom2} ne peut pas encore être modifié."),
        ),
        (Shape::FixTitle, 0) => (
            format!("{} your {noun} in {{ {term} }}", capital(verb)),
            format!("{} votre {nom} dans {{ {term} }}", capital(verbe)),
        ),
        (Shape::FixTitle, 1) => (
            format!("Make sure the {noun} is not {adj}"),
            format!("Assurez-vous que le {nom} n'est pas {adj_fr}"),
        ),
        (Shape::FixTitle, _) => (
            format!("{} the {noun} and the {noun2}", capital(verb)),
            format!("{} le {nom} et le {nom2}", capital(verbe)),
        ),
        (Shape::Step, 0) => (
            format!("Open {{ {term} }} and go to the {noun} page."),
            format!("Ouvrez {{ {term} }} et allez à la page {nom}."),
        ),
        (Shape::Step, 1) => (
            format!("{} the {noun}, then select Save.", capital(verb)),
            format!("{} le {nom}, puis sélectionnez Enregistrer.", capital(verbe)),
        ),
        (Shape::Step, _) => (
            format!("If the {noun} is still {adj}, wait ten minutes and {verb} the {noun2} instead."),
            format!(
                "Si le {nom} est toujours {adj_fr}, attendez dix minutes et essayez de {verbe} le {nom2} à la place."
            ),
        ),
        (Shape::End, 0) => (
            format!("The {noun} is no longer {adj}: you can go on."),
            format!("Le {nom} n'est plus {adj_fr} : vous pouvez continuer."),
        ),
        (Shape::End, 1) => (
            format!(
                "Nothing here can {verb} the {noun}. In your request to {{ -microsoft }}, say which steps you tried."
            ),
            format!(
                "Rien ici ne permet de {verbe} le {nom}. Dans votre demande à {{ -microsoft }}, indiquez les étapes déjà essayées."
            ),
        ),
        (Shape::End, _) => (
            format!("Start again and choose the {noun2} instead of the {noun}."),
            format!("Recommencez et choisissez le {nom2} au lieu du {nom}."),
        ),
    };
    (en, fr)
}

#[derive(Clone, Copy)]
enum Shape {
    Title,
    Question,
    Answer,
    Hint,
    FixTitle,
    Step,
    End,
}

fn capital(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Building topics.

/// An answer or `otherwise` still waiting for a target: (node index, answer index or `None`).
type Slot = (usize, Option<usize>);

fn set_target(nodes: &mut [GenNode], (node, answer): Slot, target: Target) {
    match (&mut nodes[node].kind, answer) {
        (GenKind::Question { answers, .. }, Some(i)) => answers[i].next = target,
        (GenKind::Fix { otherwise, .. }, None) => *otherwise = Some(target),
        _ => unreachable!("a slot is an answer or an otherwise"),
    }
}

fn clear_otherwise(nodes: &mut [GenNode], node: usize) {
    if let GenKind::Fix { otherwise, .. } = &mut nodes[node].kind {
        *otherwise = None;
    }
}

fn question(rng: &mut Lcg, id: String, answers: usize) -> GenNode {
    let ids = if answers <= ANSWER_IDS.len() {
        rng.distinct(ANSWER_IDS, answers)
            .into_iter()
            .map(str::to_string)
            .collect()
    } else {
        (1..=answers).map(|i| format!("option-{i}")).collect::<Vec<_>>()
    };
    GenNode {
        id,
        comment: None,
        kind: GenKind::Question {
            hint: rng.chance(40),
            answers: ids
                .into_iter()
                .map(|id| GenAnswer {
                    id,
                    next: Target::Shared,
                })
                .collect(),
        },
    }
}

fn fix(rng: &mut Lcg, id: String, steps: usize, otherwise: bool) -> GenNode {
    GenNode {
        id,
        comment: rng.chance(10).then(|| rng.pick(COMMENTS).to_string()),
        kind: GenKind::Fix {
            hint: rng.chance(30),
            steps: (0..steps)
                .map(|_| rng.chance(20).then(|| rng.pick(LINKS).to_string()))
                .collect(),
            otherwise: otherwise.then_some(Target::Shared),
        },
    }
}

fn end(id: String, outcome: &'static str, text: bool) -> GenNode {
    GenNode {
        id,
        comment: None,
        kind: GenKind::End { outcome, text },
    }
}

fn node_id(rng: &mut Lcg, index: usize) -> String {
    format!("{}-{}-{index}", rng.pick(NOUNS), rng.pick(VERBS))
}

/// One topic of exactly `size` nodes (at least 3), its cross-topic targets still open.
fn realistic_topic(rng: &mut Lcg, id: String, size: usize) -> Topic {
    assert!(size >= 3, "a topic needs at least 3 nodes");
    let answers = rng.range(2, 5);
    let mut nodes = vec![question(rng, "start".to_string(), answers)];
    let mut open: VecDeque<Slot> = (0..answers).map(|i| (0, Some(i))).collect();
    while nodes.len() < size - 1 {
        let slot = open.pop_front().expect("a slot stays open while nodes are left to add");
        // Now and then an answer leads to a shared fix rather than a node of its own.
        if slot.1.is_some() && open.len() >= 2 && rng.chance(6) {
            let target = if rng.chance(50) { Target::Shared } else { Target::Cross };
            set_target(&mut nodes, slot, target);
            continue;
        }
        let index = nodes.len();
        let id = node_id(rng, index);
        // Only questions and fixes near the start, as people write them; and with no slot left open,
        // a node that leads on, so the next node has somewhere to hang.
        let roll = if open.is_empty() || index < size / 5 {
            rng.below(72)
        } else {
            rng.below(100)
        };
        let node = match roll {
            0..22 => {
                let answers = rng.range(2, 5);
                open.extend((0..answers).map(|i| (index, Some(i))));
                question(rng, id, answers)
            }
            22..72 => {
                let otherwise = open.is_empty() || rng.chance(75);
                if otherwise {
                    open.push_back((index, None));
                }
                let steps = rng.range(2, 6);
                fix(rng, id, steps, otherwise)
            }
            72..80 => GenNode {
                id,
                comment: None,
                kind: GenKind::Jump {
                    to: if rng.chance(70) { Target::Cross } else { Target::Shared },
                },
            },
            _ => {
                let outcome = *rng.pick(&["resolved", "resolved", "escalate", "escalate", "start-over"]);
                end(id, outcome, rng.chance(70))
            }
        };
        nodes.push(node);
        set_target(&mut nodes, slot, Target::Local(index));
    }
    let last = nodes.len();
    nodes.push(end("no-fix".to_string(), "escalate", true));
    let ends: Vec<usize> = (0..nodes.len())
        .filter(|&i| matches!(nodes[i].kind, GenKind::End { .. }))
        .collect();
    // What is still open closes here: the first on the topic's `no-fix`, the rest on an end, a
    // shared fix, or (a fix) on nothing, which escalates.
    for (n, slot) in open.into_iter().enumerate() {
        if n == 0 {
            set_target(&mut nodes, slot, Target::Local(last));
        } else if slot.1.is_some() {
            let target = match rng.below(100) {
                0..10 => Target::Cross,
                10..20 => Target::Shared,
                _ => Target::Local(*rng.pick(&ends)),
            };
            set_target(&mut nodes, slot, target);
        } else if rng.chance(40) {
            clear_otherwise(&mut nodes, slot.0);
        } else {
            set_target(&mut nodes, slot, Target::Local(*rng.pick(&ends)));
        }
    }
    Topic {
        id,
        escalation: None,
        nodes,
    }
}

/// Replaces every [`Target::Shared`] and [`Target::Cross`] by a closing fix.
fn resolve(topics: &mut [Topic], rng: &mut Lcg) {
    let shared: Vec<Vec<usize>> = topics.iter().map(Topic::shared_targets).collect();
    let ids: Vec<String> = topics.iter().map(|t| t.id.clone()).collect();
    let names: Vec<Vec<String>> = topics
        .iter()
        .map(|t| t.nodes.iter().map(|n| n.id.clone()).collect())
        .collect();
    // The root holds no fix: it is never a target.
    let candidates: Vec<usize> = (0..topics.len()).filter(|&t| ids[t] != "root").collect();
    for (t, topic) in topics.iter_mut().enumerate() {
        let others: Vec<usize> = candidates.iter().copied().filter(|&o| o != t).collect();
        let mut choose = |target: &mut Target| match target {
            Target::Shared => *target = Target::Local(*rng.pick(&shared[t])),
            Target::Cross if others.is_empty() => *target = Target::Local(*rng.pick(&shared[t])),
            Target::Cross => {
                let other = *rng.pick(&others);
                let node = *rng.pick(&shared[other]);
                *target = Target::Remote(ids[other].clone(), names[other][node].clone());
            }
            Target::Local(_) | Target::Remote(..) => {}
        };
        for node in &mut topic.nodes {
            match &mut node.kind {
                GenKind::Question { answers, .. } => answers.iter_mut().for_each(|a| choose(&mut a.next)),
                GenKind::Fix {
                    otherwise: Some(to), ..
                }
                | GenKind::Jump { to } => choose(to),
                GenKind::Fix { otherwise: None, .. } | GenKind::End { .. } => {}
            }
        }
    }
}

/// The root flow: a question leading to every topic, through area questions when there are many.
fn root_topic(rng: &mut Lcg, topics: &[String], escalation: &str) -> Topic {
    let to_start = |t: &String| GenAnswer {
        id: t.clone(),
        next: Target::Remote(t.clone(), "start".to_string()),
    };
    let mut nodes = Vec::new();
    if topics.len() <= 12 {
        nodes.push(GenNode {
            id: "where".to_string(),
            comment: None,
            kind: GenKind::Question {
                hint: true,
                answers: topics.iter().map(to_start).collect(),
            },
        });
    } else {
        let groups: Vec<&[String]> = topics.chunks(10).collect();
        let areas: Vec<String> = (0..groups.len())
            .map(|g| format!("{}-{g}", AREAS[g % AREAS.len()]))
            .collect();
        nodes.push(GenNode {
            id: "where".to_string(),
            comment: None,
            kind: GenKind::Question {
                hint: true,
                answers: (0..groups.len())
                    .map(|g| GenAnswer {
                        id: areas[g].clone(),
                        next: Target::Local(g + 1),
                    })
                    .collect(),
            },
        });
        for (g, group) in groups.iter().enumerate() {
            nodes.push(GenNode {
                id: areas[g].clone(),
                comment: None,
                kind: GenKind::Question {
                    hint: rng.chance(50),
                    answers: group.iter().map(to_start).collect(),
                },
            });
        }
    }
    Topic {
        id: "root".to_string(),
        escalation: Some(escalation.to_string()),
        nodes,
    }
}

/// How many nodes the root flow takes for this many topics.
fn root_size(topics: usize) -> usize {
    if topics <= 12 { 1 } else { 1 + topics.div_ceil(10) }
}

/// A realistic tree of exactly `nodes` nodes (at least 100).
pub fn tree(nodes: usize) -> Generated {
    assert!(nodes >= 100, "a generated tree has at least 100 nodes");
    let mut rng = Lcg::new(SEED ^ nodes as u64);
    let count = ((nodes as f64 / 10.0).sqrt().round() as usize).max(4);
    let mut ids = vec!["support-ticket".to_string()];
    ids.extend((1..count).map(|i| format!("{}-{i}", AREAS[i % AREAS.len()])));
    let rest = nodes - root_size(count);
    // Topic sizes vary by about ±30% around the mean, and add up to `rest` exactly.
    let weights: Vec<usize> = (0..count).map(|_| rng.range(70, 130)).collect();
    let total: usize = weights.iter().sum();
    let mut sizes: Vec<usize> = weights.iter().map(|w| (rest * w / total).max(6)).collect();
    let mut i = 0;
    while sizes.iter().sum::<usize>() < rest {
        sizes[i % count] += 1;
        i += 1;
    }
    while sizes.iter().sum::<usize>() > rest {
        let biggest = (0..count).max_by_key(|&t| sizes[t]).expect("topics");
        sizes[biggest] -= 1;
    }
    let mut topics = vec![root_topic(&mut rng, &ids, "support-ticket:start")];
    for (id, size) in ids.iter().zip(sizes) {
        topics.push(realistic_topic(&mut rng, id.clone(), size));
    }
    resolve(&mut topics, &mut rng);
    render(&topics, &mut rng)
}

/// A wide tree: the root offers `fanout` topics; each topic's first question offers `fanout`
/// questions, each with `fanout` answers leading to one of `fanout` shared fixes, which lead on to a
/// second fix and an escalation. Every path is 3 answers and a fix chain: 3·fanout³ paths in all.
pub fn wide(fanout: usize) -> Generated {
    assert!((2..=ANSWER_IDS.len()).contains(&fanout));
    let mut rng = Lcg::new(SEED ^ 0x77_1de ^ fanout as u64);
    let ids: Vec<String> = (0..fanout).map(|i| format!("wide-{i}")).collect();
    // One root question with every topic, however many.
    let root = GenNode {
        id: "where".to_string(),
        comment: None,
        kind: GenKind::Question {
            hint: true,
            answers: ids
                .iter()
                .map(|t| GenAnswer {
                    id: t.clone(),
                    next: Target::Remote(t.clone(), "start".to_string()),
                })
                .collect(),
        },
    };
    let mut topics = vec![Topic {
        id: "root".to_string(),
        escalation: Some("wide-0:start".to_string()),
        nodes: vec![root],
    }];
    for id in &ids {
        // start (0) · pick-k (1..=F) · fix-m (F+1..=2F) · retry-m (2F+1..=3F) · no-fix (3F+1)
        let pick = |k: usize| 1 + k;
        let fix_at = |m: usize| 1 + fanout + m;
        let retry_at = |m: usize| 1 + 2 * fanout + m;
        let no_fix = 1 + 3 * fanout;
        let mut nodes = vec![question(&mut rng, "start".to_string(), fanout)];
        if let GenKind::Question { answers, .. } = &mut nodes[0].kind {
            for (k, answer) in answers.iter_mut().enumerate() {
                answer.next = Target::Local(pick(k));
            }
        }
        for k in 0..fanout {
            let mut node = question(&mut rng, format!("pick-{k}"), fanout);
            if let GenKind::Question { answers, .. } = &mut node.kind {
                for (j, answer) in answers.iter_mut().enumerate() {
                    answer.next = Target::Local(fix_at((k + j) % fanout));
                }
            }
            nodes.push(node);
        }
        for m in 0..fanout {
            let mut node = fix(&mut rng, format!("fix-{m}"), 3, true);
            if let GenKind::Fix { otherwise, .. } = &mut node.kind {
                *otherwise = Some(Target::Local(retry_at(m)));
            }
            nodes.push(node);
        }
        for m in 0..fanout {
            let mut node = fix(&mut rng, format!("retry-{m}"), 2, true);
            if let GenKind::Fix { otherwise, .. } = &mut node.kind {
                *otherwise = Some(Target::Local(no_fix));
            }
            nodes.push(node);
        }
        nodes.push(end("no-fix".to_string(), "escalate", true));
        topics.push(Topic {
            id: id.clone(),
            escalation: None,
            nodes,
        });
    }
    render(&topics, &mut rng)
}

// ---------------------------------------------------------------------------------------------
// Rendering YAML and Fluent.

fn target_text(topic: &Topic, target: &Target) -> String {
    match target {
        Target::Local(i) => topic.nodes[*i].id.clone(),
        Target::Remote(t, n) => format!("{t}:{n}"),
        Target::Shared | Target::Cross => unreachable!("targets are resolved before rendering"),
    }
}

/// Messages of one file, in both languages.
#[derive(Default)]
struct Messages {
    en: String,
    fr: String,
}

impl Messages {
    fn add(&mut self, rng: &mut Lcg, id: &str, shape: Shape) {
        let (en, fr) = message(rng, shape);
        self.en.push_str(&format!("{id} = {en}\n"));
        self.fr.push_str(&format!("{id} = {fr}\n"));
    }

    fn section(&mut self, name: &str) {
        for text in [&mut self.en, &mut self.fr] {
            text.push_str(&format!("\n## {name}\n"));
        }
    }
}

fn render(topics: &[Topic], rng: &mut Lcg) -> Generated {
    let mut flows = Vec::new();
    let mut locales = Vec::new();
    for topic in topics {
        let t = &topic.id;
        let mut yaml = String::new();
        let mut messages = Messages::default();
        yaml.push_str("# yaml-language-server: $schema=schema.json\n");
        yaml.push_str(&format!(
            "# Generated for the benchmarks (benches/generate): {} nodes.\n",
            topic.nodes.len()
        ));
        yaml.push_str(&format!("topic: {t}\ntitle: {t}-title\n"));
        if let Some(escalation) = &topic.escalation {
            // The root declares the one desk every topic's escalations go to.
            yaml.push_str(&format!(
                "escalation: {escalation}\nchannels:\n  - id: desk\n    name: {t}-desk\n    \
                 reach: {t}-desk-reach\n    problem: {t}-desk-problem\n    severity: true\n"
            ));
            for id in ["desk", "desk-reach", "desk-problem"] {
                messages.add(rng, &format!("{t}-{id}"), Shape::Title);
            }
        }
        yaml.push_str("channel: desk\nnodes:\n");
        messages.add(rng, &format!("{t}-title"), Shape::Title);
        for node in &topic.nodes {
            let id = &node.id;
            let msg = format!("{t}-{id}");
            if let Some(comment) = &node.comment {
                yaml.push_str(&format!("\n  # {comment}\n"));
            }
            yaml.push_str(&format!("  - id: {id}\n"));
            match &node.kind {
                GenKind::Question { hint, answers } => {
                    messages.section(id);
                    yaml.push_str(&format!("    question: {msg}\n"));
                    messages.add(rng, &msg, Shape::Question);
                    if *hint {
                        yaml.push_str(&format!("    hint: {msg}-hint\n"));
                        messages.add(rng, &format!("{msg}-hint"), Shape::Hint);
                    }
                    yaml.push_str("    answers:\n");
                    for answer in answers {
                        let label = format!("{msg}-{}", answer.id);
                        yaml.push_str(&format!(
                            "      - id: {}\n        label: {label}\n        next: {}\n",
                            answer.id,
                            target_text(topic, &answer.next)
                        ));
                        messages.add(rng, &label, Shape::Answer);
                    }
                }
                GenKind::Fix { hint, steps, otherwise } => {
                    messages.section(id);
                    yaml.push_str(&format!("    fix: {msg}\n"));
                    messages.add(rng, &msg, Shape::FixTitle);
                    if *hint {
                        yaml.push_str(&format!("    hint: {msg}-hint\n"));
                        messages.add(rng, &format!("{msg}-hint"), Shape::Hint);
                    }
                    yaml.push_str("    steps:\n");
                    for (k, link) in steps.iter().enumerate() {
                        let step = format!("{msg}-step-{}", k + 1);
                        match link {
                            Some(link) => yaml.push_str(&format!("      - text: {step}\n        link: {link}\n")),
                            None => yaml.push_str(&format!("      - {step}\n")),
                        }
                        messages.add(rng, &step, Shape::Step);
                    }
                    if let Some(otherwise) = otherwise {
                        yaml.push_str(&format!("    otherwise: {}\n", target_text(topic, otherwise)));
                    }
                }
                GenKind::Jump { to } => {
                    yaml.push_str(&format!("    jump: {}\n", target_text(topic, to)));
                }
                GenKind::End { outcome, text } => {
                    yaml.push_str(&format!("    end: {outcome}\n"));
                    if *text {
                        messages.section(id);
                        yaml.push_str(&format!("    text: {msg}\n"));
                        messages.add(rng, &msg, Shape::End);
                    }
                }
            }
        }
        flows.push((format!("{t}.yaml"), yaml));
        locales.push((format!("en/{t}.ftl"), messages.en));
        locales.push((format!("fr/{t}.ftl"), messages.fr));
    }
    // The wizard's own messages and the product names, as shipped.
    for file in FileSet::built_in(Kind::Locales).files {
        let name = file.relative.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if ["ui.ftl", "agent.ftl", "journal.ftl", "terms.ftl"].contains(&name) {
            locales.push((file.relative.to_string_lossy().into_owned(), file.text));
        }
    }
    Generated {
        nodes: topics.iter().map(|t| t.nodes.len()).sum(),
        flows,
        locales,
    }
}
