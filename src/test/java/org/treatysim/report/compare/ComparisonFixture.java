package org.treatysim.report.compare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.PairedCounts;
import org.treatysim.stats.PairedDifference;
import org.treatysim.stats.PairedScoreInterval;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.ToyScenarios;
import org.treatysim.stats.Wilson;

/**
 * A small comparison built by hand, for the writers' tests: the toy scenario ("toy", the
 * reference) and a variant ("toy-variant"), 100 runs each. In the reference, runs 0..19 are
 * signed on 2025-06-01 and runs 0..59 have their text agreed on 2025-01-15; the variant signs runs
 * 0..34 (15 more, none fewer) on the same day, with the same texts.
 */
final class ComparisonFixture {
    static final int RUNS = 100;
    static final LocalDate SIGNED = LocalDate.of(2025, 6, 1);
    static final LocalDate TEXT = LocalDate.of(2025, 1, 15);
    static final List<LocalDate> KEY_DATES = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 12, 31));

    private ComparisonFixture() { }

    static PairedComparison comparison() {
        Scenario toy = ToyScenarios.toy(5);
        ForecastSummary reference = summary(toy, "toy", 20);
        ForecastSummary variant = summary(toy, "toy-variant", 35);
        List<PairedComparison.Row> rows = new ArrayList<>();
        for (LocalDate date : KEY_DATES) {
            boolean after = !date.isBefore(SIGNED);
            rows.add(row("toy", true, Milestone.SIGNED, date,
                    after ? new PairedCounts(20, 0, 0, 80) : new PairedCounts(0, 0, 0, 100)));
        }
        rows.add(row("toy", true, Milestone.TEXT_AGREED, toy.horizon(), new PairedCounts(60, 0, 0, 40)));
        for (LocalDate date : KEY_DATES) {
            boolean after = !date.isBefore(SIGNED);
            rows.add(row("toy-variant", false, Milestone.SIGNED, date,
                    after ? new PairedCounts(20, 0, 15, 65) : new PairedCounts(0, 0, 0, 100)));
        }
        rows.add(row("toy-variant", false, Milestone.TEXT_AGREED, toy.horizon(),
                new PairedCounts(60, 0, 0, 40)));
        return new PairedComparison(RUNS, 5, toy.horizon(), KEY_DATES, List.of(reference, variant), rows);
    }

    private static PairedComparison.Row row(String id, boolean reference, Milestone event, LocalDate date,
                                            PairedCounts counts) {
        return new PairedComparison.Row(id, reference, event, date, Wilson.estimate(counts.secondCount(), counts.n()),
                reference ? PairedDifference.IDENTICAL : PairedScoreInterval.tango(counts), counts);
    }

    private static ForecastSummary summary(Scenario toy, String id, int signedRuns) {
        ForecastAccumulator counts = new ForecastAccumulator(ForecastLayout.of(toy));
        for (int i = 0; i < RUNS; i++) {
            boolean text = i < 60;
            boolean signed = i < signedRuns;
            counts.add(new RunResult(i, i, signed ? Outcome.SIGNED : Outcome.STALLED, text ? TEXT : null,
                    signed ? TEXT.plusDays(30) : null, null, null, signed ? SIGNED : null, null, 0, 0,
                    new double[] {Double.NaN, Double.NaN}, new double[] {0, 0}, new double[0]));
        }
        return ForecastSummaries.freeze(counts, new Provenance(id, "Title of " + id, RUNS, 5, "ab".repeat(32), "test",
                "17", Instant.parse("2025-03-01T12:00:00Z")));
    }
}
