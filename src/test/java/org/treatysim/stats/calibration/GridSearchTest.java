package org.treatysim.stats.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid search's fits, its cross-validation split and its profile. */
class GridSearchTest {

    private static final List<GridSearch.Axis> ONE_AXIS = List.of(new GridSearch.Axis("a", new double[] {1, 2, 3}));

    private static GridSearch.CaseScores scores(String id, int outcomes, double... logMeans) {
        double[] logs = new double[logMeans.length];
        double[] briers = new double[logMeans.length];
        for (int k = 0; k < logMeans.length; k++) {
            logs[k] = logMeans[k] * outcomes;
            briers[k] = logMeans[k] * outcomes / 4;
        }
        return new GridSearch.CaseScores(id, outcomes, logs, briers);
    }

    @Test
    void theFitMinimisesTheMeanLogScorePooledOverOutcomes() {
        // Candidate 2 is best for the case with 10 outcomes, candidate 0 for the two with 1: pooled, 2 wins.
        GridSearch search = new GridSearch(ONE_AXIS, List.of(scores("big", 10, 0.9, 0.8, 0.5),
                scores("x", 1, 0.1, 0.5, 0.9), scores("y", 1, 0.1, 0.5, 0.9)));

        assertThat(search.best(search.allCases())).isEqualTo(2);
        assertThat(search.meanLog(2, search.allCases())).isCloseTo((5.0 + 0.9 + 0.9) / 12, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aHeldOutCaseIsNeverScoredUnderParametersFittedWithIt() {
        // With "big" in the fit, candidate 2 wins; without it, candidate 0 does: held out, "big" gets 0.
        GridSearch search = new GridSearch(ONE_AXIS, List.of(scores("big", 10, 0.9, 0.8, 0.5),
                scores("x", 1, 0.1, 0.5, 0.9), scores("y", 1, 0.1, 0.5, 0.9)));

        int[] heldOut = search.leaveOneOut();

        assertThat(heldOut[0]).isEqualTo(0);
        assertThat(heldOut[1]).isEqualTo(2);
        assertThat(heldOut[2]).isEqualTo(2);
    }

    @Test
    void aCasesOwnScoresNeverMoveItsHeldOutFit() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        List<GridSearch.Axis> axes = List.of(new GridSearch.Axis("a", new double[] {1, 2, 3}),
                new GridSearch.Axis("b", new double[] {0, 1}));
        for (int trial = 0; trial < 50; trial++) {
            List<GridSearch.CaseScores> cases = new ArrayList<>();
            for (int c = 0; c < 6; c++) cases.add(randomScores("c" + c, random));
            int[] heldOut = new GridSearch(axes, cases).leaveOneOut();
            for (int c = 0; c < cases.size(); c++) {
                List<GridSearch.CaseScores> changed = new ArrayList<>(cases);
                changed.set(c, randomScores("c" + c, random));
                assertThat(new GridSearch(axes, changed).leaveOneOut()[c]).as("trial %d, case %d", trial, c)
                        .isEqualTo(heldOut[c]);
                int[] others = new GridSearch(axes, cases).allCases();
                others[c] = 0;
                assertThat(heldOut[c]).isEqualTo(new GridSearch(axes, cases).best(others));
            }
        }
    }

    private static GridSearch.CaseScores randomScores(String id, MersenneTwisterFast random) {
        double[] logs = new double[6];
        for (int k = 0; k < logs.length; k++) logs[k] = random.nextDouble() * 5;
        return new GridSearch.CaseScores(id, 1 + random.nextInt(8), logs, logs.clone());
    }

    @Test
    void theProfileIsTheBestOverTheOtherAxesAndTheIntervalHoldsTheRefits() {
        List<GridSearch.Axis> axes = List.of(new GridSearch.Axis("a", new double[] {1, 2}),
                new GridSearch.Axis("b", new double[] {0, 1}));
        // Candidates (a, b): (1,0) (1,1) (2,0) (2,1); every case prefers (2,1).
        List<GridSearch.CaseScores> cases = List.of(scores("p", 2, 0.9, 0.7, 0.6, 0.3),
                scores("q", 3, 0.8, 0.6, 0.5, 0.2));
        GridSearch search = new GridSearch(axes, cases);

        List<GridSearch.Fitted> fitted = search.fit(200, 1);

        assertThat(fitted.get(0).value()).isEqualTo(2);
        assertThat(fitted.get(0).low()).isEqualTo(2);
        assertThat(fitted.get(0).high()).isEqualTo(2);
        assertThat(fitted.get(0).atEdge()).isTrue();
        assertThat(fitted.get(0).profile()[0]).isCloseTo((0.7 * 2 + 0.6 * 3) / 5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(fitted.get(1).profile()[1]).isCloseTo((0.3 * 2 + 0.2 * 3) / 5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void candidatesVaryTheLastAxisFastest() {
        List<double[]> grid = GridSearch.candidates(List.of(new GridSearch.Axis("a", new double[] {1, 2}),
                new GridSearch.Axis("b", new double[] {5, 6, 7})));

        assertThat(grid).hasSize(6);
        assertThat(grid.get(1)).containsExactly(1, 6);
        assertThat(grid.get(3)).containsExactly(2, 5);
    }
}
