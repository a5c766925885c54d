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
}

impl ShareError {
    pub fn explain(&self) -> &'static str {
        match self {
            ShareError::Empty => "This link has no results in it; it may have been cut short when it was copied.",
            ShareError::TooLong => "This link is far longer than any this tool makes, so it was not opened.",
            ShareError::UnknownVersion => {
                "This link was made by a newer or different version of this tool and cannot be read here."
            }
            ShareError::BadCharacters => {
                "This link contains characters that a results link never has; it may have been mistyped."
            }
            ShareError::Truncated => "This link is incomplete; it may have been cut short when it was copied.",
            ShareError::Altered => {
                "This link has been changed or mistyped somewhere, so its results cannot be trusted."
            }
            ShareError::WholeComparison => "This is a whole comparison, not one result: open it as a link of its own.",
            ShareError::Invitation => {
                "This is an invitation to a partnership review, not someone’s results: open it on its own to take part."
            }
            ShareError::NotAnInvitation => {
                "This is a link to results or a comparison, not an invitation: open it as a link of its own."
            }
        }
    }
}
