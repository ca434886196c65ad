package org.treatysim.report.brief;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.treatysim.report.chart.ForecastWindow;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.stats.ForecastSummary;

/**
 * Everything a brief is made from.
 *
 * @param summary       the forecast
 * @param window        the scenario's start and horizon (the summary does not carry them)
 * @param description   the scenario's description, shown under the headline; may be empty
 * @param assumptions   the scenario's parameters with values and source comments, in scenario order
 * @param sweepSentence a finding of the sensitivity analysis, e.g. "P(signed by end-2025) ≥ 0.5 in
 *                      83% of cases where …", shown under "What drives the forecast"
 * @param extraCharts   further charts (a tornado chart, …), shown after the forecast's own
 * @param names         the scenario's names for its actors and issues, for readable labels
 * @param findings      the signposts and drivers from the forecast's runs, when runs.csv.gz was written
 * @param driverCharts  the chart of those drivers; shown only when no sweep's finding replaces them
 * @param update        what treatysim update found for the same scenario file, when it has run
 * @param whatIfs       variants treatysim compare ran against the forecast's scenario (may be empty)
 * @param whatIfFolder  the comparison folder they come from, for the note; empty without what-ifs
 * @param traces        pages of single runs written beside the brief, linked from it (may be empty)
 * @param whatIfCharts  the curves of that comparison, shown in the annex (empty without what-ifs)
 */
public record BriefInput(ForecastSummary summary, ForecastWindow window, String description,
                         List<Assumption> assumptions, Optional<String> sweepSentence,
                         List<CaptionedChart> extraCharts, ScenarioNames names,
                         Optional<RunFindings> findings, List<CaptionedChart> driverCharts,
                         Optional<UpdateNote> update, List<WhatIf> whatIfs, String whatIfFolder,
                         List<TraceLink> traces, List<CaptionedChart> whatIfCharts) {
    public BriefInput {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(window, "window");
        names = names == null ? ScenarioNames.NONE : names;
        findings = findings == null ? Optional.empty() : findings;
        driverCharts = List.copyOf(driverCharts);
        update = update == null ? Optional.empty() : update;
        whatIfs = List.copyOf(whatIfs);
        whatIfFolder = whatIfFolder == null ? "" : whatIfFolder;
        description = description == null ? "" : description.strip();
        assumptions = List.copyOf(assumptions);
        sweepSentence = sweepSentence == null ? Optional.empty() : sweepSentence.filter(s -> !s.isBlank());
        extraCharts = List.copyOf(extraCharts);
        traces = List.copyOf(traces);
        whatIfCharts = List.copyOf(whatIfCharts);
    }

    /** A brief of the forecast and its assumptions alone. */
    public static BriefInput of(ForecastSummary summary, ForecastWindow window, List<Assumption> assumptions) {
        return new BriefInput(summary, window, "", assumptions, Optional.empty(), List.of(), ScenarioNames.NONE,
                Optional.empty(), List.of(), Optional.empty(), List.of(), "", List.of(), List.of());
    }

    /** The same input with the scenario's description. */
    public BriefInput withDescription(String text) {
        return new BriefInput(summary, window, text, assumptions, sweepSentence, extraCharts, names, findings,
                driverCharts, update, whatIfs, whatIfFolder, traces, whatIfCharts);
    }

    /** The same input with a sensitivity finding and the charts that go with it (e.g. the tornado chart). */
    public BriefInput withSweep(String sentence, List<CaptionedChart> charts) {
        List<CaptionedChart> all = new java.util.ArrayList<>(extraCharts);
        all.addAll(charts);
        return new BriefInput(summary, window, description, assumptions, Optional.of(sentence), all, names, findings,
                driverCharts, update, whatIfs, whatIfFolder, traces, whatIfCharts);
    }

    /** The same input with what treatysim update found for the same scenario file. */
    public BriefInput withUpdate(UpdateNote note) {
        return new BriefInput(summary, window, description, assumptions, sweepSentence, extraCharts, names, findings,
                driverCharts, Optional.of(note), whatIfs, whatIfFolder, traces, whatIfCharts);
    }

    /**
     * The same input with the variants a comparison ran against the forecast's scenario, its
     * folder's name, and the chart of its curves.
     */
    public BriefInput withWhatIfs(List<WhatIf> variants, String folder, CaptionedChart chart) {
        return new BriefInput(summary, window, description, assumptions, sweepSentence, extraCharts, names, findings,
                driverCharts, update, variants, folder, traces, List.of(chart));
    }

    /** The charts that go with what drives the forecast: the sweep's when there is one, else the runs' drivers'. */
    List<CaptionedChart> driversFigures() {
        return sweepSentence.isPresent() ? extraCharts : driverCharts;
    }

    /** The same input with the scenario's names, so that labels read "Armenia's patience (days)", not paths. */
    public BriefInput withNames(ScenarioNames scenarioNames) {
        return new BriefInput(summary, window, description, assumptions, sweepSentence, extraCharts, scenarioNames,
                findings, driverCharts, update, whatIfs, whatIfFolder, traces, whatIfCharts);
    }

    /**
     * The same input with the signposts and drivers of the forecast's runs, and the chart of the
     * drivers (shown only when no sweep's finding replaces them, whichever is added first).
     */
    public BriefInput withFindings(RunFindings runFindings, List<CaptionedChart> charts) {
        return new BriefInput(summary, window, description, assumptions, sweepSentence, extraCharts, names,
                Optional.of(runFindings), charts, update, whatIfs, whatIfFolder, traces, whatIfCharts);
    }

    /** The same input with links to pages of single runs beside the brief. */
    public BriefInput withTraces(List<TraceLink> links) {
        return new BriefInput(summary, window, description, assumptions, sweepSentence, extraCharts, names, findings,
                driverCharts, update, whatIfs, whatIfFolder, links, whatIfCharts);
    }
}
