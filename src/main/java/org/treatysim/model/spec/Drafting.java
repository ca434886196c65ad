package org.treatysim.model.spec;

/** How the lead mediator drafts a bridging package on the open issues (docs/model.md section 5). */
public enum Drafting {
    /** The mean of the two parties' offers on each open issue, shifted by the mediator's bias. */
    MIDPOINT,
    /** The package between the two offers that maximises the Nash product over the batnas. */
    NASH
}
