package org.treatysim.report.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatysim.model.spec.Components;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.PairedComparison;
import org.treatysim.report.files.JsonFiles.LeftOutWhenNull;
import org.treatysim.stats.Provenance;

/**
 * compare.json: where a comparison comes from, so that its numbers can be reproduced, and each
 * scenario's P(signed by date) curve, so that its chart can be redrawn without running again.
 * Its keys are the components of {@link Contents} and of the records under it, in order
 * (docs/compare.md lists them for readers): {@code reference} is the first scenario's id,
 * {@code scenarios} says where each scenario came from, {@code curves} holds each scenario's
 * curve under its id. Numbers and layout are {@link JsonFiles}'s, in its
 * {@link JsonFiles.Layout#RESULTS} layout.
 */
public final class ComparisonJson {
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

    /** The file, key by key. */
    record Contents(String command, String reference, long runs, long seed, String seedFrom, String version,
                    String java, Instant createdAt, List<LocalDate> keyDates, String keyDatesFrom, LocalDate horizon,
                    Intervals intervals, String pairing, List<Scenario> scenarios, Map<String, List<Row>> curves) {

        static Contents of(PairedComparison comparison, Setup setup) {
            List<ForecastSummary> summaries = comparison.scenarios();
            if (setup.sources().size() != summaries.size()) {
                throw new IllegalArgumentException(setup.sources().size() + " sources for " + summaries.size()
                        + " scenarios");
            }
            List<Scenario> scenarios = new ArrayList<>();
            Map<String, List<Row>> curves = new LinkedHashMap<>();
            for (int i = 0; i < summaries.size(); i++) {
                Provenance p = summaries.get(i).provenance();
                Source source = setup.sources().get(i);
                scenarios.add(new Scenario(p.scenario(), p.title(), source.file(), p.scenarioSha256(),
                        p.calibration(), source.ownSeed(), source.ownRuns()));
                curves.put(p.scenario(), summaries.get(i).curve().stream().map(c -> new Row(c.date(),
                        c.signed().p(), c.signed().lo(), c.signed().hi())).toList());
            }
            Provenance first = summaries.get(0).provenance();
            return new Contents("compare", comparison.referenceId(), comparison.runs(), comparison.seed(),
                    setup.seedFrom(), first.version(), first.java(), first.createdAt(), comparison.keyDates(),
                    setup.keyDatesFrom(), comparison.horizon(), new Intervals(PROBABILITY_INTERVAL,
                            DIFFERENCE_INTERVAL), "common random numbers: run i of every scenario uses run index i"
                            + " and the common seed, and is paired with run i of " + comparison.referenceId(),
                    scenarios, curves);
        }
    }

    /**
     * Who a compare.json compared and the curves it holds, so that the brief of the reference's
     * forecast can name the variants and draw the comparison's chart again.
     *
     * @param reference the first scenario's id
     * @param runs      runs per scenario
     * @param seed      the common seed
     * @param version   treatysim's version
     * @param createdAt when the comparison ran (UTC)
     * @param keyDates  the comparison's key dates
     * @param horizon   the latest horizon of the compared scenarios
     * @param scenarios every compared scenario, the reference first
     * @param curves    per scenario id, its P(signed by date) curve
     */
    public record Compared(String reference, long runs, long seed, String version, Instant createdAt,
                           List<LocalDate> keyDates, LocalDate horizon, List<ComparedScenario> scenarios,
                           Map<String, List<Row>> curves) {
        public Compared {
            Components.requireNonNull("reference, version, createdAt, horizon", reference, version, createdAt,
                    horizon);
            keyDates = keyDates == null ? List.of() : List.copyOf(keyDates);
            scenarios = List.copyOf(scenarios);
            curves = curves == null ? Map.of() : Map.copyOf(curves);
        }
    }

    /**
     * One compared scenario.
     *
     * @param scenario       its id
     * @param title          its title
     * @param scenarioSha256 hex SHA-256 of its file
     */
    public record ComparedScenario(String scenario, String title, String scenarioSha256) { }

    /**
     * Reads who a compare.json compared, with their curves.
     *
     * @throws IOException naming the key, line and column of a missing or mistyped value
     */
    public static Compared readCompared(InputStream in) throws IOException {
        return JsonFiles.read(in, Compared.class, "compare.json");
    }

    /** What the intervals are. */
    record Intervals(String probability, String difference) { }

    /** One compared scenario and where it came from. */
    record Scenario(String scenario, String title, String file, String scenarioSha256,
                    @LeftOutWhenNull Provenance.CalibrationNote calibration, long ownSeed, int ownRuns) { }

    /** One row of a scenario's P(signed by date) curve, with its pointwise 95% interval. */
    public record Row(LocalDate date, double p, double lo, double hi) { }


    /** Writes compare.json as UTF-8; does not close {@code out}. */
    public static void write(PairedComparison comparison, Setup setup, OutputStream out) throws IOException {
        JsonFiles.write(Contents.of(comparison, setup), JsonFiles.Layout.RESULTS, out);
    }
}
