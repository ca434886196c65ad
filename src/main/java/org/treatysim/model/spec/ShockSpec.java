package org.treatysim.model.spec;


/**
 * Border clashes (docs/model.md section 8).
 *
 * @param clashesPerYear hazard of a clash, per year, &ge; 0
 * @param pauseWeeks     weeks the talks pause after a clash (or a spoiler incident), &ge; 0
 * @param trustLoss      trust lost in every mediator per clash, in [0, 1]
 * @param escalation     probability that a clash ends the run as COLLAPSED, in [0, 1]
 */
public record ShockSpec(Quantity clashesPerYear, Quantity pauseWeeks, Quantity trustLoss, Quantity escalation) {
    /** No clashes. */
    public static final ShockSpec NONE = new ShockSpec(Quantity.of(0), Quantity.of(0), Quantity.of(0), Quantity.of(0));

    public ShockSpec {
        Components.requireNonNull("clashesPerYear, pauseWeeks, trustLoss, escalation", clashesPerYear, pauseWeeks,
                trustLoss, escalation);
    }
}
