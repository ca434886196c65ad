package org.treatysim.report.brief;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ChartExport;
import org.treatysim.report.chart.Charts;
import org.treatysim.report.chart.ForecastWindow;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.chart.ProbabilityWords;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.ReferendumOutcomes;

/**
 * What the brief says, medium-independent: the HTML template and the PDF layout both read it.
 * Numbers are formatted here and set into sentence templates ({@link Sentences}).
 *
 * @param title           the scenario's title
 * @param scenario        the scenario id
 * @param window          "24 Sep 2024 – 31 Dec 2026"
 * @param runs            "10,000"
 * @param created         when the results were made, "25 Sep 2024, 08:30 UTC"
 * @param headline        the headline sentence, in notation: "P(treaty signed by 31 Dec 2025) = …"
 * @param keyJudgments    three to five plain sentences with a probability word each ({@link KeyJudgments})
 * @param scaleNote       the scale of probability words and what the numbers are
 * @param description     the scenario's description (may be empty)
 * @param lead            the paragraph under the headline: the outcomes by the horizon
 * @param keyDates        rows of the table of probabilities at key dates
 * @param keyDatesNote    how to read that table
 * @param deadlines       one block per deadline
 * @param referendum      the referendum's role, when the scenario has one
 * @param signposts       what to watch: sentences of {@link #signpost}, most telling first (may be empty)
 * @param signpostsNote   how the signposts are made, or why there are none
 * @param update          what was observed since the forecast and what it changes, when treatysim update has run
 * @param whatIfs         one sentence per variant treatysim compare ran against the scenario (may be empty)
 * @param whatIfNote      where those come from and how to read them; empty without them
 * @param drivers         what drives the forecast: the sweep's finding, or one sentence per driver (may be empty)
 * @param driversNote     how the drivers are measured, or why there are none; empty with a sweep
 * @param figures         the charts with their captions, numbered from 1
 * @param assumptions     the table of assumptions
 * @param sources         every source the assumptions cite, fully, in order of first citation
 * @param caveats         what the model does not capture, one sentence each
 * @param provenance      where the figures come from
 * @param readingNote     what every probability means, and what the intervals do not cover
 * @param traces          links to pages of single runs beside the brief (may be empty)
 */
