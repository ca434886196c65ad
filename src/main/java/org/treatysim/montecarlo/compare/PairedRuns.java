package org.treatysim.montecarlo.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.RunSink;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.PairedCounts;
import org.treatysim.stats.PairedDifference;
import org.treatysim.stats.PairedScoreInterval;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.Wilson;

/**
 * Runs several scenarios with common random numbers and pairs their runs: run i of every scenario
 * uses run index i under the same master seed, so it draws the same streams (docs/montecarlo.md,
 * "Common random numbers"), and its outcome is compared with run i of the first scenario, the
 * reference.
 *
 * <p>The scenarios run one after another, each on the whole {@link MonteCarloEngine} (all its
 * threads), with two things counted: the usual {@link ForecastAccumulator} (for the curves) and,
 * through the engine's in-order run sink, each run's {@link OutcomeCode}. The reference's codes
 * are kept, packed, one per run; every other scenario's codes are paired with them on the fly
 * into a table of code pairs, whose size depends on the number of key dates only. So memory is
 * runs × ⌈log₂(2K + 2)⌉ bits for the whole comparison, plus a fixed amount per scenario, and all
 * counts are exact integers, identical for any thread count.
 */
public final class PairedRuns {
    private final MonteCarloEngine engine;

    /** Paired runs on this engine. */
    public PairedRuns(MonteCarloEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * A scenario to compare.
     *
     * @param scenario   the validated scenario, with the comparison's common seed
     * @param simulators makes one simulator of it per worker thread
     */
    public record Arm(Scenario scenario, Supplier<? extends RunSimulator> simulators) {
        public Arm {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(simulators, "simulators");
        }
    }

    /**
     * Runs {@code runs} runs (indices 0..runs−1) of every arm.
     *
     * @param arms     two or more, the reference first; all with the same seed, start and horizon
     * @param keyDates where to report P(signed by date), ascending, within the window
     * @param runs     runs per scenario, &ge; 1
     * @param progress told how far each scenario has come; its stage is "id (i/S)"
     * @throws InterruptedException when interrupted; nothing is returned
     */
    public Result run(List<Arm> arms, List<LocalDate> keyDates, int runs, ProgressListener progress)
            throws InterruptedException {
        if (arms.size() < 2) throw new IllegalArgumentException("a comparison needs at least two scenarios");
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1");
        Scenario first = arms.get(0).scenario();
        for (Arm arm : arms) {
            Scenario s = arm.scenario();
            if (s.seed() != first.seed()) {
                throw new IllegalArgumentException("scenario " + s.id() + " has seed " + s.seed() + ", not the common "
                        + first.seed() + ": its runs would not pair");
            }
            if (!s.start().equals(first.start()) || !s.horizon().equals(first.horizon())) {
                throw new IllegalArgumentException("scenario " + s.id() + " runs " + s.start() + " to " + s.horizon()
                        + ", not " + first.start() + " to " + first.horizon() + " like " + first.id());
            }
        }
        OutcomeCode code = new OutcomeCode(first.start(), first.horizon(), keyDates);
        PackedCodes reference = new PackedCodes(runs, code.bits());
        List<ForecastAccumulator> counts = new ArrayList<>();
        List<long[][]> pairs = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            ForecastLayout layout = ForecastLayout.of(arm.scenario());
            long[][] pairCounts = new long[code.codeCount()][code.codeCount()];
            CodeSink sink = new CodeSink(code, reference, i == 0, pairCounts);
            String stage = arm.scenario().id() + " (" + (i + 1) + "/" + arms.size() + ")";
            counts.add(engine.run(arm.simulators(), 0, runs, () -> new ForecastAccumulator(layout), sink, stage,
                    progress));
            if (sink.next != runs) {
                throw new IllegalStateException(arm.scenario().id() + ": the sink saw " + sink.next + " of " + runs + " runs");
            }
            pairs.add(pairCounts);
        }
        return new Result(code, runs, first.seed(), counts, pairs, reference.storageBytes());
    }

