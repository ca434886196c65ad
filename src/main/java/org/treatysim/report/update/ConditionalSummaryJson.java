package org.treatysim.report.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.StateShares;
import org.treatysim.stats.Wilson;

/**
 * summary.json of a conditional forecast: exactly {@link SummaryJson}'s format (so that
 * {@link SummaryJson#read} and the brief read it back), with two keys added after
 * {@code createdAt}: {@code "conditional": true} and {@code conditioning}, which says on what and
 * how (as-of date, the observations used, runs made, accepted runs, acceptance rate with its
 * Wilson interval, the plan). Its {@code runs}, outcomes, deadlines and curve are over the
 * accepted runs: probabilities given the observations. The curve (and the states) keep only the
 * rows dated on or after the as-of date.
 */
public final class ConditionalSummaryJson {
    private ConditionalSummaryJson() { }

    /**
     * The summary with only the curve and state rows dated on or after {@code asOf}: before it,
     * the observations themselves say what happened.
     *
     * @throws IllegalArgumentException when no row is left (asOf after the horizon)
     */
    public static ForecastSummary fromAsOf(ForecastSummary summary, LocalDate asOf) {
        List<CurvePoint> curve = summary.curve().stream().filter(c -> !c.date().isBefore(asOf)).toList();
        List<StateShares> states = summary.states().stream().filter(s -> !s.date().isBefore(asOf)).toList();
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("no curve row on or after " + asOf);
        }
        return new ForecastSummary(summary.provenance(), summary.outcomes(), summary.deadlines(), curve,
                summary.bandHalfWidth(), states, summary.agreedValues(), summary.concessions(),
                summary.signingDates(), summary.markers(), summary.referendums());
    }

    /**
     * Writes the conditional summary as UTF-8 JSON; does not close {@code out}.
     *
     * @param summary      the forecast over the accepted runs, already cut at the as-of date
     * @param design       its design (runs = accepted runs)
     * @param conditioning on what and how it was conditioned
     */
    public static void write(ForecastSummary summary, SampleDesign design, Conditioning conditioning,
                             OutputStream out) throws IOException {
        if (summary.provenance().runs() != conditioning.accepted()) {
            throw new IllegalArgumentException("the summary counts " + summary.provenance().runs()
                    + " runs, the conditioning accepted " + conditioning.accepted());
        }
        SummaryJson.writeConditional(summary, design, ConditioningBlock.of(conditioning), out);
    }

    /**
     * What a conditional summary.json says it was conditioned on, as the brief of the forecast
     * mentions it.
     *
     * @param asOf         the observations dated on or before this day were used
     * @param observations those observations
     * @param runsMade     runs made, the prior sample
     * @param accepted     runs whose history met every observation
     */
    public record ConditionedOn(LocalDate asOf, List<Conditioning.Observed> observations, long runsMade, long accepted) {
        public ConditionedOn {
            observations = List.copyOf(observations);
        }
    }

    /** The file's one key this reader needs. */
    private record ConditioningKey(ConditionedOn conditioning) { }

    /**
     * Reads what a conditional summary.json was conditioned on (its forecast reads with
     * {@link SummaryJson#read}).
     *
     * @throws IOException naming the key, line and column of a missing or mistyped value
     */
    public static ConditionedOn readConditioning(InputStream in) throws IOException {
        return JsonFiles.read(in, ConditioningKey.class, "summary.json").conditioning();
    }

    /** The {@code conditioning} key, key by key. */
    private record ConditioningBlock(String method, LocalDate asOf, LocalDate curveFrom, String observationsFile,
                                     List<Conditioning.Observed> observations, int ignoredAfterAsOf, long runsMade,
                                     long accepted, Estimate acceptanceRate, int minAccepted, int maxRuns,
                                     boolean targetMet, String note) {
        static ConditioningBlock of(Conditioning c) {
            return new ConditioningBlock("approximate Bayesian computation by rejection: a run is kept when its history"
                    + " meets every observation exactly", c.asOf(), c.curveFrom(), c.observationsFile(),
                    c.observations(), c.ignoredAfterAsOf(), c.runsMade(), c.accepted(),
                    Wilson.estimate(c.accepted(), c.runsMade()), c.minAccepted(), c.maxRuns(), c.targetMet(),
                    "runs, outcomes, deadlines and curve count the accepted runs only: P(event by t | observations);"
                            + " the curve starts at curveFrom; design.method 'fixed' means the accepted runs were all"
                            + " counted; posterior.csv compares each parameter over the runs made (prior) and the"
                            + " accepted runs (posterior)");
        }
    }
}
