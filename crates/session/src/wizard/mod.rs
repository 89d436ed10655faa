//! The walk, with no terminal in it: the [`session`] (an append-only log of what the user did and
//! what it projects to), a [`screen`]'s words in one language, the support [`ticket`] summary, and card-number [`redact`]ion of notes.

pub mod lines;
pub mod redact;
pub mod screen;
pub mod search;
pub mod session;
pub mod ticket;
