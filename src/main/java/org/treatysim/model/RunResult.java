package org.treatysim.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.treatysim.model.spec.Milestone;

/**
 * Everything one run reports (docs/model.md section 10). Dates are null when the milestone was not
 * reached by the horizon. Arrays are owned by this record: callers must not modify them.
 *
 * @param run              run index, 0-based; with the scenario seed it fixes every draw
 * @param seed             the 64-bit seed derived from (scenario seed, run) for this run
 * @param outcome          SIGNED, COLLAPSED or STALLED
 * @param textAgreed       first day the full text was agreed
 * @param initialed        day the text was initialed
 * @param referendum       polling day of the (last) referendum held
 * @param referendumPassed true/false after a referendum, null when none was held
 * @param signed           signature day
 * @param collapsed        day the talks collapsed
 * @param clashes          border clashes during the run, &ge; 0
 * @param spoilers         spoiler incidents during the run, &ge; 0
 * @param agreedValues     per issue (scenario order), the agreed value in [0, 1]; NaN when not agreed
 * @param concessions      per party, the salience-weighted distance of the agreed package (or,
 *                         failing that, of its last offer) from its ideal, in [0, 1]
 * @param sampledParameters per uncertain parameter (canonical order, see
 *                         {@link org.treatysim.model.spec.ScenarioParameters}), the value drawn
 */
public record RunResult(int run, long seed, Outcome outcome, LocalDate textAgreed, LocalDate initialed,
                        LocalDate referendum, Boolean referendumPassed, LocalDate signed, LocalDate collapsed,
                        int clashes, int spoilers, double[] agreedValues, double[] concessions,
                        double[] sampledParameters) implements Milestone.Dates {
    public RunResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(agreedValues, "agreedValues");
        Objects.requireNonNull(concessions, "concessions");
        Objects.requireNonNull(sampledParameters, "sampledParameters");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunResult r && run == r.run && seed == r.seed && outcome == r.outcome
                && Objects.equals(textAgreed, r.textAgreed) && Objects.equals(initialed, r.initialed)
                && Objects.equals(referendum, r.referendum) && Objects.equals(referendumPassed, r.referendumPassed)
                && Objects.equals(signed, r.signed) && Objects.equals(collapsed, r.collapsed)
                && clashes == r.clashes && spoilers == r.spoilers && Arrays.equals(agreedValues, r.agreedValues)
                && Arrays.equals(concessions, r.concessions) && Arrays.equals(sampledParameters, r.sampledParameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(run, seed, outcome, signed, Arrays.hashCode(agreedValues));
    }

    @Override
    public String toString() {
        return "RunResult[run=" + run + ", outcome=" + outcome + ", textAgreed=" + textAgreed + ", initialed="
                + initialed + ", referendum=" + referendum + ", referendumPassed=" + referendumPassed + ", signed="
                + signed + ", collapsed=" + collapsed + ", clashes=" + clashes + ", spoilers=" + spoilers
                + ", agreed=" + Arrays.toString(agreedValues) + ", concessions=" + Arrays.toString(concessions) + "]";
    }
}
