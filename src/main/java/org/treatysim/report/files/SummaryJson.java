package org.treatysim.report.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatysim.report.files.JsonFiles.LeftOutWhenNull;
import org.treatysim.report.files.JsonFiles.MayBeNull;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Histogram;
import org.treatysim.stats.Marker;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.ReferendumOutcomes;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.StateShares;

/**
 * summary.json: the headline figures with their intervals, the provenance, how the runs were
 * chosen, and everything else of the {@link ForecastSummary} (curve, states, histograms, markers),
 * so that {@code treatysim brief} can redraw every chart from this one file.
 *
 * <p>Its keys are the components of {@link Contents} and of the records under it, in order
 * (the README and docs/montecarlo.md list them for readers). The {@link Estimate}s
 * ({@code {p, lo, hi}}), curve rows, state shares, markers, histograms and referendum counts are
 * written as those records are, so their components' names are keys of this file too.
 * {@code referendums} is optional when reading: summaries written before it was counted lack it.
 * Numbers, layout and reading rules are {@link JsonFiles}'s, in its
 * {@link JsonFiles.Layout#RESULTS} layout.
 */
public final class SummaryJson {
    private static final String FILE = "summary.json";

    private SummaryJson() { }

    /**
     * A summary as read back.
     *
     * @param summary the forecast
     * @param design  how its runs were chosen
     */
    public record Saved(ForecastSummary summary, SampleDesign design) {
        public Saved {
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(design, "design");
        }
    }

    /**
     * The file, key by key. {@code conditional} and {@code conditioning} are there in a
     * conditional forecast's summary only ({@link #writeConditional}).
     */
    record Contents(String scenario, String title, long runs, long seed, String scenarioSha256, String version,
                    String java, Instant createdAt, @LeftOutWhenNull Provenance.CalibrationNote calibration,
                    @LeftOutWhenNull Boolean conditional,
                    @LeftOutWhenNull Object conditioning, Intervals intervals, Design design,
                    Map<String, Estimate> outcomes, Map<String, Deadline> deadlines,
                    @LeftOutWhenNull ReferendumOutcomes referendums, List<Marker> markers, List<CurvePoint> curve,
                    List<StateShares> states, Map<String, Histogram> agreedValues,
                    Map<String, Histogram> concessions, Histogram signingDates) {

        static Contents of(ForecastSummary summary, SampleDesign design, Record conditioning) {
            if (design.runs() != summary.provenance().runs()) {
                throw new IllegalArgumentException("design and provenance disagree on the runs");
            }
            Provenance p = summary.provenance();
            Map<String, Deadline> deadlines = new LinkedHashMap<>();
            for (DeadlineOutcome d : summary.deadlines()) {
                deadlines.put(d.id(), new Deadline(d.label(), d.end(), d.signed(), d.textAgreed()));
            }
            return new Contents(p.scenario(), p.title(), p.runs(), p.seed(), p.scenarioSha256(), p.version(),
                    p.java(), p.createdAt(), p.calibration(), conditioning == null ? null : true, conditioning,
                    Intervals.of(summary.bandHalfWidth()), Design.of(design), summary.outcomes(), deadlines,
                    summary.referendums().orElse(null), summary.markers(), summary.curve(), summary.states(),
                    summary.agreedValues(), summary.concessions(), summary.signingDates());
        }

        Saved saved() {
            Provenance provenance = new Provenance(scenario, title, runs, seed, scenarioSha256, version, java,
                    createdAt, calibration);
            List<DeadlineOutcome> read = deadlines.entrySet().stream().map(e -> new DeadlineOutcome(e.getKey(),
                    e.getValue().label(), e.getValue().end(), e.getValue().signed(), e.getValue().textAgreed()))
                    .toList();
            ForecastSummary summary = new ForecastSummary(provenance, outcomes, read, curve,
                    intervals.bandHalfWidth(), states, agreedValues, concessions, signingDates, markers,
                    Optional.ofNullable(referendums));
            return new Saved(summary, design.sampleDesign());
        }
    }

    /** What the intervals are; only {@code bandHalfWidth} is read back. */
    record Intervals(String pointwise, String band, double bandHalfWidth, String note) {
        static Intervals of(double bandHalfWidth) {
            return new Intervals("Wilson 95%", bandDescription(bandHalfWidth), bandHalfWidth,
                    "outcomes, deadlines and each curve row: pointwise Wilson 95% intervals; curve ± bandHalfWidth"
                            + " covers each whole curve at once with 95% confidence");
        }
    }

    /**
     * {@link SampleDesign} as written: the method in lower case with hyphens ({@code worst-case}),
     * null for a value the method does not have (NaN in the record).
     */
    record Design(String method, long runs, @MayBeNull Double targetHalfWidth, long pilotRuns, long pilotFirstRun,
                  @MayBeNull Double varianceBound, @MayBeNull Double achievedHalfWidth) {
        static Design of(SampleDesign d) {
            return new Design(d.method().name().toLowerCase(Locale.ROOT).replace('_', '-'), d.runs(),
                    orNull(d.targetHalfWidth()), d.pilotRuns(), d.pilotFirstRun(), orNull(d.varianceBound()),
                    orNull(d.achievedHalfWidth()));
        }

        SampleDesign sampleDesign() {
            SampleDesign.Method kind;
            try {
                kind = SampleDesign.Method.valueOf(method.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("design.method: expected fixed, worst-case or two-stage, not \""
                        + method + "\"", unknown);
            }
            return new SampleDesign(kind, runs, orNaN(targetHalfWidth), pilotRuns, pilotFirstRun,
                    orNaN(varianceBound), orNaN(achievedHalfWidth));
        }

        private static Double orNull(double value) {
            return Double.isNaN(value) ? null : value;
        }

        private static double orNaN(Double value) {
            return value == null ? Double.NaN : value;
        }
    }

    /** A {@link DeadlineOutcome} under its id. */
    record Deadline(String label, LocalDate end, Estimate signed, Estimate textAgreed) { }

    /** What the {@code intervals} key says about the band. */
    static String bandDescription(double halfWidth) {
        return String.format(Locale.ROOT, "DKW 95%% simultaneous, half-width %.4f", halfWidth);
    }

    /** Writes the summary as UTF-8 JSON; does not close {@code out}. */
    public static void write(ForecastSummary summary, SampleDesign design, OutputStream out) throws IOException {
        JsonFiles.write(Contents.of(summary, design, null), JsonFiles.Layout.RESULTS, out);
    }

    /**
     * Writes a conditional forecast's summary: this format with {@code "conditional": true} and
     * {@code conditioning} (the record, written as {@link JsonFiles} writes any) after
     * {@code createdAt}, so that {@link #read} reads it as a plain summary. Does not close {@code out}.
     */
    public static void writeConditional(ForecastSummary summary, SampleDesign design, Record conditioning,
                                        OutputStream out) throws IOException {
        Objects.requireNonNull(conditioning, "conditioning");
        JsonFiles.write(Contents.of(summary, design, conditioning), JsonFiles.Layout.RESULTS, out);
    }

    /**
     * Reads what {@link #write} or {@link #writeConditional} wrote.
     *
     * @throws IOException naming the key, line and column of a missing or mistyped value
     */
    public static Saved read(InputStream in) throws IOException {
        return JsonFiles.read(in, Contents.class, FILE, Contents::saved);
    }
}
