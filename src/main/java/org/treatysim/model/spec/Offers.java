package org.treatysim.model.spec;

/** How a party spreads its concessions over the issues in play (docs/model.md section 3). */
public enum Offers {
    /** The same share α(τ) of the concession range on every issue (version 1 of the model). */
    UNIFORM,
    /**
     * An aspiration in utility set by the clock; the offer is the package on the Pareto frontier
     * that gives the other party the most while the party itself keeps its aspiration, so it
     * concedes first where it cares least.
     */
    TRADEOFF
}