record BriefView(String title, String scenario, String window, String runs, String created, String headline,
                 List<String> keyJudgments, String scaleNote, String description, String lead, List<KeyDateRow> keyDates, String keyDatesNote,
                 List<DeadlineView> deadlines, Optional<ReferendumView> referendum, List<String> signposts,
                 String signpostsNote, Optional<String> update, List<String> whatIfs, String whatIfNote,
                 List<String> drivers, String driversNote,
                 List<FigureView> figures, List<AssumptionGroup> assumptions, List<SourceView> sources,
                 List<String> caveats, List<Entry> provenance, String readingNote, List<TraceLink> traces) {

    /** A row of the key-dates table; cells read "0.41 (0.40–0.42)". */
    record KeyDateRow(String date, String textAgreed, String initialed, String signed, boolean headline) { }

    /** One deadline: a table of shares by its end and after it, and sentences. */
    record DeadlineView(String heading, String byEndHeader, String afterHeader, List<DeadlineRow> rows,
                        List<String> sentences) { }

    /** A row of a deadline's table. */
    record DeadlineRow(String milestone, String byEnd, String after) { }

    /** The referendum's role, in sentences. */
    record ReferendumView(List<String> sentences) { }

    /**
     * A cited source in full.
     *
     * @param tag      as cited, "[F-13-of-16]"
     * @param anchor   its id on the HTML page, "src-F-13-of-16"
     * @param citation what it is, with its dates and where it was published
     * @param link     where to open it, or empty
     */
    record SourceView(String tag, String anchor, String citation, String link) {
        boolean hasLink() {
            return !link.isEmpty();
        }
    }

    /** The main chart, on the first page. */
    FigureView mainFigure() {
        return figures.get(0);
    }

    /** The charts that go with the body's sections (what drives the forecast). */
    List<FigureView> bodyFigures() {
        return figures.stream().filter(f -> f.place() == Place.BODY).toList();
    }

    /** The forecast's further charts, in the annex. */
    List<FigureView> annexFigures() {
        return figures.stream().filter(f -> f.place() == Place.ANNEX).toList();
    }

    boolean hasWhatIfs() {
        return !whatIfs.isEmpty();
    }

    boolean hasSources() {
        return !sources.isEmpty();
    }

    /** Where a chart goes: the first page, the body, or the annex. */
    enum Place { MAIN, BODY, ANNEX }

    /** A chart with its number, title and caption; {@link #svg()} draws it for HTML. */
    record FigureView(String id, int number, String title, String caption, NamedChart chart, Place place) {
        /** The chart as an inline SVG element. */
        String svg() {
            return ChartExport.svgElement(chart.chart(), "fig-" + chart.name());
        }
    }

    /**
     * The assumptions about one actor or mechanism.
     *
     * @param heading the actor's name or the mechanism, "Armenia", "Ratification and the referendum"
     * @param rows    its parameters, in scenario order
     */
    record AssumptionGroup(String heading, List<AssumptionRow> rows) { }

    /**
     * One assumption as the annex shows it.
     *
     * @param label  the parameter's readable label
     * @param value  its value, or its distribution in words
     * @param source where it comes from, as the scenario's comment gives it; empty when it gives none
     */
    record AssumptionRow(String label, String value, String source) { }

    /** A labelled value. */
    record Entry(String name, String value) { }

    /** True when the brief links pages of single runs. */
    boolean hasTraces() {
        return !traces.isEmpty();
    }

    boolean hasDeadlines() {
        return !deadlines.isEmpty();
    }

    boolean hasAssumptions() {
        return !assumptions.isEmpty();
    }

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    /** Builds the view: computes the figures, sets them into sentences and builds the charts. */
    static BriefView of(BriefInput input) {
        ForecastSummary s = input.summary();
        ForecastWindow w = input.window();
        Provenance p = s.provenance();
        BriefFigures figures = new BriefFigures(s, w);
        String runs = ReportText.count(figures.runs());
        String horizon = ReportText.date(w.horizon());

        LocalDate headlineDate = BriefFigures.headlineDate(w);
        Estimate headlineEstimate = figures.at(Milestone.SIGNED, headlineDate);
        String headline = Sentences.render("headline", Map.of("date", ReportText.date(headlineDate),
                "p", ReportText.value(headlineEstimate), "interval", ReportText.interval(headlineEstimate),
                "runs", runs));

        Estimate signed = figures.byHorizon(Milestone.SIGNED);
        Estimate text = figures.byHorizon(Milestone.TEXT_AGREED);
        Estimate collapsed = figures.byHorizon(Milestone.COLLAPSED);
        String lead = Sentences.render("lead", Map.of("runs", runs, "start", ReportText.date(w.start()),
                "horizon", horizon, "signed", ReportText.value(signed), "signedInterval", ReportText.interval(signed),
                "text", ReportText.value(text), "textInterval", ReportText.interval(text),
                "collapsed", ReportText.value(collapsed), "collapsedInterval", ReportText.interval(collapsed)))
                + (p.calibration() == null ? "" : " " + p.calibration().sentence());

        List<KeyDateRow> keyDates = new ArrayList<>();
        for (LocalDate date : BriefFigures.keyDates(w)) {
            keyDates.add(new KeyDateRow(ReportText.date(date) + (date.equals(w.horizon()) ? " (horizon)" : ""),
                    cell(figures.at(Milestone.TEXT_AGREED, date)),
                    cell(figures.at(Milestone.INITIALED, date)),
                    cell(figures.at(Milestone.SIGNED, date)), date.equals(headlineDate)));
        }
        Map<String, Object> noteScope = new LinkedHashMap<>();
        noteScope.put("runs", runs);
        noteScope.put("stepDays", stepDays(s).map(String::valueOf));
        String keyDatesNote = Sentences.render("key-dates-note", noteScope);

        List<DeadlineView> deadlines = new ArrayList<>();
        for (BriefFigures.DeadlineEffect effect : figures.deadlines()) {
            deadlines.add(deadline(effect, runs, horizon));
        }

        Optional<ReferendumView> referendum = figures.referendum().map(role -> referendum(role, runs, horizon));

        List<FigureView> figureViews = new ArrayList<>();
        List<NamedChart> charts = Charts.build(s, w, input.names());
        List<String> parties = s.concessions().keySet().stream().map(input.names()::party).toList();
        Map<String, String> captions = Map.of(
                Charts.SIGNED_BY_DATE, Sentences.render("caption-signed-by-date", Map.of("p", ReportText.value(signed),
                        "horizon", horizon, "interval", ReportText.interval(signed), "runs", runs)),
                Charts.STATE_SHARES, Sentences.render("caption-state-shares", Map.of("runs", runs)),
                Charts.SIGNING_DATES, Sentences.render("caption-signing-dates", Map.of("runs", runs)),
                Charts.AGREED_TERMS, Sentences.render("caption-agreed-terms", Map.of(
                        "first", parties.isEmpty() ? "the first party" : parties.get(0),
                        "second", parties.size() < 2 ? "the second party" : parties.get(1))),
                Charts.CONCESSIONS, Sentences.render("caption-concessions", Map.of("runs", runs)));
        // Numbered in reading order: the main chart on the first page, the body's, then the annex's.
        NamedChart main = charts.get(0);
        figureViews.add(new FigureView("fig-" + main.name(), 1, main.title(), captions.get(main.name()), main, Place.MAIN));
        for (CaptionedChart extra : input.driversFigures()) {
            figureViews.add(new FigureView("fig-" + extra.chart().name(), figureViews.size() + 1, extra.chart().title(),
                    extra.caption(), extra.chart(), Place.BODY));
        }
        for (NamedChart chart : charts.subList(1, charts.size())) {
            figureViews.add(new FigureView("fig-" + chart.name(), figureViews.size() + 1, chart.title(),
                    captions.get(chart.name()), chart, Place.ANNEX));
        }
        for (CaptionedChart whatIf : input.whatIfCharts()) {
            figureViews.add(new FigureView("fig-" + whatIf.chart().name(), figureViews.size() + 1,
                    whatIf.chart().title(), whatIf.caption(), whatIf.chart(), Place.ANNEX));
        }

        List<Entry> provenance = new ArrayList<>(List.of(
                new Entry("Scenario", p.scenario()),
                new Entry("Title", p.title()),
                new Entry("Forecast window", ReportText.dateRange(w.start(), w.horizon())),
                new Entry("Scenario SHA-256", p.scenarioSha256())));
        if (p.calibration() != null) {
            provenance.add(new Entry("Calibration", p.calibration().sentence()));
            provenance.add(new Entry("Calibration SHA-256", p.calibration().sha256()));
        }
        provenance.addAll(List.of(
                new Entry("Seed", Long.toString(p.seed())),
                new Entry("Runs", runs),
                new Entry("treatysim version", p.version()),
                new Entry("Java", p.java()),
                new Entry("Created", p.createdAt().toString())));

        return new BriefView(p.title(), p.scenario(), ReportText.dateRange(w.start(), w.horizon()), runs,
                CREATED.format(p.createdAt().atOffset(ZoneOffset.UTC)), headline, KeyJudgments.of(figures, w),
                Sentences.render("judgment-scale", Map.of("legend", ProbabilityWords.legend(), "runs", runs)),
                input.description(), lead,
                List.copyOf(keyDates), keyDatesNote, List.copyOf(deadlines), referendum, signposts(input.findings(), input.names()),
                signpostsNote(input.findings()), input.update().map(BriefView::update),
                input.whatIfs().stream().map(BriefView::whatIf).toList(), input.whatIfs().isEmpty() ? ""
                        : Sentences.render("what-if-note", Map.of("folder", input.whatIfFolder())),
                drivers(input), driversNote(input),
                List.copyOf(figureViews), assumptionGroups(input.assumptions(), input.names()), sources(input.assumptions()),
                BriefResources.caveats(), provenance,
                Sentences.render("reading-note", Map.of("runs", runs)), input.traces());
    }

    /** How a reader can watch for each milestone, "the text is agreed", as a signpost's condition. */
    private static final Map<Milestone, String> WATCHED = Map.of(Milestone.TEXT_AGREED, "the text is agreed",
            Milestone.INITIALED, "the text is initialed", Milestone.REFERENDUM_HELD, "the referendum is held",
            Milestone.REFERENDUM_PASSED, "the referendum passes", Milestone.SIGNED, "the treaty is signed",
            Milestone.COLLAPSED, "the talks collapse");

    /** "If the text is agreed by 31 Mar 2025, a signature by 31 Dec 2026 is likely (…); if not, it is unlikely (…)". */
    static String signpost(RunFindings findings, RunFindings.Signpost s) {
        Estimate ifReached = Proportion.wilson(s.signedIf(), s.runsIf());
        Estimate ifNot = Proportion.wilson(s.signedIfNot(), s.runsIfNot());
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("event", WATCHED.get(s.milestone()));
        scope.put("date", ReportText.date(s.date()));
        scope.put("outcomeDate", ReportText.date(findings.outcomeDate()));
        scope.put("predicate", ProbabilityWords.of(ifReached).predicate());
        scope.put("numbers", KeyJudgments.numbers(ifReached, ReportText.count(s.runsIf())));
        scope.put("predicateNot", ProbabilityWords.of(ifNot).predicate());
        scope.put("numbersNot", KeyJudgments.numbers(ifNot, ReportText.count(s.runsIfNot())));
        return Sentences.render("signpost", scope);
    }

    private static List<String> signposts(Optional<RunFindings> findings, ScenarioNames names) {
        if (findings.isEmpty()) return List.of();
        return findings.get().signposts().stream().map(s -> signpost(findings.get(), s)).toList();
    }

    private static String signpostsNote(Optional<RunFindings> findings) {
        if (findings.isEmpty()) return Sentences.render("signposts-missing", Map.of());
        Estimate overall = Proportion.wilson(findings.get().signed(), findings.get().runs());
        Map<String, Object> scope = Map.of("runs", ReportText.count(findings.get().runs()),
                "outcomeDate", ReportText.date(findings.get().outcomeDate()),
                "overall", ReportText.percentWithInterval(overall),
                "minRuns", ReportText.count(RunFindings.MIN_RUNS),
                "shift", String.valueOf(Math.round(RunFindings.SHIFT * 100)));
        return Sentences.render(findings.get().signposts().isEmpty() ? "signposts-none" : "signposts-note", scope);
    }

    /** "Given what was observed up to 31 Mar 2025 (…), a signature by 31 Dec 2026 is likely (…), against 27.7% (26.8–28.6%) before". */
    static String update(UpdateNote u) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("asOf", ReportText.date(u.asOf()));
        scope.put("observations", String.valueOf(u.observations()));
        scope.put("one", u.observations() == 1);
        scope.put("accepted", ReportText.count(u.accepted()));
        scope.put("runsMade", ReportText.count(u.runsMade()));
        scope.put("horizon", ReportText.date(u.horizon()));
        scope.put("predicate", ProbabilityWords.of(u.after()).predicate());
        scope.put("numbers", KeyJudgments.numbers(u.after(), ReportText.count(u.accepted())));
        scope.put("before", ReportText.percentWithInterval(u.before()));
        return Sentences.render("update", scope);
    }

    /** "US disengaged: a signature by 31 Dec 2026 is unlikely (…), 5.1 percentage points lower than in the forecast's scenario (…)". */
    static String whatIf(WhatIf w) {
        boolean clear = w.low() > 0 || w.high() < 0;
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", w.title());
        scope.put("date", ReportText.date(w.date()));
        scope.put("predicate", ProbabilityWords.of(w.probability()).predicate());
        scope.put("numbers", KeyJudgments.numbers(w.probability(), ReportText.count(w.runs())));
        scope.put("clear", clear);
        scope.put("points", String.format(Locale.ROOT, "%.1f", Math.abs(w.difference()) * 100));
        scope.put("direction", w.difference() > 0 ? "higher" : "lower");
        scope.put("difference", points(w.difference()));
        scope.put("low", points(w.low()));
        scope.put("high", points(w.high()));
        return Sentences.render("what-if", scope);
    }

    /** A difference of probabilities in percentage points with its sign: "+5.1", "−0.3". */
    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.1f", difference * 100).replace('-', '−');
    }

    /** Drivers the brief names in words at most. */
    static final int MOST_DRIVERS = 5;

    /** The sweep's finding when there is one; else one sentence for each of the strongest drivers of the runs. */
    private static List<String> drivers(BriefInput input) {
        if (input.sweepSentence().isPresent()) return List.of(input.sweepSentence().get());
        if (input.findings().isEmpty()) return List.of();
        RunFindings findings = input.findings().get();
        List<String> sentences = new ArrayList<>();
        for (RunFindings.Driver d : findings.drivers().subList(0, Math.min(MOST_DRIVERS, findings.drivers().size()))) {
            Map<String, Object> scope = new LinkedHashMap<>();
            scope.put("label", input.names().parameter(d.path()));
            scope.put("clear", d.clear());
            scope.put("direction", d.prcc() > 0 ? "likelier" : "less likely");
            scope.put("outcomeDate", ReportText.date(findings.outcomeDate()));
            scope.put("prcc", signed(d.prcc()));
            scope.put("low", signed(d.low()));
            scope.put("high", signed(d.high()));
            sentences.add(Sentences.render("driver", scope));
        }
        return List.copyOf(sentences);
    }

    private static String driversNote(BriefInput input) {
        if (input.sweepSentence().isPresent()) return "";
        if (input.findings().isEmpty()) return Sentences.render("drivers-missing", Map.of());
        RunFindings findings = input.findings().get();
        return Sentences.render("drivers-intro", Map.of("parameters", String.valueOf(findings.parameters()),
                "outcomeDate", ReportText.date(findings.outcomeDate()), "runs", ReportText.count(findings.runs())));
    }

    /**
     * The pace before a deadline against the pace after it, in words that never read as nonsense:
     * "a pace 2.3 times the later one", "a pace 4% of the later one", "no text agreed in those
     * weeks" (a ratio printed with one decimal would say "0.0 times").
     */
    static String paceComparison(double ratio) {
        if (ratio >= 1) return String.format(Locale.ENGLISH, "a pace %.1f times the later one", ratio);
        if (ratio <= 0) return "no text was agreed in those weeks, against the later pace";
        if (ratio < 0.01) return "a pace under 1% of the later one";
        return String.format(Locale.ENGLISH, "a pace %.0f%% of the later one", ratio * 100);
    }

    /** A correlation with its sign, "+0.42", "−0.05" (a true minus sign). */
    static String signed(double r) {
        return String.format(Locale.ROOT, "%+.2f", r).replace('-', '−');
    }

    /** Every source the assumptions cite that the shipped list knows, in order of first citation. */
    static List<SourceView> sources(List<Assumption> assumptions) {
        Map<String, SourceView> cited = new LinkedHashMap<>();
        for (Assumption a : assumptions) {
            java.util.regex.Matcher tag = BriefResources.TAG.matcher(a.source());
            while (tag.find()) {
                String id = tag.group(1);
                if (cited.containsKey(id)) continue;
                BriefResources.source(id).ifPresent(source -> cited.put(id, new SourceView("[" + id + "]", "src-" + id,
                        source.citation(), source.link().orElse(""))));
            }
        }
        return List.copyOf(cited.values());
    }

    /** The assumptions grouped by actor or mechanism, groups in order of first appearance, labels readable. */
    static List<AssumptionGroup> assumptionGroups(List<Assumption> assumptions, ScenarioNames names) {
        Map<String, List<AssumptionRow>> groups = new LinkedHashMap<>();
        for (Assumption a : assumptions) {
            groups.computeIfAbsent(names.group(a.path()), g -> new ArrayList<>()).add(new AssumptionRow(
                    names.parameter(a.path()), ValueWords.of(a.value(), ValueWords.unit(a.path())), a.source()));
        }
        List<AssumptionGroup> result = new ArrayList<>();
        groups.forEach((heading, rows) -> result.add(new AssumptionGroup(heading, List.copyOf(rows))));
        return List.copyOf(result);
    }

    private static DeadlineView deadline(BriefFigures.DeadlineEffect e, String runs, String horizon) {
        String end = ReportText.date(e.outcome().end());
        String heading = e.outcome().label() + " (" + ReportText.dateRange(e.windowStart(), e.outcome().end()) + ")";
        List<DeadlineRow> rows = List.of(
                new DeadlineRow("Text agreed", cell(e.outcome().textAgreed()), cell(e.textAfter())),
                new DeadlineRow("Signed", cell(e.outcome().signed()), cell(e.signedAfter())));
        List<String> sentences = new ArrayList<>();
        Map<String, Object> shares = new LinkedHashMap<>();
        shares.put("label", e.outcome().label());
        shares.put("end", end);
        shares.put("runs", runs);
        shares.put("horizon", horizon);
        put(shares, "text", e.outcome().textAgreed());
        put(shares, "signed", e.outcome().signed());
        put(shares, "textAfter", e.textAfter());
        put(shares, "signedAfter", e.signedAfter());
        sentences.add(Sentences.render("deadline-shares", shares));
        if (e.paceBefore().isPresent() && e.paceAfter().isPresent()) {
            Map<String, Object> pace = new LinkedHashMap<>();
            pace.put("atRiskBefore", ReportText.count(e.atRiskBefore()));
            pace.put("from", ReportText.date(e.paceFrom()));
            pace.put("weeks", String.valueOf(BriefFigures.PACE_WEEKS));
            pace.put("scaled", ChronoUnit.DAYS.between(e.paceFrom(), e.outcome().end()) != 7L * BriefFigures.PACE_WEEKS);
            put(pace, "before", e.paceBefore().get());
            pace.put("atRiskAfter", ReportText.count(e.atRiskAfter()));
            put(pace, "after", e.paceAfter().get());
            pace.put("ratio", e.paceRatio().map(BriefView::paceComparison));
            sentences.add(Sentences.render("deadline-pace", pace));
        }
        return new DeadlineView(heading, "By " + end, "After it, by " + horizon, rows, List.copyOf(sentences));
    }

    private static ReferendumView referendum(BriefFigures.ReferendumRole role, String runs, String horizon) {
        List<String> sentences = new ArrayList<>();
        if (role.earliest().isPresent() && role.signedBeforeEarliest().isPresent()) {
            Estimate before = role.signedBeforeEarliest().get();
            sentences.add(Sentences.render("referendum-earliest", Map.of("earliest", ReportText.date(role.earliest().get()),
                    "p", ReportText.value(before), "interval", ReportText.interval(before), "runs", runs)));
        }
        sentences.add(Sentences.render("referendum-waiting", Map.of(
                "p", ReportText.value(role.awaitingAtHorizon()), "interval", ReportText.interval(role.awaitingAtHorizon()),
                "runs", runs, "horizon", horizon, "awaitingRuns", ReportText.count(role.awaitingRuns()),
                "pendingRuns", ReportText.count(role.initialedNotSignedRuns()),
                "pending", ReportText.value(role.initialedNotSigned()),
                "pendingInterval", ReportText.interval(role.initialedNotSigned()))));
        if (role.peak().p() > 0) {
            sentences.add(Sentences.render("referendum-peak", Map.of("date", ReportText.date(role.peakDate()),
                    "p", ReportText.value(role.peak()), "interval", ReportText.interval(role.peak()))));
        }
        if (role.votes().isPresent()) {
            ReferendumOutcomes votes = role.votes().get();
            Map<String, Object> scope = new HashMap<>(Map.of("horizon", horizon, "runs", runs));
            put(scope, "held", votes.held());
            put(scope, "passed", votes.passed());
            put(scope, "ended", votes.failedEnded());
            put(scope, "reopened", votes.failedReopened());
            sentences.add(Sentences.render(votes.held().p() > 0 ? "referendum-votes" : "referendum-none", scope));
        } else {
            sentences.add(Sentences.render("referendum-missing", Map.of()));
        }
        return new ReferendumView(List.copyOf(sentences));
    }

    private static void put(Map<String, Object> scope, String name, Estimate estimate) {
        scope.put(name, ReportText.value(estimate));
        scope.put(name + "Interval", ReportText.interval(estimate));
    }

    /** "0.41 (0.40–0.42)". */
    static String cell(Estimate estimate) {
        return ReportText.value(estimate) + " (" + ReportText.interval(estimate) + ")";
    }

    /** Days between the curve's first two points: the model's step. */
    private static Optional<Long> stepDays(ForecastSummary s) {
        if (s.curve().size() < 2) return Optional.empty();
        return Optional.of(ChronoUnit.DAYS.between(s.curve().get(0).date(), s.curve().get(1).date()));
    }
}
