//! The text of *Making Collaboration Work*, spread by spread, as read in
//! `shared/guide/DIAGRAMS.md`. Every phrase here is the guide's own and is
//! shown word for word; line-break hyphenation and white space are the only
//! things fixed. Node ids are permanent: saved answers and share links use them.

use super::model::{Diagram, Guide, Layout, Link, Node, Role, Source, Spread};

pub static GUIDE: Guide = Guide {
    title: "Making Collaboration Work",
    tagline: "Inspiring great leadership. Everywhere",
    spreads: &[PARTNERS, GOALS, TRUST, POWER, EVALUATE],
    sources: &[
        Source {
            key: "huxham-2003",
            citation: "Huxham, C. (2003) Theorizing collaboration practice. Public Management Review 5(3).",
        },
        Source {
            key: "huxham-beech-2003",
            citation: "Huxham, C. and Beech, N. (2003) Contrary prescriptions: recognizing good practice tensions in management. Organization Studies 24(1).",
        },
    ],
};

/// A node with no extra text, number or parent: most nodes are like this.
const fn node(id: &'static str, role: Role, label: &'static str) -> Node {
    Node { id, role, label, text: None, number: None, parent: None }
}

const fn child(id: &'static str, role: Role, label: &'static str, parent: &'static str) -> Node {
    Node { id, role, label, text: None, number: None, parent: Some(parent) }
}

const fn step(number: u8, id: &'static str, label: &'static str) -> Node {
    Node { id, role: Role::Step, label, text: None, number: Some(number), parent: None }
}

const fn link(from: &'static str, to: &'static str) -> Link {
    Link { from, to }
}

const PARTNERS: Spread = Spread {
    slug: "partners",
    number: 1,
    title: "How to find collaborative partners",
    short_title: "Find partners",
    helps_with: "Decide why you want to collaborate, look for partners inside and outside your organisation, and agree the outcomes you want.",
    intro: &[
        "Organisations require sufficient capacity to be able to engage effectively with partners in the pursuit of joint objectives. They also need to take due regard of tensions arising from possible competition in areas outside the scope of the collaboration itself.",
        "It is tempting to reduce collaborative leadership to the vision and capabilities of individual leaders and their networking and leadership styles. But this would miss the larger picture of organisational capabilities that make for successful collaboration. Successful collaborative leadership rests on effective intra and inter-organisational alignment of individuals, partnership teams, and their objectives and practices.",
        "Collaborations start with relationships and taking the first steps to develop sustainable relationships means reaching out to new networks. Here are suggestions for making those first important approaches.",
    ],
    voices: &["How do you differentiate? At what point are you competitors? At what point are you collaborators?"],
    diagram: Diagram {
        layout: Layout::Path,
        description: "A path: establish why you want to collaborate, draw on internal and external connections, then establish and articulate the outcomes you want, all under the principle of being the sort of partner you would like to find.",
        nodes: &[
            Node {
                text: Some("Horizon scan focusing on why you want to collaborate and who might have similar intentions"),
                ..node("partners.why", Role::Step, "Establish the WHY?")
            },
            Node {
                text: Some("draw on existing networks"),
                ..node("partners.internal", Role::Step, "Internal connections:")
            },
            Node {
                text: Some("find, join and draw on new networks"),
                ..node("partners.external", Role::Step, "External connections:")
            },
            child("partners.linkedin-request", Role::Detail, "Post request on your LinkedIn site, ask people to share", "partners.external"),
            child("partners.blogs", Role::Detail, "Publish blogs about collaboration", "partners.external"),
            child("partners.twitter", Role::Detail, "Use Twitter to let people know you are looking for partners", "partners.external"),
            child("partners.linkedin-post", Role::Detail, "LinkedIn post on your own site, look to comment on others posts", "partners.external"),
            child("partners.conferences", Role::Detail, "Go through conference proceedings, who has been attending relevant seminars and conferences", "partners.external"),
            child("partners.industry-events", Role::Detail, "Attend industry events, the ones you don’t usually go to", "partners.external"),
            child("partners.guest-blogs", Role::Detail, "Offer to write guest blogs", "partners.external"),
            node("partners.outcomes", Role::Outcome, "Establish and articulate DESIRED OUTCOMES"),
            node("partners.principle", Role::Principle, "Be the sort of partner you’d like to find"),
            child("partners.communicate", Role::Detail, "Communicate to ensure both parties understand what each wants and expects from the collaboration", "partners.principle"),
            child("partners.ego", Role::Detail, "Check your ego, pay attention to power dynamics", "partners.principle"),
        ],
        links: &[
            link("partners.why", "partners.internal"),
            link("partners.why", "partners.external"),
            link("partners.internal", "partners.outcomes"),
            link("partners.external", "partners.outcomes"),
        ],
    },
    cites: &[],
};

