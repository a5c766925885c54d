//! Heading levels that fit the page around the app. The standalone page's
//! views start at `h1`; an embedded widget's start where the host page
//! says (`heading-level`, 2 by default: the host has its own `h1`), and
//! every heading inside shifts with them, so the page's outline skips no
//! level.

/// The level of a view's top heading; the others follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Headings {
    top: u8,
}

impl Default for Headings {
    fn default() -> Self {
        Headings { top: 1 }
    }
}

const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];

impl Headings {
    /// Headings from `level` down (1–6; outside that, the nearest).
    pub fn starting_at(level: u8) -> Headings {
        Headings { top: level.clamp(1, 6) }
    }

    /// The level of the top heading.
    pub fn top(self) -> u8 {
        self.top
    }

    /// The tag of a heading `depth` levels below the view's title (0 for
    /// the title itself). HTML has no level past 6, so deeper ones stay h6.
    pub fn tag(self, depth: u8) -> &'static str {
        TAGS[usize::from((self.top + depth).min(6) - 1)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_heading_shifts_with_the_top_one_and_none_passes_h6() {
        assert_eq!(Headings::default().tag(0), "h1");
        assert_eq!(Headings::default().tag(2), "h3");
        let widget = Headings::starting_at(4);
        assert_eq!([widget.tag(0), widget.tag(1), widget.tag(2), widget.tag(3)], ["h4", "h5", "h6", "h6"]);
        assert_eq!(Headings::starting_at(0).tag(0), "h1");
        assert_eq!(Headings::starting_at(9).tag(0), "h6");
    }
}
