package org.treatysim.report.update;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SummaryJson.write(summary, design, plain);
        JsonNode standard = MAPPER.readTree(new ByteArrayInputStream(plain.toByteArray()));

        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = standard.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            root.set(field.getKey(), field.getValue());
            if (field.getKey().equals("createdAt")) {
                root.put("conditional", true);
                root.set("conditioning", conditioning(conditioning));
            }
        }
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
        MAPPER.writer(pretty).without(SerializationFeature.CLOSE_CLOSEABLE)
                .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValue(new NonClosing(out), root);
        out.write('\n');
        out.flush();
    }

    private static ObjectNode conditioning(Conditioning c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("method", "approximate Bayesian computation by rejection: a run is kept when its history meets"
                + " every observation exactly");
        node.put("asOf", c.asOf().toString());
        node.put("curveFrom", c.curveFrom().toString());
        node.put("observationsFile", c.observationsFile());
        ArrayNode used = node.putArray("observations");
        for (Conditioning.Observed o : c.observations()) {
            ObjectNode item = used.addObject();
            item.put("date", o.date().toString());
            item.put("event", o.event());
            item.put("happened", o.happened());
        }
        node.put("ignoredAfterAsOf", c.ignoredAfterAsOf());
        node.put("runsMade", c.runsMade());
        node.put("accepted", c.accepted());
        Estimate rate = Wilson.estimate(c.accepted(), c.runsMade());
        ObjectNode acceptance = node.putObject("acceptanceRate");
        acceptance.put("p", rate.p());
        acceptance.put("lo", rate.lo());
        acceptance.put("hi", rate.hi());
        node.put("minAccepted", c.minAccepted());
        node.put("maxRuns", c.maxRuns());
        node.put("targetMet", c.targetMet());
        node.put("note", "runs, outcomes, deadlines and curve count the accepted runs only: P(event by t |"
                + " observations); the curve starts at curveFrom; design.method 'fixed' means the accepted runs"
                + " were all counted; posterior.csv compares each parameter over the runs made (prior) and the"
                + " accepted runs (posterior)");
        return node;
    }

    /** Lets Jackson finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