const GOALS: Spread = Spread {
    slug: "goals",
    number: 2,
    title: "How to ensure goals with collaborative partners are shared",
    short_title: "Shared goals",
    helps_with: "Agree a shared vision, co-create specific goals with partners, and leave room for new goals to emerge.",
    intro: &[
        "In practice collaboration is often frustrated by a range of subtle hold ups. There clearly is a tension between a collaborative ideal and the collaborative inertia that stand in the way of realising collaborative potential (Huxham and Beech, 2003).",
        "For collaborative advantage to be pursued it is necessary to be clear about the aims of the collaboration and how to go about realising them. For leaders this means formulating clear and shared objectives for the partnership, which can be assessed at regular intervals.",
    ],
    voices: &[
        "There needs to be clarity of goal and there also has to be clarity about what level of collaboration you want",
        "A clear agenda, ground rules, a clear purpose, if these things are in place organisations can collaborate for mutual benefit",
    ],
    diagram: Diagram {
        layout: Layout::Stages,
        description: "Three stages in sequence: agree on vision, co-create specific goals, then allow new goals to emerge as an ongoing process that loops back. Each stage has prompts.",
        nodes: &[
            node("goals.vision", Role::Step, "Agree on vision"),
            child("goals.drivers", Role::Detail, "What is driving each party?", "goals.vision"),
            child("goals.barriers", Role::Detail, "Think upfront about barrier/threats", "goals.vision"),
            child("goals.debate", Role::Detail, "Open debate", "goals.vision"),
            child("goals.challenge", Role::Detail, "Invite challenge", "goals.vision"),
            node("goals.specific", Role::Step, "Co-create specific goals"),
            child("goals.who", Role::Detail, "Who does what?", "goals.specific"),
            child("goals.success", Role::Detail, "What does success look like?", "goals.specific"),
            child("goals.milestones", Role::Detail, "Milestones for measurement", "goals.specific"),
            Node {
                text: Some("Ongoing process"),
                ..node("goals.emerge", Role::Step, "Allow new goals to emerge")
            },
            child("goals.communicate", Role::Detail, "Communicate openly", "goals.emerge"),
            child("goals.conflicts", Role::Detail, "Handle conflicts in a positive way", "goals.emerge"),
        ],
        links: &[
            link("goals.vision", "goals.specific"),
            link("goals.specific", "goals.emerge"),
            link("goals.emerge", "goals.specific"),
        ],
    },
    cites: &["huxham-beech-2003"],
};

/// The trust and power spreads open with the same paragraph, ending on their theme.
macro_rules! huxham_themes {
    ($theme:literal) => {
        concat!(
            "Inter-organisational collaboration, or working in partnership with another organisation, bears the promise of collaborative advantage. Set against securing this advantage are collaborative inertia which threaten its realisation. Huxham (2003) identifies three common themes that characterise this interplay between collaborative advantage and the inertia set against it, one of these themes is ",
            $theme,
            "."
        )
    };
}

const TRUST: Spread = Spread {
    slug: "trust",
    number: 3,
    title: "How to build trust with collaborative partners",
    short_title: "Trust",
    helps_with: "Build belief in each other’s integrity and reliability: time, honest conversations, clear roles and ground rules.",
    intro: &[huxham_themes!("trust")],
    voices: &[
        "Only works if you’ve got the trust of those individuals right from the very beginning",
        "Trust is crucial, in particular if you’re bringing in partners that maybe don’t agree",
    ],
    diagram: Diagram {
        layout: Layout::Hub,
        description: "A hub: the definition of trust at the centre, nine practices around it, leading to WIN WIN.",
        nodes: &[
            node("trust.definition", Role::Centre, "Trust is belief in the integrity and reliability of partners to work together towards a shared advantage"),
            child("trust.time", Role::Practice, "Commit to investing time to build trust", "trust.definition"),
            child("trust.shared-interest", Role::Practice, "Work out together the shared interest or objective", "trust.definition"),
            child("trust.difficult-conversations", Role::Practice, "Be willing to have difficult conversations", "trust.definition"),
            child("trust.power-dynamics", Role::Practice, "Recognise that power dynamics influence the collaborative relationship", "trust.definition"),
            child("trust.ground-rules", Role::Practice, "Agree ground rules at outset", "trust.definition"),
            child("trust.roles", Role::Practice, "Be clear about roles and responsibilities", "trust.definition"),
            child("trust.relationships", Role::Practice, "Devote time and effort to building personal relationships", "trust.definition"),
            child("trust.compromise", Role::Practice, "Be willing to compromise", "trust.definition"),
            child("trust.trustworthy", Role::Practice, "Do what you say you will BE TRUSTWORTHY", "trust.definition"),
            node("trust.win-win", Role::Outcome, "WIN WIN"),
        ],
        links: &[link("trust.definition", "trust.win-win")],
    },
    cites: &["huxham-2003"],
};

