//! The self-assessment statements: ours, written fresh from the guide's
//! advice, one for each practice node. A partner rates each about their own
//! partnership. The order is permanent (share links pack answers in it):
//! add new statements at the end only.

/// A statement to rate, tied to the diagram node whose advice it tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement {
    pub node: &'static str,
    pub text: &'static str,
}

const fn s(node: &'static str, text: &'static str) -> Statement {
    Statement { node, text }
}

pub static STATEMENTS: &[Statement] = &[
    // 1 · Find partners
    s("partners.why", "We have worked out why we want to collaborate and looked for others with similar intentions."),
    s("partners.internal", "We make good use of the networks we already have inside our organisation."),
    s("partners.external", "We actively seek out and join new networks to find potential partners."),
    s("partners.outcomes", "We have set out clearly the outcomes we want from collaborating."),
    s("partners.communicate", "Both sides understand what the other wants and expects from the collaboration."),
    s("partners.ego", "We keep our egos in check and notice how power plays out between us."),
    // 2 · Shared goals
    s("goals.vision", "The partners have agreed a shared vision."),
    s("goals.drivers", "We know what is driving each partner to take part."),
    s("goals.barriers", "We thought early on about the barriers and threats we might face."),
    s("goals.debate", "Goals are debated openly among the partners."),
    s("goals.challenge", "Partners are invited to challenge each other’s ideas."),
    s("goals.specific", "We created our specific goals together, rather than one partner setting them."),
    s("goals.who", "Everyone knows who is doing what."),
    s("goals.success", "We share a clear picture of what success looks like."),
    s("goals.milestones", "We have milestones that let us measure progress."),
    s("goals.emerge", "We leave room for new goals to emerge as the work goes on."),
    s("goals.communicate", "Partners communicate openly with one another."),
    s("goals.conflicts", "Conflicts between partners are handled constructively."),
    // 3 · Trust
    s("trust.time", "We set aside time specifically to build trust."),
    s("trust.shared-interest", "We have worked out together what our shared interest or objective is."),
    s("trust.difficult-conversations", "We are willing to have difficult conversations with each other."),
    s("trust.power-dynamics", "We acknowledge how power dynamics affect our working relationship."),
    s("trust.ground-rules", "We agreed ground rules at the start."),
    s("trust.roles", "Roles and responsibilities are clear to everyone involved."),
    s("trust.relationships", "We invest time and effort in personal relationships across the partnership."),
    s("trust.compromise", "Partners are willing to compromise."),
    s("trust.trustworthy", "Partners do what they say they will do."),
    // 4 · Power
    s("power.roles", "Roles and responsibilities were assigned openly, with the balance between partners in mind."),
    s("power.share-success", "Credit for success is shared among the partners."),
    s("power.transparency", "Each partner is open about its purpose and intentions."),
    s("power.no-misuse", "No partner uses its influence to get its own way at the others’ expense."),
    s("power.team", "We invest in building the partnership as one team."),
    s("power.strengths", "We recognise and use the strengths each partner brings, whatever its size."),
    s("power.checks", "We have checks and balances so that no one partner dominates."),
    s("power.resources", "We use the influence we have together to open up resources for the partnership."),
    // 5 · Evaluate success
    s("evaluate.outset", "We took time at the start to plan how we would evaluate the collaboration."),
    s("evaluate.objectives", "We have agreed clear shared objectives and measures of success."),
    s("evaluate.working", "We have set out how we will work together."),
    s("evaluate.emergent", "We remain open to goals that emerge along the way."),
    s("evaluate.transparency", "Regular communication keeps our progress transparent to all partners."),
    s("evaluate.facilitation", "We use someone from outside the partnership to help measure success."),
    s("evaluate.stop", "We would recognise when it is time to bring the collaboration to an end."),
];

/// The statement for a node, if the node is rated.
pub fn for_node(node: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|s| s.node == node)
}

/// The statements of one spread, in order.
pub fn of_spread(slug: &str) -> impl Iterator<Item = &'static Statement> + '_ {
    STATEMENTS.iter().filter(move |s| s.node.split('.').next() == Some(slug))
}

/// Position in [`STATEMENTS`]: the item's index in share links.
pub fn index_of(node: &str) -> Option<usize> {
    STATEMENTS.iter().position(|s| s.node == node)
}
