package org.treatysim.montecarlo.conditioning;

import java.util.List;
import org.treatysim.model.RunResult;
import org.treatysim.stats.RunAccumulator;

/**
 * Counts, for each of a list of dated events, the runs in which it happened by its date: the
 * forecast probabilities that {@code treatysim score} checks against outcomes. All state is
 * integer counts, so merging is exact and the result is the same for any thread count.
 */
public final class OutcomeAccumulator implements RunAccumulator<OutcomeAccumulator> {
    private final List<DatedEvent> questions;
    private final long[] happened;
    private long runs;

    /** An empty accumulator for these questions. */
    public OutcomeAccumulator(List<DatedEvent> questions) {
        this.questions = List.copyOf(questions);
        this.happened = new long[this.questions.size()];
    }

    @Override
    public void add(RunResult result) {
        runs++;
        for (int i = 0; i < happened.length; i++) {
            if (questions.get(i).happenedIn(result)) happened[i]++;
        }
    }

    @Override
    public void merge(OutcomeAccumulator other) {
        if (!other.questions.equals(questions)) {
            throw new IllegalArgumentException("cannot merge counts of different questions");
        }
        runs += other.runs;
        for (int i = 0; i < happened.length; i++) {
            happened[i] += other.happened[i];
        }
    }

    /** Every count, runs first, then per question, for a codec that ships them; {@link #ofCounts} reads it back. */
    public long[] toCounts() {
        long[] counts = new long[1 + happened.length];
        counts[0] = runs;
        System.arraycopy(happened, 0, counts, 1, happened.length);
        return counts;
    }

    /**
     * The accumulator of these questions whose {@link #toCounts} is {@code counts}.
     *
     * @throws IllegalArgumentException when the counts do not fit the questions
     */
    public static OutcomeAccumulator ofCounts(List<DatedEvent> questions, long[] counts) {
        OutcomeAccumulator accumulator = new OutcomeAccumulator(questions);
        if (counts.length != 1 + accumulator.happened.length) {
            throw new IllegalArgumentException(counts.length + " counts for " + questions.size() + " questions");
        }
        accumulator.runs = counts[0];
        for (int i = 0; i < accumulator.happened.length; i++) {
            if (counts[1 + i] < 0 || counts[1 + i] > counts[0]) {
                throw new IllegalArgumentException("question " + i + " happened in " + counts[1 + i] + " of "
                        + counts[0] + " runs");
            }
            accumulator.happened[i] = counts[1 + i];
        }
        return accumulator;
    }

    /** Runs counted. */
    public long runs() {
        return runs;
    }

    /** The questions, in constructor order. */
    public List<DatedEvent> questions() {
        return questions;
    }

    /** Runs in which question {@code i}'s event happened by its date. */
    public long happened(int i) {
        return happened[i];
    }
}
