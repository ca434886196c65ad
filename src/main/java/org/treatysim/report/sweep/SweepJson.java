package org.treatysim.report.sweep;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimBox;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.Restriction;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;

/**
 * sweep.json: what a sweep was and what it found, for readers and for the brief.
 *
 * <p>Top-level keys, in this order: {@code scenario, title, scenarioSha256, version, java,
 * createdAt, target {event, date, text}, threshold, method, samples, levels, points,
 * runsPerPoint, runs, seed, factors [{parameter, distribution, from}], targetAcrossPoints {min,
 * median, mean, max}, indices, indicesNote, primSentence, primCoverageSentence, prim, primNote,
 * files}. {@code indices} is {@code {kind: "prcc", ranking: [{parameter, prcc, lo, hi, pValue}]}}
 * or {@code {kind: "sobol", baseSamples, outputVariance, bootstrapResamples, confidence,
 * ranking: [{parameter, first, firstLo, firstHi, total, totalLo, totalHi}]}}, most influential
 * first, or null; {@code prim} is {@code {outcome, boxes: [{sentence, coverageSentence, cases,
 * positives, coverage, density, support, restrictions: [{parameter, lower, upper, quasiP}],
 * dropped: [{parameter, lower, upper}], beforeDropping: {cases, positives, coverage, density,
 * support, restricted}}]}}, or null: each box is PRIM's chosen box without its insignificant
 * restrictions (those are under {@code dropped}; PRIM's own box is summarised in
 * {@code beforeDropping}); an unbounded side is null. Notes are null when there is nothing to explain. {@code files}
 * names the folder's files, a chart as {@code {png, svg}} or null when not drawn. Lines end in
 * {@code \n}.
 */
