//! The mistakes a flow author makes first (`2026-12b-newcomer.md`, part B: the ones whose message
//! was poor or partial), each made on a scratch copy of the base tree: `check` names the fault at
//! its own line and column, with the finding's name, in an author's words — never the parser's
//! jargon or a Rust type name.

use crate::check_fixtures::scratch_tree;
use std::fs;

/// One mistake: the file edited, the text replaced and what replaces it; then the line and column
/// the first finding must point at, its name, and words it must say.
struct Mistake {
    name: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    at: (u64, u64),
    lint: &'static str,
    says: &'static [&'static str],
}

const JARGON: &[&str] = &[
    "untagged enum",
    "Option<",
    "RawStep",
    "while parsing",
    "while scanning",
    "did not find expected",
    "block mapping",
    "block collection",
    "deserialize",
];

const MISTAKES: &[Mistake] = &[
    Mistake {
        name: "4a a step indented 5 spaces instead of 6",
        file: "flows/phone.yaml",
        from: "      - phone-sms-wait",
        to: "     - phone-sms-wait",
        at: (17, 7),
        lint: "yaml-syntax",
        says: &["indented 6 spaces", "5 at line 16"],
    },
    Mistake {
        name: "4b `otherwise:` indented 6 spaces instead of 4",
        file: "flows/phone.yaml",
        from: "    otherwise: to-help",
        to: "      otherwise: to-help",
        at: (19, 7),
        lint: "yaml-syntax",
        says: &["indented 6 spaces"],
    },
    Mistake {
        name: "4c `otherwise:` indented 2 spaces",
        file: "flows/phone.yaml",
        from: "    otherwise: to-help",
        to: "  otherwise: to-help",
        at: (19, 3),
        lint: "yaml-syntax",
        says: &["indented 2 spaces"],
    },
    Mistake {
        name: "4d a node indented 4 spaces",
        file: "flows/phone.yaml",
        from: "  - id: to-help",
        to: "    - id: to-help",
        at: (20, 5),
        lint: "yaml-syntax",
        says: &["indented 4 spaces", "2 at line"],
    },
    Mistake {
        name: "4e an answer indented 4 spaces",
        file: "flows/phone.yaml",
        from: "      - id: voip",
        to: "    - id: voip",
        at: (10, 5),
        lint: "yaml-syntax",
        says: &["indented 4 spaces", "6 at line 7"],
    },
    Mistake {
        name: "4f an answer's `label:` dedented to 6",
        file: "flows/phone.yaml",
        from: "        label: phone-start-voip",
        to: "      label: phone-start-voip",
        at: (11, 7),
        lint: "missing-field",
        says: &["`label:`", "indented 6 spaces"],
    },
    Mistake {
        name: "4g an answer's `next:` dedented to 6",
        file: "flows/phone.yaml",
        from: "        next: voip",
        to: "      next: voip",
        at: (12, 7),
        lint: "missing-field",
        says: &["`next:`", "indented 6 spaces"],
    },
    Mistake {
        name: "4h a step's `link:` dedented to 6",
        file: "flows/phone.yaml",
        from: "        link: https://account.example.com/profile",
        to: "      link: https://account.example.com/profile",
        at: (18, 7),
        lint: "missing-field",
        says: &["`link:`", "indented 6 spaces"],
    },
    Mistake {
        name: "5a a tab instead of 4 spaces before `otherwise:`",
        file: "flows/phone.yaml",
        from: "    otherwise: to-help",
        to: "\totherwise: to-help",
        at: (19, 1),
        lint: "yaml-syntax",
        says: &["tab", "spaces"],
    },
    Mistake {
        name: "5b a tab at the start of a step's line",
        file: "flows/phone.yaml",
        from: "      - phone-sms-wait",
        to: "\t- phone-sms-wait",
        at: (16, 1),
        lint: "yaml-syntax",
        says: &["tab", "spaces"],
    },
    Mistake {
        name: "5e a Fluent value on the next line, indented by a tab",
        file: "locales/en/base.ftl",
        from: "phone-voip = ",
        to: "phone-voip =\n\t",
        at: (13, 1),
        lint: "fluent-syntax",
        says: &["tab", "spaces"],
    },
    Mistake {
        name: "6a an answer without `label:`",
        file: "flows/phone.yaml",
        from: "        label: phone-start-voip\n",
        to: "",
        at: (10, 9),
        lint: "missing-field",
        says: &["answer", "`label`"],
    },
    Mistake {
        name: "6b `label:` with no value",
        file: "flows/phone.yaml",
        from: "        label: phone-start-voip",
        to: "        label:",
        at: (11, 9),
        lint: "wrong-type",
        says: &["no value"],
    },
    Mistake {
        name: "6c an answer without `next:`",
        file: "flows/phone.yaml",
        from: "        next: voip\n",
        to: "",
        at: (10, 9),
        lint: "missing-field",
        says: &["answer", "`next`"],
    },
    Mistake {
        name: "a linked step with no `link:`",
        file: "flows/phone.yaml",
        from: "        link: https://account.example.com/profile\n",
        to: "",
        at: (17, 9),
        lint: "wrong-type",
        says: &["step", "`link:`"],
    },
    Mistake {
        name: "a linked step with `lnk:`",
        file: "flows/phone.yaml",
        from: "        link: https://account.example.com/profile",
        to: "        lnk: https://account.example.com/profile",
        at: (17, 9),
        lint: "wrong-type",
        says: &["step", "`link:`"],
    },
    Mistake {
        name: "a typo in `next:` is named with the node meant",
        file: "flows/phone.yaml",
        from: "        next: voip",
        to: "        next: viop",
        at: (12, 15),
        lint: "missing-target",
        says: &["did you mean `voip`?"],
    },
    Mistake {
        name: "a typo in a message id is named with the message meant",
        file: "flows/phone.yaml",
        from: "    fix: phone-sms\n",
        to: "    fix: phone-smss\n",
        at: (14, 10),
        lint: "missing-message",
        says: &["did you mean `phone-sms`?"],
    },
];