const POWER: Spread = Spread {
    slug: "power",
    number: 4,
    title: "How to manage the power dynamic with collaborative partners",
    short_title: "Power",
    helps_with: "Recognise how power is balanced between partners and use it well: roles, transparency, checks and each partner’s strengths.",
    intro: &[
        huxham_themes!("power"),
        "Partners will rarely be evenly matched in terms of size or capacity for collaboration. It is important to consider how the balance of power in a partnership interacts with the pursuit of the aims and objectives.",
    ],
    voices: &[
        "You need to respect technical knowledge even if one partner is much bigger than the others",
        "One partner usually has access to more resources and this can impact the outcome",
    ],
    diagram: Diagram {
        layout: Layout::Hub,
        description: "A hub: the definition of power at the centre with eight practices around it.",
        nodes: &[
            Node {
                text: Some("The collective or individual ability to influence an outcome with positive or negative results"),
                ..node("power.definition", Role::Centre, "POWER")
            },
            child("power.roles", Role::Practice, "Assign roles and responsibilities", "power.definition"),
            child("power.share-success", Role::Practice, "Share success", "power.definition"),
            child("power.transparency", Role::Practice, "Ensure transparency of purpose and intention", "power.definition"),
            child("power.no-misuse", Role::Practice, "Do not misuse or abuse your ability to influence outcomes", "power.definition"),
            child("power.team", Role::Practice, "Invest in building the team", "power.definition"),
            child("power.strengths", Role::Practice, "Recognise the strengths each partner has", "power.definition"),
            child("power.checks", Role::Practice, "Establish checks and balances", "power.definition"),
            child("power.resources", Role::Practice, "Leverage power to access resources", "power.definition"),
        ],
        links: &[],
    },
    cites: &["huxham-2003"],
};

const EVALUATE: Spread = Spread {
    slug: "evaluate",
    number: 5,
    title: "How to evaluate collaborative success",
    short_title: "Evaluate success",
    helps_with: "Plan from the outset how you will measure success together, keep communicating, and know when it is time to stop.",
    intro: &["Organisational objectives will rarely map neatly onto partnership objectives. This then requires partners to be adaptive, flexible and able to compromise. Absolute clarity is required as to what success looks like at different stages of the collaboration and how it is to be evaluated. Divergence between the stated partnership aims and organisational goals, if not recognised, may disrupt effective partnership engagement."],
    voices: &[
        "You might have different reasons for collaborating so success will means different things to the partners",
        "Is collaboration, and the effectiveness of it, more important than the goal of the collaboration or vice versa?",
    ],
    diagram: Diagram {
        layout: Layout::Cycle,
        description: "Seven numbered steps that read as one sentence and form a cycle: the last step leads back to the first.",
        nodes: &[
            step(1, "evaluate.outset", "Take time at the outset to..."),
            step(2, "evaluate.objectives", "agree clear shared objectives and measures of success, and..."),
            step(3, "evaluate.working", "set out how you will work together."),
            step(4, "evaluate.emergent", "Remain open to emergent goals."),
            step(5, "evaluate.transparency", "Maintain transparency through regular communication."),
            step(6, "evaluate.facilitation", "Use external facilitation to measure success."),
            step(7, "evaluate.stop", "Know when it is time to stop."),
        ],
        links: &[
            link("evaluate.outset", "evaluate.objectives"),
            link("evaluate.objectives", "evaluate.working"),
            link("evaluate.working", "evaluate.emergent"),
            link("evaluate.emergent", "evaluate.transparency"),
            link("evaluate.transparency", "evaluate.facilitation"),
            link("evaluate.facilitation", "evaluate.stop"),
            link("evaluate.stop", "evaluate.outset"),
        ],
    },
    cites: &[],
};