public final class SweepJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** The design and the target at each point ({@link DesignCsv}), relative to the sweep folder. */
    public static final String DESIGN = "design.csv";
    /** The sensitivity indices ({@link IndicesCsv}). */
    public static final String INDICES = "indices.csv";
    /** PRIM's trajectories and boxes ({@link BoxesCsv}). */
    public static final String BOXES = "boxes.csv";
    /** This file. */
    public static final String SWEEP = "sweep.json";
    /** The tornado chart as PNG ({@link TornadoChart}); absent when there are no indices. */
    public static final String TORNADO_PNG = "charts/tornado.png";
    /** The tornado chart as SVG. */
    public static final String TORNADO_SVG = "charts/tornado.svg";
    /** The scatter chart as PNG ({@link ScatterChart}). */
    public static final String SCATTER_PNG = "charts/scatter.png";
    /** The scatter chart as SVG. */
    public static final String SCATTER_SVG = "charts/scatter.svg";

    private SweepJson() { }

    /** Writes the summary as UTF-8 JSON; does not close {@code out}. */
    public static void write(SweepSummary s, OutputStream out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            Provenance p = s.provenance();
            json.writeStartObject();
            json.writeStringField("scenario", p.scenario());
            json.writeStringField("title", p.title());
            json.writeStringField("scenarioSha256", p.scenarioSha256());
            json.writeStringField("version", p.version());
            json.writeStringField("java", p.java());
            json.writeStringField("createdAt", p.createdAt().toString());

            json.writeObjectFieldStart("target");
            json.writeStringField("event", s.targetEvent());
            json.writeStringField("date", s.targetDate().toString());
            json.writeStringField("text", s.targetText());
            json.writeEndObject();
            json.writeNumberField("threshold", s.threshold());
            json.writeStringField("method", s.method());
            nullableInt(json, "samples", s.samples());
            nullableInt(json, "levels", s.levels());
            json.writeNumberField("points", s.points());
            json.writeNumberField("runsPerPoint", s.runsPerPoint());
            json.writeNumberField("runs", p.runs());
            json.writeNumberField("seed", p.seed());

            json.writeArrayFieldStart("factors");
            for (SweepSummary.FactorEntry f : s.factors()) {
                json.writeStartObject();
                json.writeStringField("parameter", f.parameter());
                json.writeStringField("distribution", f.distribution());
                json.writeStringField("from", f.from());
                json.writeEndObject();
            }
            json.writeEndArray();

            SweepSummary.Spread spread = s.spread();
            json.writeObjectFieldStart("targetAcrossPoints");
            json.writeNumberField("min", spread.min());
            json.writeNumberField("median", spread.median());
            json.writeNumberField("mean", spread.mean());
            json.writeNumberField("max", spread.max());
            json.writeEndObject();

            writeIndices(json, s);
            text(json, "indicesNote", s.indicesNote());
            text(json, "primSentence", s.primSentence());
            text(json, "primCoverageSentence", s.primCoverageSentence());
            writePrim(json, s);
            text(json, "primNote", s.boxesNote());

            json.writeObjectFieldStart("files");
            json.writeStringField("design", DESIGN);
            json.writeStringField("indices", INDICES);
            json.writeStringField("boxes", BOXES);
            chart(json, "tornado", s.tornado(), TORNADO_PNG, TORNADO_SVG);
            chart(json, "scatter", true, SCATTER_PNG, SCATTER_SVG);
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeIndices(JsonGenerator json, SweepSummary s) throws IOException {
        if (s.sobol().isPresent()) {
            SobolResult sobol = s.sobol().get();
            json.writeObjectFieldStart("indices");
            json.writeStringField("kind", "sobol");
            json.writeNumberField("baseSamples", sobol.baseSamples());
            json.writeNumberField("outputVariance", sobol.outputVariance());
            json.writeNumberField("bootstrapResamples", sobol.bootstrapResamples());
            json.writeNumberField("confidence", sobol.confidence());
            json.writeArrayFieldStart("ranking");
            for (SobolIndex i : sobol.byTotalDescending()) {
                json.writeStartObject();
                json.writeStringField("parameter", i.parameter());
                json.writeNumberField("first", i.first());
                json.writeNumberField("firstLo", i.firstLow());
                json.writeNumberField("firstHi", i.firstHigh());
                json.writeNumberField("total", i.total());
                json.writeNumberField("totalLo", i.totalLow());
                json.writeNumberField("totalHi", i.totalHigh());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } else if (!s.prcc().isEmpty()) {
            json.writeObjectFieldStart("indices");
            json.writeStringField("kind", "prcc");
            json.writeArrayFieldStart("ranking");
            for (PrccIndex i : s.prcc()) {
                json.writeStartObject();
                json.writeStringField("parameter", i.parameter());
                json.writeNumberField("prcc", i.prcc());
                json.writeNumberField("lo", i.low());
                json.writeNumberField("hi", i.high());
                json.writeNumberField("pValue", i.pValue());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } else {
            json.writeNullField("indices");
        }
    }

    private static void writePrim(JsonGenerator json, SweepSummary s) throws IOException {
        if (s.boxes().isEmpty()) {
            json.writeNullField("prim");
            return;
        }
        json.writeObjectFieldStart("prim");
        json.writeStringField("outcome", s.outcome());
        json.writeArrayFieldStart("boxes");
        for (int b = 0; b < s.boxes().size(); b++) {
            PrimPruning.Pruned simplified = s.simplified().get(b);
            PrimBox box = simplified.box();
            json.writeStartObject();
            json.writeStringField("sentence", box.sentence(s.outcome()));
            json.writeStringField("coverageSentence", box.coverageSentence(s.outcome()));
            json.writeNumberField("cases", box.cases());
            json.writeNumberField("positives", box.positives());
            json.writeNumberField("coverage", box.coverage());
            json.writeNumberField("density", box.density());
            json.writeNumberField("support", box.support());
            json.writeArrayFieldStart("restrictions");
            for (int i = 0; i < box.restrictions().size(); i++) {
                restriction(json, box.restrictions().get(i));
                json.writeNumberField("quasiP", simplified.quasiPValues().get(i));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("dropped");
            for (Restriction r : simplified.dropped()) {
                restriction(json, r);
                json.writeEndObject();
            }
            json.writeEndArray();
            PrimBox original = s.boxes().get(b).box();
            json.writeObjectFieldStart("beforeDropping");
            json.writeNumberField("cases", original.cases());
            json.writeNumberField("positives", original.positives());
            json.writeNumberField("coverage", original.coverage());
            json.writeNumberField("density", original.density());
            json.writeNumberField("support", original.support());
            json.writeNumberField("restricted", original.restrictions().size());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Opens an object with the restriction's fields; the caller closes it. */
    private static void restriction(JsonGenerator json, Restriction r) throws IOException {
        json.writeStartObject();
        json.writeStringField("parameter", r.parameter());
        bound(json, "lower", r.boundedBelow(), r.lower());
        bound(json, "upper", r.boundedAbove(), r.upper());
    }

    private static void bound(JsonGenerator json, String name, boolean bounded, double value) throws IOException {
        if (bounded) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }

    private static void nullableInt(JsonGenerator json, String name, int value) throws IOException {
        if (value > 0) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }

    private static void text(JsonGenerator json, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(name, value.get());
        } else {
            json.writeNullField(name);
        }
    }

    private static void chart(JsonGenerator json, String name, boolean drawn, String png, String svg)
            throws IOException {
        if (!drawn) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        json.writeStringField("png", png);
        json.writeStringField("svg", svg);
        json.writeEndObject();
    }
}
