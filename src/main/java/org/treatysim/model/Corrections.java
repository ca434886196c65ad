package org.treatysim.model;

/**
 * The two named corrections of model version 2 that change results (docs/model.md sections 3 and
 * 5): the acceptance floor counts a party's current offers on every issue in play (not the
 * tentatively settled values), and {@code nash} drafting looks for a package both parties accept
 * (not only the Nash point). With both off, every scenario whose version-2 keys are at their
 * defaults runs bit for bit as in version 1; only tests switch them off, to show exactly that.
 *
 * @param acceptanceFloor correction C: own position = own offers on the issues in play
 * @param drafting        correction D: the Nash product maximised over the acceptable set
 */
record Corrections(boolean acceptanceFloor, boolean drafting) {
    /** Version 2 of the model. */
    static final Corrections VERSION_2 = new Corrections(true, true);
    /** Version 1's floor and drafting, for the tests that compare the two. */
    static final Corrections NONE = new Corrections(false, false);
    /** What {@link Simulation#Simulation(org.treatysim.model.spec.Scenario)} runs. */
    static final Corrections DEFAULT = VERSION_2;
}
