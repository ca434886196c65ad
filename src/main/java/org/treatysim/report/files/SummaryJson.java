package org.treatysim.report.files;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Histogram;
import org.treatysim.stats.Marker;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.ReferendumOutcomes;
import org.treatysim.stats.StateShares;

/**
 * summary.json: the headline figures with their intervals, the provenance, how the runs were
 * chosen, and everything else of the {@link ForecastSummary} (curve, states, histograms, markers),
 * so that {@code treatysim brief} can redraw every chart from this one file.
 *
 * <p>Top-level keys, in this order: {@code scenario, title, runs, seed, scenarioSha256, version,
 * java, createdAt, intervals, design, outcomes, deadlines, referendums, markers, curve, states,
 * agreedValues, concessions, signingDates}. {@code referendums} ({@code held, passed, failedEnded,
 * failedReopened}, the last vote of each run) is optional when reading: summaries written before
 * it was counted lack it. Probabilities are {@code { "p": .., "lo": .., "hi": .. }}. Numbers
 * are JSON numbers that read back to the very doubles written; lines end in {@code \n}.
 */
public final class SummaryJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    /** What the {@code intervals} key says about the band. */
    static String bandDescription(double halfWidth) {
        return String.format(Locale.ROOT, "DKW 95%% simultaneous, half-width %.4f", halfWidth);
    }

    /** Writes the summary as UTF-8 JSON; does not close {@code out}. */
    public static void write(ForecastSummary summary, SampleDesign design, OutputStream out) throws IOException {
        if (design.runs() != summary.provenance().runs()) {
            throw new IllegalArgumentException("design and provenance disagree on the runs");
        }
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            Provenance p = summary.provenance();
            json.writeStartObject();
            json.writeStringField("scenario", p.scenario());
            json.writeStringField("title", p.title());
            json.writeNumberField("runs", p.runs());
            json.writeNumberField("seed", p.seed());
            json.writeStringField("scenarioSha256", p.scenarioSha256());
            json.writeStringField("version", p.version());
            json.writeStringField("java", p.java());
            json.writeStringField("createdAt", p.createdAt().toString());

            json.writeObjectFieldStart("intervals");
            json.writeStringField("pointwise", "Wilson 95%");
            json.writeStringField("band", bandDescription(summary.bandHalfWidth()));
            json.writeNumberField("bandHalfWidth", summary.bandHalfWidth());
            json.writeStringField("note", "outcomes, deadlines and each curve row: pointwise Wilson 95% intervals; "
                    + "curve ± bandHalfWidth covers each whole curve at once with 95% confidence");
            json.writeEndObject();

            json.writeObjectFieldStart("design");
            json.writeStringField("method", design.method().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            json.writeNumberField("runs", design.runs());
            number(json, "targetHalfWidth", design.targetHalfWidth());
            json.writeNumberField("pilotRuns", design.pilotRuns());
            json.writeNumberField("pilotFirstRun", design.pilotFirstRun());
            number(json, "varianceBound", design.varianceBound());
            number(json, "achievedHalfWidth", design.achievedHalfWidth());
            json.writeEndObject();

            json.writeObjectFieldStart("outcomes");
            for (Map.Entry<String, Estimate> e : summary.outcomes().entrySet()) {
                estimate(json, e.getKey(), e.getValue());
            }
            json.writeEndObject();

            json.writeObjectFieldStart("deadlines");
            for (DeadlineOutcome d : summary.deadlines()) {
                json.writeObjectFieldStart(d.id());
                json.writeStringField("label", d.label());
                json.writeStringField("end", d.end().toString());
                estimate(json, "signed", d.signed());
                estimate(json, "textAgreed", d.textAgreed());
                json.writeEndObject();
            }
            json.writeEndObject();

            if (summary.referendums().isPresent()) {
                ReferendumOutcomes r = summary.referendums().get();
                json.writeObjectFieldStart("referendums");
                estimate(json, "held", r.held());
                estimate(json, "passed", r.passed());
                estimate(json, "failedEnded", r.failedEnded());
                estimate(json, "failedReopened", r.failedReopened());
                json.writeEndObject();
            }

            json.writeArrayFieldStart("markers");
            for (Marker m : summary.markers()) {
                json.writeStartObject();
                json.writeStringField("date", m.date().toString());
                json.writeStringField("end", m.end().toString());
                json.writeStringField("label", m.label());
                json.writeStringField("kind", m.kind().name());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("curve");
            for (CurvePoint c : summary.curve()) {
                json.writeStartObject();
                json.writeStringField("date", c.date().toString());
                estimate(json, "signed", c.signed());
                estimate(json, "textAgreed", c.textAgreed());
                estimate(json, "initialed", c.initialed());
                estimate(json, "collapsed", c.collapsed());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeArrayFieldStart("states");
            for (StateShares s : summary.states()) {
                json.writeStartObject();
                json.writeStringField("date", s.date().toString());
                json.writeNumberField("negotiating", s.negotiating());
                json.writeNumberField("textAgreed", s.textAgreed());
                json.writeNumberField("awaitingReferendum", s.awaitingReferendum());
                json.writeNumberField("signed", s.signed());
                json.writeNumberField("collapsed", s.collapsed());
                json.writeEndObject();
            }
            json.writeEndArray();

            histograms(json, "agreedValues", summary.agreedValues());
            histograms(json, "concessions", summary.concessions());
            json.writeFieldName("signingDates");
            histogram(json, summary.signingDates());
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isNaN(value)) json.writeNullField(name);
        else json.writeNumberField(name, value);
    }

    private static void estimate(JsonGenerator json, String name, Estimate e) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("p", e.p());
        json.writeNumberField("lo", e.lo());
        json.writeNumberField("hi", e.hi());
        json.writeEndObject();
    }

    private static void histograms(JsonGenerator json, String name, Map<String, Histogram> all) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, Histogram> e : all.entrySet()) {
            json.writeFieldName(e.getKey());
            histogram(json, e.getValue());
        }
        json.writeEndObject();
    }

    private static void histogram(JsonGenerator json, Histogram h) throws IOException {
        json.writeStartObject();
        json.writeStringField("label", h.label());
        json.writeNumberField("min", h.min());
        json.writeNumberField("max", h.max());
        json.writeArrayFieldStart("counts");
        for (long count : h.counts()) json.writeNumber(count);
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Reads what {@link #write} wrote; a missing or mistyped key throws an IOException naming it. */
    public static Saved read(InputStream in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) throw new IOException("summary.json: not a JSON object");
        Provenance provenance = new Provenance(text(root, "scenario"), text(root, "title"), whole(root, "runs"),
                whole(root, "seed"), text(root, "scenarioSha256"), text(root, "version"), text(root, "java"),
                Instant.parse(text(root, "createdAt")));
        JsonNode d = node(root, "design");
        SampleDesign design = new SampleDesign(
                SampleDesign.Method.valueOf(text(d, "method").toUpperCase(Locale.ROOT).replace('-', '_')),
                whole(d, "runs"), real(d, "targetHalfWidth"), whole(d, "pilotRuns"), whole(d, "pilotFirstRun"),
                real(d, "varianceBound"), real(d, "achievedHalfWidth"));

        Map<String, Estimate> outcomes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node(root, "outcomes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            outcomes.put(e.getKey(), estimate(e.getValue(), "outcomes." + e.getKey()));
        }
        List<DeadlineOutcome> deadlines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node(root, "deadlines").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            deadlines.add(new DeadlineOutcome(e.getKey(), text(v, "label"), LocalDate.parse(text(v, "end")),
                    estimate(node(v, "signed"), e.getKey() + ".signed"),
                    estimate(node(v, "textAgreed"), e.getKey() + ".textAgreed")));
        }
        List<Marker> markers = new ArrayList<>();
        for (JsonNode m : node(root, "markers")) {
            markers.add(new Marker(LocalDate.parse(text(m, "date")), LocalDate.parse(text(m, "end")), text(m, "label"),
                    Marker.Kind.valueOf(text(m, "kind"))));
        }
        List<CurvePoint> curve = new ArrayList<>();
        for (JsonNode c : node(root, "curve")) {
            curve.add(new CurvePoint(LocalDate.parse(text(c, "date")), estimate(node(c, "signed"), "curve.signed"),
                    estimate(node(c, "textAgreed"), "curve.textAgreed"),
                    estimate(node(c, "initialed"), "curve.initialed"),
                    estimate(node(c, "collapsed"), "curve.collapsed")));
        }
        List<StateShares> states = new ArrayList<>();
        for (JsonNode s : node(root, "states")) {
            states.add(new StateShares(LocalDate.parse(text(s, "date")), real(s, "negotiating"), real(s, "textAgreed"),
                    real(s, "awaitingReferendum"), real(s, "signed"), real(s, "collapsed")));
        }
        Optional<ReferendumOutcomes> referendums = Optional.empty();
        JsonNode r = root.get("referendums");
        if (r != null && !r.isNull()) {
            referendums = Optional.of(new ReferendumOutcomes(estimate(node(r, "held"), "referendums.held"),
                    estimate(node(r, "passed"), "referendums.passed"),
                    estimate(node(r, "failedEnded"), "referendums.failedEnded"),
                    estimate(node(r, "failedReopened"), "referendums.failedReopened")));
        }
        ForecastSummary summary = new ForecastSummary(provenance, outcomes, deadlines, curve,
                real(node(root, "intervals"), "bandHalfWidth"), states, histograms(node(root, "agreedValues")),
                histograms(node(root, "concessions")), histogram(node(root, "signingDates")), markers, referendums);
        return new Saved(summary, design);
    }

    private static Map<String, Histogram> histograms(JsonNode all) throws IOException {
        Map<String, Histogram> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), histogram(e.getValue()));
        }
        return out;
    }

    private static Histogram histogram(JsonNode h) throws IOException {
        JsonNode counts = node(h, "counts");
        long[] values = new long[counts.size()];
        for (int i = 0; i < values.length; i++) {
            if (!counts.get(i).canConvertToLong()) throw new IOException("summary.json: histogram counts must be whole");
            values[i] = counts.get(i).asLong();
        }
        return new Histogram(text(h, "label"), real(h, "min"), real(h, "max"), values);
    }

    private static Estimate estimate(JsonNode e, String where) throws IOException {
        try {
            return new Estimate(real(e, "p"), real(e, "lo"), real(e, "hi"));
        } catch (IllegalArgumentException bad) {
            throw new IOException("summary.json: " + where + ": " + bad.getMessage(), bad);
        }
    }

    private static JsonNode node(JsonNode parent, String name) throws IOException {
        JsonNode child = parent.get(name);
        if (child == null || child.isNull()) throw new IOException("summary.json: missing key " + name);
        return child;
    }

    private static String text(JsonNode parent, String name) throws IOException {
        JsonNode child = node(parent, name);
        if (!child.isTextual()) throw new IOException("summary.json: " + name + " must be a string");
        return child.asText();
    }

    private static long whole(JsonNode parent, String name) throws IOException {
        JsonNode child = node(parent, name);
        if (!child.canConvertToLong() || !child.isIntegralNumber()) {
            throw new IOException("summary.json: " + name + " must be a whole number");
        }
        return child.asLong();
    }

    /** A number, or NaN for an explicit null (values that do not apply, such as a fixed design's target). */
    private static double real(JsonNode parent, String name) throws IOException {
        JsonNode child = parent.get(name);
        if (child == null) throw new IOException("summary.json: missing key " + name);
        if (child.isNull()) return Double.NaN;
        if (!child.isNumber()) throw new IOException("summary.json: " + name + " must be a number");
        return child.asDouble();
    }
}
