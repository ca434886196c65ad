package org.treatysim.model;

/** The standing of one issue at the table (docs/model.md sections 2 and 4). */
public enum IssueStatus {
    /** Offers have not met yet. */
    OPEN,
    /**
     * The offers met and the issue was settled at their midpoint, but only tentatively: in a
     * package deal ("nothing is agreed until everything is agreed") it stays open to the
     * mediator's redrafting until the whole package is accepted.
     */
    TENTATIVE,
    /** Agreed: at the start of the scenario, when locked in issue-by-issue mode, or with the whole text. */
    AGREED
}