/// The first finding `check` prints for the tree with `mistake` made, and its exit code.
fn first_finding(mistake: &Mistake) -> (String, i32) {
    let dir = scratch_tree(None);
    let path = dir.path().join(mistake.file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(mistake.from),
        "{}: `{}` is not in {}",
        mistake.name,
        mistake.from,
        mistake.file
    );
    fs::write(&path, text.replacen(mistake.from, mistake.to, 1)).unwrap();
    let output = crate::common::doctor()
        .current_dir(dir.path())
        .args(["check", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    (stdout, output.status.code().unwrap())
}

#[test]
fn each_first_mistake_is_named_at_its_place_in_an_authors_words() {
    let mut wrong = Vec::new();
    for mistake in MISTAKES {
        let (stdout, code) = first_finding(mistake);
        let place = format!("{}:{}:{}: error: ", mistake.file, mistake.at.0, mistake.at.1);
        let named = format!("[{}]", mistake.lint);
        let fine = code == 1
            && stdout.lines().any(|line| {
                line.starts_with(&place) && line.ends_with(&named) && mistake.says.iter().all(|w| line.contains(w))
            })
            && !JARGON.iter().any(|j| stdout.contains(j));
        if !fine {
            wrong.push(format!(
                "{}: wanted {place}… {named} saying {:?}; got (exit {code}):\n{stdout}",
                mistake.name, mistake.says
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// `check` on the base tree with `root.yaml` led by `allow`, and an unused message added.
fn check_allowing(allow: &str) -> (String, i32) {
    let dir = scratch_tree(None);
    let root = dir.path().join("flows/root.yaml");
    let text = fs::read_to_string(&root).unwrap();
    fs::write(&root, format!("{allow}\n{text}")).unwrap();
    for lang in ["en", "fr"] {
        let file = dir.path().join("locales").join(lang).join("base.ftl");
        let text = fs::read_to_string(&file).unwrap();
        fs::write(&file, format!("{text}spare-words = Spare\n")).unwrap();
    }
    let output = crate::common::doctor()
        .current_dir(dir.path())
        .args(["check", "--flows", "flows", "--locales", "locales"])
        .output()
        .unwrap();
    (String::from_utf8(output.stdout).unwrap(), output.status.code().unwrap())
}

#[test]
fn a_tree_allows_a_warning_by_name_but_never_an_error_or_a_name_that_is_not_one() {
    let (heard, code) = check_allowing("");
    assert_eq!(code, 0, "{heard}");
    assert!(
        heard.contains("message `spare-words` is not used by any flow [unused-message]"),
        "{heard}"
    );
    let (quiet, code) = check_allowing("allow: [unused-message]");
    assert_eq!((quiet.as_str(), code), ("0 errors, 0 warnings\n", 0));
    let (error, code) = check_allowing("allow: [missing-target]");
    assert_eq!(code, 1);
    assert!(
        error.starts_with("flows/root.yaml:1:9: error: `missing-target` is an error"),
        "{error}"
    );
    let (typo, code) = check_allowing("allow: [unused-mesage]");
    assert_eq!(code, 1);
    assert!(
        typo.contains("did you mean `unused-message`? [unknown-allow]"),
        "{typo}"
    );
}

#[test]
fn flows_readme_lists_every_finding_name_with_its_kind_and_what_it_finds() {
    use signup_doctor::engine::lint::Lint;
    let readme = fs::read_to_string(crate::common::root().join("flows/README.md")).unwrap();
    let listed = readme
        .split("<!-- lints start -->\n")
        .nth(1)
        .and_then(|rest| rest.split("<!-- lints end -->").next())
        .expect("flows/README.md holds the table between its markers");
    let mut expected = String::from("| name | kind | finds |\n|---|---|---|\n");
    for lint in Lint::ALL {
        let kind = if lint.allowable() { "warning" } else { "error" };
        expected.push_str(&format!("| `{}` | {kind} | {} |\n", lint.name(), lint.what()));
    }
    assert_eq!(
        listed, expected,
        "flows/README.md's table of finding names: copy it from this expectation"
    );
}
