package org.treatysim.report.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.treatysim.model.spec.Components;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.SobolIndex;

/**
 * What the brief takes from a sweep, read back from its {@code sweep.json}: the ranking of the
 * parameters (for the tornado chart) and PRIM's finding (for the sentence under "What drives the
 * forecast").
 *
 * @param scenarioSha256       SHA-256 of the scenario file the sweep ran, to match it with a forecast
 * @param targetText           the target in words, e.g. {@code P(signed by 2026-12-31)}
 * @param design               the design in words, e.g. "Latin hypercube of 1,000 points × 200 runs"
 * @param parameters           how many parameters were swept, &ge; 1
 * @param primSentence         the first PRIM box as a sentence, if PRIM found one
 * @param primCoverageSentence how much of the outcome that box holds, if PRIM found one
 * @param primCases            how many design points that box holds, and in how many of them the
 *                             outcome holds; empty without a box
 * @param primNote             why PRIM found no box, if it found none
 * @param prcc                 partial rank correlations, strongest first (LHS and grid sweeps); may be empty
 * @param sobol                Sobol indices, largest total index first (Sobol sweeps); may be empty
 */
public record SweepFinding(String scenarioSha256, String targetText, String design, int parameters,
                           Optional<String> primSentence, Optional<String> primCoverageSentence,
                           Optional<BoxCases> primCases, Optional<String> primNote, List<PrccIndex> prcc,
                           List<SobolIndex> sobol) {
    /**
     * The design points in a PRIM box.
     *
     * @param positives points where the outcome holds, &ge; 0
     * @param cases     points in the box, &ge; positives
     */
    public record BoxCases(long positives, long cases) { }

    public SweepFinding {
        Components.requireNonNull("scenarioSha256, targetText, design", scenarioSha256, targetText, design);
        prcc = List.copyOf(prcc);
        sobol = List.copyOf(sobol);
    }

    /**
     * Reads the fields the brief needs from a {@code sweep.json} written by {@link SweepJson#write}.
     *
     * @throws IOException naming the key, line and column of a missing or mistyped value
     */
    public static SweepFinding read(InputStream in) throws IOException {
        SweepJson.Contents sweep = SweepJson.read(in);
        String design = SweepText.design(sweep.method(), zeroIfNull(sweep.samples()), zeroIfNull(sweep.levels()),
                sweep.points()) + String.format(Locale.ROOT, " × %,d runs", sweep.runsPerPoint());
        List<PrccIndex> prcc = sweep.indices() instanceof SweepJson.PrccRanking ranking
                ? ranking.ranking().stream().map(SweepJson.Prcc::index).toList() : List.of();
        List<SobolIndex> sobol = sweep.indices() instanceof SweepJson.SobolRanking ranking
                ? ranking.ranking().stream().map(SweepJson.Sobol::index).toList() : List.of();
        Optional<BoxCases> primCases = Optional.ofNullable(sweep.prim()).flatMap(prim -> prim.boxes().stream()
                .findFirst()).map(box -> new BoxCases(box.positives(), box.cases()));
        return new SweepFinding(sweep.scenarioSha256(), sweep.target().text(), design, sweep.factors().size(),
                text(sweep.primSentence()), text(sweep.primCoverageSentence()), primCases, text(sweep.primNote()),
                prcc, sobol);
    }

    /**
     * The same finding with every swept parameter named by its readable label
     * ({@link ScenarioNames#parameter}), in the ranking and in PRIM's sentences, for the brief.
     */
    public SweepFinding labelled(ScenarioNames names) {
        List<String> paths = new ArrayList<>();
        prcc.forEach(i -> paths.add(i.parameter()));
        sobol.forEach(i -> paths.add(i.parameter()));
        paths.remove(Factor.DUMMY);
        List<PrccIndex> namedPrcc = prcc.stream().map(i -> new PrccIndex(label(i.parameter(), names), i.prcc(), i.low(),
                i.high(), i.pValue())).toList();
        List<SobolIndex> namedSobol = sobol.stream().map(i -> new SobolIndex(label(i.parameter(), names), i.first(),
                i.firstLow(), i.firstHigh(), i.total(), i.totalLow(), i.totalHigh())).toList();
        return new SweepFinding(scenarioSha256, targetText, design, parameters,
                primSentence.map(t -> names.relabel(t, paths)), primCoverageSentence.map(t -> names.relabel(t, paths)),
                primCases, primNote.map(t -> names.relabel(t, paths)), namedPrcc, namedSobol);
    }

    private static String label(String parameter, ScenarioNames names) {
        return parameter.equals(Factor.DUMMY) ? parameter : names.parameter(parameter);
    }

    /**
     * The tornado chart of the ranking laid out for the brief, or empty when the sweep has no
     * indices (e.g. its target never happened).
     */
    public Optional<JFreeChart> tornado() {
        TornadoChart.Layout brief = TornadoChart.Layout.BRIEF;
        if (!sobol.isEmpty()) return Optional.of(TornadoChart.sobolChart(sobol, targetText, design, brief));
        if (!prcc.isEmpty()) return Optional.of(TornadoChart.prccChart(prcc, targetText, design, brief));
        return Optional.empty();
    }

    /**
     * The finding in two or three sentences: the strongest driver with its index and interval, and
     * PRIM's conditions (or why there are none).
     */
    public String sentence() {
        List<String> sentences = new ArrayList<>();
        String swept = String.format(Locale.ROOT, "A sweep of %d parameter%s (%s)", parameters,
                parameters == 1 ? "" : "s", design);
        if (!sobol.isEmpty()) {
            // The dummy is the noise floor, not a parameter: it is named as such, never as the driver.
            SobolIndex top = sobol.stream().filter(i -> !i.parameter().equals(Factor.DUMMY)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Sobol indices of the dummy alone"));
            Optional<SobolIndex> dummy = sobol.stream().filter(i -> i.parameter().equals(Factor.DUMMY)).findFirst();
            String interval = "(95% interval " + SweepText.number(top.totalLow()) + " to "
                    + SweepText.number(top.totalHigh());
            if (dummy.isPresent() && top.total() <= dummy.get().total()) {
                sentences.add(swept + " finds no parameter that moves " + targetText + " more than noise does: the"
                        + " largest total Sobol index, " + top.parameter() + "'s, is " + SweepText.number(top.total())
                        + " " + interval + "), no more than the " + SweepText.number(dummy.get().total())
                        + " of a dummy parameter the model never reads.");
            } else {
                sentences.add(swept + " finds that " + top.parameter() + " moves " + targetText + " most: its total"
                        + " Sobol index is " + SweepText.number(top.total()) + " " + interval + dummy.map(d -> "; a"
                        + " dummy parameter the model never reads gets " + SweepText.number(d.total())
                        + ", the noise floor").orElse("") + ").");
            }
        } else if (!prcc.isEmpty()) {
            PrccIndex top = prcc.get(0);
            sentences.add(swept + " finds that " + top.parameter() + " moves " + targetText + " most: "
                    + (top.prcc() < 0 ? "the higher it is, the lower " : "the higher it is, the higher ") + targetText
                    + " (partial rank correlation " + SweepText.number(top.prcc()) + ", 95% interval "
                    + SweepText.number(top.low()) + " to " + SweepText.number(top.high()) + ").");
        } else {
            sentences.add(swept + " could not rank the parameters.");
        }
        if (primSentence.isPresent()) {
            // The counts say how much the share rests on; it is in-sample, so it flatters the box a little.
            sentences.add(primSentence.get() + primCases.map(c -> String.format(Locale.ROOT,
                    " (%,d of the %,d design points in the box)", c.positives(), c.cases())).orElse("") + ".");
            primCoverageSentence.ifPresent(sentences::add);
        } else {
            primNote.ifPresent(note -> sentences.add("Scenario discovery (PRIM): " + note
                    + (note.endsWith(".") ? "" : ".")));
        }
        return String.join(" ", sentences);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
