//! Why a link could not be read, for every format: one plain sentence each.

/// Why a link could not be read; each has one plain sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    UnknownVersion,
    BadCharacters,
    Truncated,
    Altered,
    /// A whole comparison where one partner's results belong.
    WholeComparison,
    /// An invitation where results belong.
    Invitation,
    /// Results or a comparison where an invitation belongs.
    NotAnInvitation,
    /// Agreed actions where results belong.
    Actions,
    /// Something else where agreed actions belong.
    NotActions,
    /// A statement or topic this release does not know (a later guide's).
    UnknownSubject,
    /// Making an actions link: none recorded.
    NoActions,
    /// Making an actions link: an action without what is to be done.
    ActionWithoutWhat,
    /// Making an actions link: more actions than a link carries.
    TooManyActions,
    /// Making an actions link: a field (or the review's name) over its limit.
    ActionTextTooLong,
    /// Making an actions link: all of it together over the link's limit.
    ActionsTooLong,
}

impl ShareError {
    pub fn explain(&self) -> &'static str {
        match self {
            ShareError::Empty => "This link is empty; it may have been cut short when it was copied.",
            ShareError::TooLong => "This link is far longer than any this tool makes, so it was not opened.",
            ShareError::UnknownVersion => {
                "This link is not one this version of the tool can read: it may have been mistyped, or made by a newer version."
            }
            ShareError::BadCharacters => {
                "This link contains characters that a results link never has; it may have been mistyped."
            }
            ShareError::Truncated => "This link is incomplete; it may have been cut short when it was copied.",
            ShareError::Altered => {
                "This link has been changed or mistyped somewhere, so what it holds cannot be trusted."
            }
            ShareError::WholeComparison => "This is a whole comparison, not one result: open it as a link of its own.",
            ShareError::Invitation => {
                "This is an invitation to a partnership review, not someone’s results: open it on its own to take part."
            }
            ShareError::NotAnInvitation => {
                "This is a link to results or a comparison, not an invitation: open it as a link of its own."
            }
            ShareError::Actions => {
                "This is a link to a meeting’s agreed actions, not someone’s results: open it as a link of its own."
            }
            ShareError::NotActions => {
                "This is not a link to agreed actions: it holds results, a comparison or an invitation; open it as a link of its own."
            }
            ShareError::UnknownSubject => {
                "This link names a statement or topic this version of the tool does not know; it may have been made by a newer version."
            }
            ShareError::NoActions => "There are no agreed actions to put in a link yet: record at least one first.",
            ShareError::ActionWithoutWhat => {
                "An agreed action says nothing about what is to be done: fill that in, or remove the action."
            }
            ShareError::TooManyActions => {
                "A link carries at most 30 agreed actions: send the rest in a second link."
            }
            ShareError::ActionTextTooLong => {
                "Some text is longer than a link carries: keep the review’s name within 60 characters, what is to be done within 80, who leads within 40 and by when within 30."
            }
            ShareError::ActionsTooLong => {
                "These agreed actions are too long for one link (2,000 characters): shorten some of them, or send them in two links."
            }
        }
    }
}
