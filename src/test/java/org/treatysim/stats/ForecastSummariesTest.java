package org.treatysim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;

class ForecastSummariesTest {
    static final Provenance PROVENANCE = new Provenance("hand", "Hand-made", 4, 1, "00", "test", "17",
            Instant.parse("2024-09-24T00:00:00Z"));

    @Test
    void freezesCountsIntoSharesWithWilsonIntervals() {
        ForecastSummary summary = ForecastSummaries.freeze(
                ForecastAccumulatorTest.countAll(ForecastAccumulatorTest.runs()), PROVENANCE);
        assertThat(summary.outcomes()).containsOnlyKeys(ForecastSummaries.OUTCOME_KEYS);
        assertThat(summary.outcomes().keySet()).containsExactlyElementsOf(ForecastSummaries.OUTCOME_KEYS);
        assertThat(summary.outcomes().get("signed")).isEqualTo(Wilson.estimate(1, 4));
        assertThat(summary.outcomes().get("textAgreed")).isEqualTo(Wilson.estimate(3, 4));
        assertThat(summary.outcomes().get("stalled")).isEqualTo(Wilson.estimate(2, 4));
        assertThat(summary.deadlines()).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo("d");
            assertThat(d.signed().p()).isZero();
            assertThat(d.textAgreed().p()).isEqualTo(0.25);
        });
        // The curve's last row is the horizon and agrees with the outcomes.
        CurvePoint last = summary.curve().get(summary.curve().size() - 1);
        assertThat(last.date()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(last.signed()).isEqualTo(summary.outcomes().get("signed"));
        assertThat(last.collapsed()).isEqualTo(summary.outcomes().get("collapsed"));
        assertThat(summary.bandHalfWidth()).isEqualTo(Dkw.halfWidth95(4));
        for (StateShares row : summary.states()) {
            assertThat(row.negotiating() + row.textAgreed() + row.awaitingReferendum() + row.signed() + row.collapsed())
                    .isCloseTo(1.0, within(1e-12));
        }
        assertThat(summary.agreedValues()).containsOnlyKeys("a", "b");
        assertThat(summary.agreedValues().get("a").total()).isEqualTo(2);
        assertThat(summary.concessions().get("Q").total()).isEqualTo(4);
        assertThat(summary.signingDates().total()).isEqualTo(1);
        // Headline: 5 outcomes + 2 per deadline; the widest half-width is that of a share near 1/2.
        assertThat(ForecastSummaries.headline(summary)).hasSize(7);
        Estimate stalled = Wilson.estimate(2, 4);
        assertThat(ForecastSummaries.widestHeadlineHalfWidth(summary))
                .isCloseTo((stalled.hi() - stalled.lo()) / 2, within(1e-12));
    }

    @Test
    void outcomesAreSpeltAsInSummaryJson() {
        assertThat(ForecastSummaries.OUTCOME_KEYS).containsExactly("signed", "textAgreed", "initialed", "collapsed",
                "stalled");
        ForecastAccumulator counts = ForecastAccumulatorTest.countAll(ForecastAccumulatorTest.runs());
        // signed, text agreed, initialed, collapsed, stalled by the horizon; then signed and text by the deadline.
        assertThat(ForecastSummaries.headlineCounts(counts)).containsExactly(1, 3, 2, 1, 2, 0, 1);
    }

    @Test
    void aCurvePointGivesTheProbabilityOfEachMilestoneItTracks() {
        ForecastSummary summary = ForecastSummaries.freeze(
                ForecastAccumulatorTest.countAll(ForecastAccumulatorTest.runs()), PROVENANCE);
        CurvePoint last = summary.curve().get(summary.curve().size() - 1);
        for (Milestone m : Milestone.CURVE) {
            assertThat(last.probability(m)).as(m.label()).isEqualTo(summary.outcomes().get(m.key()));
        }
        assertThat(last.probability(Milestone.INITIALED)).isEqualTo(last.initialed()).isEqualTo(Wilson.estimate(2, 4));
        assertThatThrownBy(() -> last.probability(Milestone.REFERENDUM_HELD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referendum held");
    }

    @Test
    void provenanceMustCountTheSameRuns() {
        ForecastAccumulator counts = ForecastAccumulatorTest.countAll(ForecastAccumulatorTest.runs().subList(0, 2));
        assertThatThrownBy(() -> ForecastSummaries.freeze(counts, PROVENANCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 runs");
    }

    @Test
    void layoutOfAScenarioHasItsCalendarAndMarkers() {
        ForecastLayout layout = ForecastLayout.of(ToyScenarios.toy(1));
        // 2024-09-24 to 2026-12-31 is 828 days: 119 weekly rows, the last clamped to the horizon.
        assertThat(layout.rowDates()).hasSize(119);
        assertThat(layout.rowDates().get(0)).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(layout.rowDates().get(118)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(layout.issueIds()).containsExactly("constitution", "transit");
        assertThat(layout.partyIds()).containsExactly("ARM", "AZE");
        assertThat(layout.deadlines()).singleElement().satisfies(d -> assertThat(d.end())
                .isEqualTo(LocalDate.of(2024, 11, 22)));
        assertThat(layout.markers()).extracting(Marker::kind)
                .containsExactly(Marker.Kind.DEADLINE, Marker.Kind.EVENT, Marker.Kind.REFERENDUM);
        assertThat(layout.signingBins()).isEqualTo(28);
    }

    @Test
    void aScenariosHistogramsPlaceEachAgreedValueAndConcessionWithinAHundredth() {
        ForecastLayout layout = ForecastLayout.of(ToyScenarios.toy(1));
        ForecastAccumulator counts = new ForecastAccumulator(layout);
        double[] agreed = {0.5, 0.737};
        double[] concessions = {0.583, 0.371};
        counts.add(new RunResult(0, 0, Outcome.STALLED, LocalDate.of(2025, 3, 1), null, null, null, null, null, 0, 0,
                agreed, concessions, new double[0]));
        double width = 1.0 / layout.valueBins();
        assertThat(width).as("bin width").isLessThanOrEqualTo(0.01);
        for (int i = 0; i < agreed.length; i++) {
            int bin = onlyBin(counts.agreedValueCounts(i));
            assertThat(agreed[i]).isBetween(bin * width, (bin + 1) * width);
        }
        for (int p = 0; p < concessions.length; p++) {
            int bin = onlyBin(counts.concessionCounts(p));
            assertThat(concessions[p]).isBetween(bin * width, (bin + 1) * width);
        }
    }

    private static int onlyBin(long[] counts) {
        int found = -1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] == 0) continue;
            assertThat(found).as("one value, one bin").isEqualTo(-1);
            found = k;
        }
        return found;
    }
}
