//! Places a walk can stand on — a question, a fix, or an end — and the choices each offers. Jumps are
//! never places: arriving on one moves straight on to its target.

use super::tree::{Answer, ChannelId, NodeId, NodeKind, Outcome, Target, Tree};

/// Where a walk stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    /// A question, a fix or an end node.
    Node(NodeId),
    /// An end the wizard draws itself (a fix answered "yes", or a fix with nothing left to try),
    /// reached from the given node.
    End(Outcome, NodeId),
}

impl Place {
    /// The node this place belongs to (for an end the wizard draws, the node it was reached from).
    pub fn node(self) -> NodeId {
        match self {
            Place::Node(n) | Place::End(_, n) => n,
        }
    }
}

impl Tree {
    /// The place the root question stands on.
    pub fn start(&self) -> Place {
        self.arrive(Target::Node(self.root), self.root)
    }

    /// The place reached by following `target`, chosen on `from`.
    pub fn arrive(&self, target: Target, from: NodeId) -> Place {
        match self.settle(target) {
            Target::Node(n) => Place::Node(n),
            Target::End(outcome) => Place::End(outcome, from),
        }
    }

    /// How a walk that stands here ends, if this is an end.
    pub fn outcome(&self, place: Place) -> Option<Outcome> {
        match place {
            Place::End(outcome, _) => Some(outcome),
            Place::Node(n) => match self.node(n).kind {
                NodeKind::End { outcome, .. } => Some(outcome),
                _ => None,
            },
        }
    }

    /// The desk a walk that ends here goes to: an escalation's (its end's own, else its topic's),
    /// or the desk a contact fix answered "yes" handed the customer to. `None` elsewhere.
    pub fn channel_at(&self, place: Place) -> Option<ChannelId> {
        let node = self.node(place.node());
        match (place, self.outcome(place)?) {
            (Place::Node(_), Outcome::Escalate) => node.channel.or(self.flow(node.flow).channel),
            (Place::End(..), Outcome::Escalate) => self.flow(node.flow).channel,
            (Place::End(..), Outcome::HandedOver) => node.channel,
            _ => None,
        }
    }

    /// The way on from an escalation here to its desk's request: the channel's own `request`,
    /// else the root's `escalation`. `None` when that request is in this very topic (the
    /// support-ticket topic's last resort) or there is none.
    pub fn onward(&self, place: Place) -> Option<&Answer> {
        if self.outcome(place) != Some(Outcome::Escalate) {
            return None;
        }
        let answer = self
            .channel_at(place)
            .and_then(|c| self.channel(c).request.as_ref())
            .or(self.ticket.as_ref())?;
        match answer.next {
            Target::Node(target) if self.node(target).flow != self.node(place.node()).flow => Some(answer),
            _ => None,
        }
    }

    /// The choices offered here: a question's answers, a fix's yes/no, and on an escalation end
    /// outside the support-ticket topic, the way on to its desk's request.
    pub fn choices(&self, place: Place) -> &[Answer] {
        match (place, self.outcome(place)) {
            (Place::Node(n), None) => self.node(n).answers(),
            (_, Some(Outcome::Escalate)) => self.onward(place).map_or(&[], std::slice::from_ref),
            _ => &[],
        }
    }

    /// The place after choosing answer `index` here, if there is such an answer.
    pub fn choose(&self, place: Place, index: usize) -> Option<Place> {
        let answer = self.choices(place).get(index)?;
        Some(self.arrive(answer.next, place.node()))
    }
}
