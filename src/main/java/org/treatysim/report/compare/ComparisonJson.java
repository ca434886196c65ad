package org.treatysim.report.compare;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.Provenance;

/**
 * compare.json: where a comparison comes from, so that its numbers can be reproduced, and each
 * scenario's P(signed by date) curve, so that its chart can be redrawn without running again.
 *
 * <p>Top-level keys, in this order: {@code command} ("compare"), {@code reference} (the first
 * scenario's id), {@code runs}, {@code seed}, {@code seedFrom}, {@code version}, {@code java},
 * {@code createdAt}, {@code keyDates}, {@code keyDatesFrom}, {@code horizon}, {@code intervals},
 * {@code pairing}, {@code scenarios} (per scenario: {@code scenario, title, file, scenarioSha256,
 * ownSeed, ownRuns}), {@code curves} (per scenario id: rows of {@code date, p, lo, hi}). Lines end
 * in {@code \n}.
 */
public final class ComparisonJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** What the intervals are, as written under {@code intervals}. */
    public static final String PROBABILITY_INTERVAL = "Wilson 95% (pointwise)";
    /** How differences are estimated, as written under {@code intervals}. */
    public static final String DIFFERENCE_INTERVAL = "Tango (1998) asymptotic score 95% interval for the difference of"
            + " paired proportions; runs paired by run index";

    private ComparisonJson() { }

    /**
     * Where one compared scenario came from.
     *
     * @param file    the scenario file as named on the command line
     * @param ownSeed the seed written in the file (the comparison may have used another)
     * @param ownRuns the run count written in the file
     */
    public record Source(String file, long ownSeed, int ownRuns) {
        public Source {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * How the comparison was set up.
     *
     * @param sources      per scenario, in the comparison's order
     * @param seedFrom     where the common seed came from: a scenario id, or "--seed"
     * @param keyDatesFrom "default" or "--dates"
     */
    public record Setup(List<Source> sources, String seedFrom, String keyDatesFrom) {
        public Setup {
            sources = List.copyOf(sources);
            Objects.requireNonNull(seedFrom, "seedFrom");
            Objects.requireNonNull(keyDatesFrom, "keyDatesFrom");
        }
    }

    /** Writes compare.json as UTF-8; does not close {@code out}. */
    public static void write(PairedComparison comparison, Setup setup, OutputStream out) throws IOException {
        List<ForecastSummary> scenarios = comparison.scenarios();
        if (setup.sources().size() != scenarios.size()) {
            throw new IllegalArgumentException(setup.sources().size() + " sources for " + scenarios.size() + " scenarios");
        }
        Provenance first = scenarios.get(0).provenance();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeStringField("command", "compare");
            json.writeStringField("reference", comparison.referenceId());
            json.writeNumberField("runs", comparison.runs());
            json.writeNumberField("seed", comparison.seed());
            json.writeStringField("seedFrom", setup.seedFrom());
            json.writeStringField("version", first.version());
            json.writeStringField("java", first.java());
            json.writeStringField("createdAt", first.createdAt().toString());
            json.writeArrayFieldStart("keyDates");
            for (LocalDate date : comparison.keyDates()) json.writeString(date.toString());
            json.writeEndArray();
            json.writeStringField("keyDatesFrom", setup.keyDatesFrom());
            json.writeStringField("horizon", comparison.horizon().toString());
            json.writeObjectFieldStart("intervals");
            json.writeStringField("probability", PROBABILITY_INTERVAL);
            json.writeStringField("difference", DIFFERENCE_INTERVAL);
            json.writeEndObject();
            json.writeStringField("pairing", "common random numbers: run i of every scenario uses run index i and the"
                    + " common seed, and is paired with run i of " + comparison.referenceId());
            json.writeArrayFieldStart("scenarios");
            for (int i = 0; i < scenarios.size(); i++) {
                Provenance p = scenarios.get(i).provenance();
                Source source = setup.sources().get(i);
                json.writeStartObject();
                json.writeStringField("scenario", p.scenario());
                json.writeStringField("title", p.title());
                json.writeStringField("file", source.file());
                json.writeStringField("scenarioSha256", p.scenarioSha256());
                json.writeNumberField("ownSeed", source.ownSeed());
                json.writeNumberField("ownRuns", source.ownRuns());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("curves");
            for (ForecastSummary s : scenarios) {
                json.writeArrayFieldStart(s.provenance().scenario());
                for (CurvePoint point : s.curve()) {
                    json.writeStartObject();
                    json.writeStringField("date", point.date().toString());
                    json.writeNumberField("p", point.signed().p());
                    json.writeNumberField("lo", point.signed().lo());
                    json.writeNumberField("hi", point.signed().hi());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
