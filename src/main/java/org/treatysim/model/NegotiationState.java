package org.treatysim.model;

/**
 * Where a run stands (docs/model.md sections 1, 4 and 9). NEGOTIATING → TEXT_AGREED → INITIALED →
 * (AWAITING_REFERENDUM →) SIGNED; COLLAPSED from any state before signature; STALLED when the
 * horizon comes first. A failed referendum may return the run to NEGOTIATING.
 */
public enum NegotiationState {
    /** Offers are exchanged and bridging text is drafted. */
    NEGOTIATING,
    /** Both parties accepted the whole text; initialing follows after {@code initialingDays}. */
    TEXT_AGREED,
    /** The text is initialed; signature follows after {@code signingDays} unless a referendum is required. */
    INITIALED,
    /** Initialed, waiting for the first party's constitutional referendum. */
    AWAITING_REFERENDUM,
    /** The treaty is signed (terminal). */
    SIGNED,
    /** The process broke down (terminal). */
    COLLAPSED,
    /** The horizon came before a terminal state (terminal). */
    STALLED;

    /** True for SIGNED, COLLAPSED and STALLED. */
    public boolean isTerminal() {
        return this == SIGNED || this == COLLAPSED || this == STALLED;
    }
}
