package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be used, with every problem found (at least one). */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    /** @param problems every problem found, in the order to report them; not empty */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems sorted by file, line and column, as every loader reports them. */
    static ScenarioException inFileOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return new ScenarioException(sorted);
    }

    /** Every problem found, sorted by file, line and column. */
    public List<Problem> problems() {
        return problems;
    }
}
