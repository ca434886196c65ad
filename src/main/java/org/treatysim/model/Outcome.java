package org.treatysim.model;

/** How a run ended: at a terminal state, or at the horizon without one. */
public enum Outcome {
    /** The treaty was signed. */
    SIGNED,
    /** Talks broke down (escalated clash, or a failed referendum that ended the process). */
    COLLAPSED,
    /** The horizon came first. */
    STALLED
}
