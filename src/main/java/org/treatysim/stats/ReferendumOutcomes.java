package org.treatysim.stats;

import org.treatysim.model.spec.Components;

/**
 * What the runs' referendums did by the horizon, each as a share of all runs with its 95% Wilson
 * interval; written under {@code referendums} in summary.json. A run reports its last referendum
 * only: a run whose first vote failed and reopened the talks, and whose second vote passed,
 * counts as passed. {@code passed + failedEnded + failedReopened = held}.
 *
 * @param held           P(at least one referendum held by the horizon)
 * @param passed         P(the last referendum passed)
 * @param failedEnded    P(the last referendum failed and the talks collapsed on polling day)
 * @param failedReopened P(the last referendum failed and the talks went on, the referendum issues reopened)
 */
public record ReferendumOutcomes(Estimate held, Estimate passed, Estimate failedEnded, Estimate failedReopened) {
    public ReferendumOutcomes {
        Components.requireNonNull("held, passed, failedEnded, failedReopened", held, passed, failedEnded,
                failedReopened);
    }

    /** The outcomes of these counts out of {@code runs} runs. */
    public static ReferendumOutcomes of(long passed, long failedEnded, long failedReopened, long runs) {
        return new ReferendumOutcomes(Wilson.estimate(passed + failedEnded + failedReopened, runs),
                Wilson.estimate(passed, runs), Wilson.estimate(failedEnded, runs), Wilson.estimate(failedReopened, runs));
    }
}
