package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.LoadedCalibration;
import org.treatysim.montecarlo.sweep.SweepMethod;
import org.treatysim.montecarlo.sweep.SweepPlan;
import org.treatysim.montecarlo.sweep.SweepResult;
import org.treatysim.montecarlo.sweep.Target;
import org.treatysim.report.sweep.BoxesCsv;
import org.treatysim.report.sweep.DesignCsv;
import org.treatysim.report.sweep.IndicesCsv;
import org.treatysim.report.sweep.ScatterChart;
import org.treatysim.report.sweep.SweepChart;
import org.treatysim.report.sweep.SweepJson;
import org.treatysim.report.sweep.SweepSummary;
import org.treatysim.report.sweep.SweepText;
import org.treatysim.report.sweep.TornadoChart;
import org.treatysim.stats.sensitivity.Prcc;

/**
 * The files of a sweep's folder ({@code <out>/<scenario>/sweep/}) from the sweep's result:
 * design.csv, indices.csv, boxes.csv, the tornado chart (when there are indices) and the scatter
 * chart, PNG and SVG, and sweep.json (docs/sweep.md).
 */
final class SweepFolder {
    private SweepFolder() { }

    /**
     * A finished sweep.
     *
     * @param result  what the runs gave
     * @param summary what sweep.json holds
     */
    record Swept(SweepResult result, SweepSummary summary) { }

    /**
     * The summary of a sweep, for sweep.json and the report.
     *
     * @param sha256 hex SHA-256 of the scenario file's bytes
     * @param varied the {@code --vary} parameters, by path
     */
    static SweepSummary summary(SweepResult result, String sha256, Optional<LoadedCalibration> calibration,
                                Map<String, Quantity> varied) {
        Scenario scenario = result.scenario();
        SweepPlan plan = result.plan();
        long points = result.design().size();
        List<SweepSummary.FactorEntry> factors = result.factors().stream()
                .map(f -> new SweepSummary.FactorEntry(f.name(), f.distribution().describe(),
                        varied.containsKey(f.name()) ? "--vary" : "scenario"))
                .toList();
        Target target = plan.target();
        return new SweepSummary(ResultsCommand.provenance(scenario, sha256, points * plan.runsPerPoint(), plan.seed(),
                ResultsCommand.now(), calibration), target.event().key(), target.date(), target.describe(), plan.threshold(),
                result.outcome(), plan.method().key(), plan.samples(), plan.levels(), result.design().size(),
                plan.runsPerPoint(), factors, SweepSummary.Spread.of(result.estimates().shares()), result.sobol(),
                Prcc.byStrength(result.prcc()), result.boxes(), result.simplified(), result.indicesNote(),
                result.boxesNote(), result.hasIndices());
    }

    /** The design in words, e.g. "Latin hypercube of 1,000 points". */
    static String design(SweepPlan plan, long points) {
        return SweepText.design(plan.method().key(), plan.samples(), plan.levels(), points);
    }

    /** Every file of the folder, into {@code folder}. */
    static void write(Path folder, Swept swept) throws IOException {
        SweepResult result = swept.result();
        SweepSummary summary = swept.summary();
        ResultsFiles.writeText(folder, SweepJson.DESIGN,
                w -> DesignCsv.write(result.design(), result.estimates().estimates(), w));
        ResultsFiles.writeText(folder, SweepJson.INDICES, w -> {
            if (result.sobol().isPresent()) {
                IndicesCsv.writeSobol(result.sobol().get().byTotalDescending(), w);
            } else if (result.plan().method() == SweepMethod.SOBOL) {
                IndicesCsv.writeSobol(List.of(), w);
            } else {
                IndicesCsv.writePrcc(summary.prcc(), w);
            }
        });
        ResultsFiles.writeText(folder, SweepJson.BOXES,
                w -> BoxesCsv.write(result.design().factors(), result.boxes(), result.simplified(), w));
        writeCharts(folder, swept);
        ResultsFiles.writeBytes(folder, SweepJson.SWEEP, o -> SweepJson.write(summary, o));
    }

    /** The tornado chart (when the parameters could be ranked) and the scatter chart. */
    private static void writeCharts(Path folder, Swept swept) throws IOException {
        SweepResult result = swept.result();
        SweepSummary summary = swept.summary();
        Files.createDirectories(folder.resolve(ResultsFiles.CHARTS));
        String targetText = summary.targetText();
        String design = design(result.plan(), result.design().size()) + " × " + result.plan().runsPerPoint() + " runs";
        ScenarioNames names = ScenarioNaming.of(result.scenario());
        if (result.hasIndices()) {
            // The charts name parameters by their labels; sweep.json and the CSV files keep the paths.
            SweepChart tornado = result.sobol().isPresent()
                    ? TornadoChart.sobol(result.sobol().get().byTotalDescending().stream().map(i -> new SobolIndex(
                            label(names, i.parameter()), i.first(), i.firstLow(), i.firstHigh(), i.total(), i.totalLow(),
                            i.totalHigh())).toList(), targetText, design)
                    : TornadoChart.prcc(summary.prcc().stream().map(i -> new PrccIndex(label(names, i.parameter()),
                            i.prcc(), i.low(), i.high(), i.pValue())).toList(), targetText, design);
            writeChart(folder, tornado, SweepJson.TORNADO);
        }
        SweepChart scatter = ScatterChart.of(result.design(), result.estimates().shares(), result.ranking(),
                result.plan().threshold(), targetText, path -> label(names, path));
        writeChart(folder, scatter, SweepJson.SCATTER);
    }

    /** A parameter's readable label; the noise floor's dummy keeps its own name. */
    private static String label(ScenarioNames names, String path) {
        return path.equals(Factor.DUMMY) ? path : names.parameter(path);
    }

    /** The chart as the PNG, SVG and PDF files that sweep.json names. */
    private static void writeChart(Path folder, SweepChart chart, SweepJson.Chart files) throws IOException {
        ResultsFiles.writeBytes(folder, files.png(), chart::writePng);
        ResultsFiles.writeText(folder, files.svg(), chart::writeSvg);
        ResultsFiles.writeBytes(folder, files.pdf(), chart::writePdf);
    }
}
