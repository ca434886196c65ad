package org.treatysim.report.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.spec.Milestone;

/**
 * What the brief takes from the forecast's own runs (runs.csv.gz) rather than from its summary:
 * the signposts (how the chance of a signature moves with a milestone reached or not by a date)
 * and the drivers (the sampled parameters most associated with a signature). Counts and paths
 * only; the brief words and labels them.
 *
 * @param outcomeDate the signature date the signposts and drivers are about: signed by this day
 * @param runs        runs counted, &ge; 1
 * @param signed      of them, runs signed by {@code outcomeDate}
 * @param signposts   the signposts with enough runs on both sides, most telling first (may be empty)
 * @param drivers     the sampled parameters by the strength of their association, strongest first
 *                    (may be empty: a scenario without uncertain parameters, or an outcome that never varies)
 * @param parameters  how many sampled parameters were ranked
 */
public record RunFindings(LocalDate outcomeDate, long runs, long signed, List<Signpost> signposts,
                          List<Driver> drivers, int parameters) {
    /** Runs each side of a signpost needs at least, so that its share rests on enough runs to say it. */
    public static final int MIN_RUNS = 200;
    /** How far reaching a milestone must move the chance of a signature for it to be a signpost: 10 percentage points. */
    public static final double SHIFT = 0.10;

    public RunFindings {
        Objects.requireNonNull(outcomeDate, "outcomeDate");
        if (runs < 1 || signed < 0 || signed > runs) throw new IllegalArgumentException(signed + " signed of " + runs + " runs");
        signposts = List.copyOf(signposts);
        drivers = List.copyOf(drivers);
    }

    /**
     * A milestone by a date as a signpost: the runs that reached it by then and those that did not,
     * and how many of each signed by the outcome date.
     *
     * @param event      the milestone's key, e.g. {@code textAgreed} ({@link Milestone#key()})
     * @param date       the day by which it happened or not (inclusive)
     * @param runsIf     runs that reached it by the date
     * @param signedIf   of them, runs signed by the outcome date
     * @param runsIfNot  runs that did not
     * @param signedIfNot of them, runs signed by the outcome date
     */
    public record Signpost(String event, LocalDate date, long runsIf, long signedIf, long runsIfNot, long signedIfNot) {
        public Signpost {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(date, "date");
            if (signedIf < 0 || signedIf > runsIf || signedIfNot < 0 || signedIfNot > runsIfNot) {
                throw new IllegalArgumentException("signed " + signedIf + " of " + runsIf + " and " + signedIfNot + " of "
                        + runsIfNot);
            }
        }

        /** The milestone its key names. */
        public Milestone milestone() {
            return Milestone.byKey(event).orElseThrow(() -> new IllegalArgumentException("no milestone " + event));
        }
    }

    /**
     * A sampled parameter's partial rank correlation with a signature by the outcome date.
     *
     * @param path the parameter's dotted scenario path
     * @param prcc the correlation, in [-1, 1]
     * @param low  its 95% interval's lower end
     * @param high its upper end
     */
    public record Driver(String path, double prcc, double low, double high) {
        public Driver {
            Objects.requireNonNull(path, "path");
        }

        /** Whether the interval leaves out zero: an association the runs can tell from noise. */
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }
}