    /**
     * What the runs counted: per scenario its forecast counts and its table of code pairs against
     * the reference (runs whose reference run had code r and whose own run had code c).
     *
     * @param code           how outcomes were coded (key dates, horizon)
     * @param runs           runs per scenario
     * @param seed           the common master seed
     * @param counts         per scenario, its forecast counts (for curves and headline figures)
     * @param pairs          per scenario, its table of code pairs against the reference, indexed [r][c]
     * @param referenceBytes bytes that held the reference's codes: runs × bits / 8, rounded up to whole words
     */
    public record Result(OutcomeCode code, int runs, long seed, List<ForecastAccumulator> counts, List<long[][]> pairs,
                         long referenceBytes) {
        public Result {
            counts = List.copyOf(counts);
            pairs = List.copyOf(pairs);
        }

        /** The paired table of scenario {@code arm} against the reference for "signed by key date k". */
        public PairedCounts signedBy(int arm, int k) {
            return table(arm, c -> OutcomeCode.signedBy(c, k));
        }

        /** The paired table of scenario {@code arm} against the reference for "text agreed by the horizon". */
        public PairedCounts textAgreed(int arm) {
            return table(arm, OutcomeCode::textAgreed);
        }

        private PairedCounts table(int arm, java.util.function.IntPredicate happened) {
            long[][] joint = pairs.get(arm);
            long both = 0;
            long firstOnly = 0;
            long secondOnly = 0;
            long neither = 0;
            for (int r = 0; r < joint.length; r++) {
                for (int c = 0; c < joint.length; c++) {
                    long n = joint[r][c];
                    if (n == 0) continue;
                    boolean inFirst = happened.test(r);
                    boolean inSecond = happened.test(c);
                    if (inFirst && inSecond) both += n;
                    else if (inFirst) firstOnly += n;
                    else if (inSecond) secondOnly += n;
                    else neither += n;
                }
            }
            return new PairedCounts(both, firstOnly, secondOnly, neither);
        }

        /**
         * The comparison's summary: each scenario's forecast, and per scenario a row for every key
         * date (signed) and one for the horizon (text agreed), with Wilson intervals for the
         * probabilities and Tango score intervals for the differences from the reference.
         *
         * @param provenance per scenario, in order; each with {@code runs} runs
         */
        public PairedComparison freeze(List<Provenance> provenance) {
            if (provenance.size() != counts.size()) {
                throw new IllegalArgumentException(provenance.size() + " provenances for " + counts.size() + " scenarios");
            }
            List<ForecastSummary> summaries = new ArrayList<>();
            List<PairedComparison.Row> rows = new ArrayList<>();
            for (int arm = 0; arm < counts.size(); arm++) {
                ForecastSummary summary = ForecastSummaries.freeze(counts.get(arm), provenance.get(arm));
                summaries.add(summary);
                String id = summary.provenance().scenario();
                for (int k = 0; k < code.keyDates().size(); k++) {
                    rows.add(row(id, arm, Milestone.SIGNED, code.keyDates().get(k), signedBy(arm, k)));
                }
                rows.add(row(id, arm, Milestone.TEXT_AGREED, code.horizon(), textAgreed(arm)));
            }
            return new PairedComparison(runs, seed, code.horizon(), code.keyDates(), summaries, rows);
        }

        private PairedComparison.Row row(String id, int arm, Milestone event, LocalDate date,
                                         PairedCounts table) {
            Estimate probability = Wilson.estimate(table.secondCount(), table.n());
            PairedDifference difference = arm == 0 ? PairedDifference.IDENTICAL : PairedScoreInterval.tango(table);
            return new PairedComparison.Row(id, arm == 0, event, date, probability, difference, table);
        }
    }

    /** A chunk of consecutive runs' codes, made on a worker thread. */
    private record CodeChunk(int firstRun, int[] codes) { }

    /**
     * Codes runs on the workers and, in run order, keeps the reference's codes or pairs another
     * scenario's with them. {@code write} calls never overlap, so the counts need no lock.
     */
    private static final class CodeSink implements RunSink<CodeChunk> {
        private final OutcomeCode code;
        private final PackedCodes reference;
        private final boolean isReference;
        private final long[][] pairCounts;
        private int next;

        CodeSink(OutcomeCode code, PackedCodes reference, boolean isReference, long[][] pairCounts) {
            this.code = code;
            this.reference = reference;
            this.isReference = isReference;
            this.pairCounts = pairCounts;
        }

        @Override
        public CodeChunk prepare(List<RunResult> runs) {
            int[] codes = new int[runs.size()];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = code.encode(runs.get(i));
            }
            return new CodeChunk(runs.isEmpty() ? next : runs.get(0).run(), codes);
        }

        @Override
        public void write(CodeChunk chunk) {
            if (chunk.firstRun() != next) {
                throw new IllegalStateException("runs out of order: got " + chunk.firstRun() + ", expected " + next);
            }
            for (int c : chunk.codes()) {
                if (isReference) {
                    reference.append(c);
                    pairCounts[c][c]++;
                } else {
                    pairCounts[reference.get(next)][c]++;
                }
                next++;
            }
        }
    }
}
