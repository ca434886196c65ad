package org.treatysim.report.trace;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.treatysim.model.NegotiationState;
import org.treatysim.model.StepRecord;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;
import org.treatysim.report.chart.ChartStyle;
import org.treatysim.report.files.JsonFiles;

/**
 * The trace page ({@code treatysim trace --html}): one HTML file from {@code trace.html.mustache}
 * with its stylesheet and script inline and the runs embedded as JSON in a
 * {@code <script type="application/json">} element, with every {@code <}, {@code >} and {@code &}
 * written as a JSON escape so that no text of the scenario can end the element. The page's
 * script puts text on the page only as text (never as markup), and mustache escapes the rest, so
 * a title with markup shows as text. A content security policy forbids every request.
 */
public final class TracePage {
    private static final String RESOURCES = "org/treatysim/report/trace";
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory(RESOURCES);

    private TracePage() { }

    /**
     * Renders the page of {@code runs} (side by side, in the given order) of {@code scenario}.
     *
     * @param version treatysim's version, for the footer
     * @return the page, UTF-8
     */
    public static byte[] render(Scenario scenario, List<TracedRun> runs, String version) {
        if (runs.isEmpty()) throw new IllegalArgumentException("no runs to trace");
        String runList = runs.stream().map(r -> Integer.toString(r.result().run())).collect(Collectors.joining(", "));
        Map<String, Object> view = Map.of(
                "title", scenario.title(),
                "runs", (runs.size() == 1 ? "run " : "runs ") + runList,
                "version", version,
                "style", resource("trace.css"),
                "script", resource("trace.js"),
                "data", embeddable(json(page(scenario, runs, version))));
        StringWriter out = new StringWriter();
        TEMPLATES.compile("trace.html.mustache").execute(out, view);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static TraceJson.Page page(Scenario scenario, List<TracedRun> runs, String version) {
        List<TraceJson.Named> parties = scenario.parties().stream().map(p -> new TraceJson.Named(p.id(), p.name()))
                .toList();
        List<TraceJson.Named> issues = scenario.issues().stream().map(i -> new TraceJson.Named(i.id(), i.title()))
                .toList();
        List<TraceJson.Named> mediators = scenario.mediators().stream()
                .map(m -> new TraceJson.Named(m.id(), m.name())).toList();
        List<TraceJson.Named> patrons = scenario.patrons().stream().map(p -> new TraceJson.Named(p.id(), p.name()))
                .toList();
        List<TraceJson.Marker> deadlines = scenario.deadlines().stream()
                .map(d -> new TraceJson.Marker(d.label(), d.date(), d.end())).toList();
        List<TraceJson.Marker> events = scenario.events().stream()
                .map(e -> new TraceJson.Marker(e.label(), e.date(), null)).toList();
        TraceJson.Palette palette = new TraceJson.Palette(
                List.of(hex(ChartStyle.BLUE), hex(ChartStyle.VERMILLION)), hex(ChartStyle.BLACK),
                hex(ChartStyle.BLUISH_GREEN), hex(ChartStyle.ORANGE), hex(ChartStyle.VERMILLION),
                hex(ChartStyle.REDDISH_PURPLE),
                List.of(hex(ChartStyle.BLUISH_GREEN), hex(ChartStyle.REDDISH_PURPLE), hex(ChartStyle.ORANGE),
                        hex(ChartStyle.SKY_BLUE), hex(ChartStyle.BLUE), hex(ChartStyle.VERMILLION)),
                stateColours());
        TraceLog log = new TraceLog(scenario);
        List<TraceJson.Run> traced = runs.stream().map(run -> run(run, log)).toList();
        return new TraceJson.Page(scenario.id(), scenario.title(), version, parties, issues, mediators, patrons,
                deadlines, events, palette, traced);
    }

    private static TraceJson.Run run(TracedRun run, TraceLog log) {
        List<TraceJson.Marker> milestones = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            if (milestone.dayIn(run.result()) != null) {
                milestones.add(new TraceJson.Marker(milestone.label(), milestone.dayIn(run.result()), null));
            }
        }
        List<TraceJson.Step> steps = new ArrayList<>(run.steps().size());
        StepRecord previous = null;
        for (StepRecord step : run.steps()) {
            steps.add(step(step, log.sentences(previous, step)));
            previous = step;
        }
        return new TraceJson.Run(run.result().run(), run.result().seed(), run.result().outcome().name(), milestones,
                rounded(run.ideal()), rounded(run.reservation()), steps);
    }

    private static TraceJson.Step step(StepRecord step, List<String> log) {
        List<TraceJson.PartyAt> parties = step.parties().stream().map(p -> new TraceJson.PartyAt(
                rounded(p.clock()), rounded(p.concessionShare()), rounded(p.offerUtility()),
                rounded(p.mediatorPressure()), rounded(p.deadlinePressure()), rounded(p.reciprocityPressure()),
                rounded(p.patronPressure()), rounded(p.effectiveBatna()), rounded(p.sidePayments()),
                rounded(p.draftUtility()), rounded(p.acceptanceFloor()),
                Double.isNaN(p.draftUtility()) ? null : p.acceptsDraft(), rounded(p.acceptableLow()),
                rounded(p.acceptableHigh()), rounded(p.floorMiss()))).toList();
        List<TraceJson.IssueAt> issues = step.issues().stream().map(i -> new TraceJson.IssueAt(i.status().name(),
                rounded(i.firstOffer()), rounded(i.secondOffer()), rounded(i.drafted()), rounded(i.value()))).toList();
        List<TraceJson.MediatorAt> mediators = step.mediators().stream().map(m -> new TraceJson.MediatorAt(
                rounded(m.engagement()), rounded(m.firstTrust()), rounded(m.secondTrust()), rounded(m.standing())))
                .toList();
        List<Double> patrons = step.patrons().stream().map(p -> rounded(p.influence())).toList();
        return new TraceJson.Step(step.step(), step.date(), step.state().name(), step.paused(), step.leadMediator(),
                parties, issues, mediators, patrons, step.clashes(), step.spoilers(), log);
    }

    /** Four decimals as {@code trace --csv} writes them (half up), or null for NaN. */
    static Double rounded(double value) {
        return Double.isNaN(value) ? null : Double.valueOf(String.format(Locale.ROOT, "%.4f", value));
    }

    private static List<List<Double>> rounded(double[][] values) {
        return Arrays.stream(values).map(row -> Arrays.stream(row).mapToObj(TracePage::rounded).toList()).toList();
    }

    private static String json(TraceJson.Page page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonFiles.write(page, JsonFiles.Layout.COMPACT, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the trace data to memory", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** JSON that can sit inside a script element: no character of it can close the element or open a comment. */
    static String embeddable(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * The colours of the chart of state shares; negotiating, near-white there, is a light grey here,
     * where it stands alone on white, and a stalled run (not in that chart) a darker grey.
     */
    private static Map<String, String> stateColours() {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put(NegotiationState.NEGOTIATING.name(), "#D9D9D9");
        colours.put(NegotiationState.TEXT_AGREED.name(), hex(ChartStyle.YELLOW));
        colours.put(NegotiationState.INITIALED.name(), hex(ChartStyle.YELLOW));
        colours.put(NegotiationState.AWAITING_REFERENDUM.name(), hex(ChartStyle.SKY_BLUE));
        colours.put(NegotiationState.SIGNED.name(), hex(ChartStyle.BLUE));
        colours.put(NegotiationState.COLLAPSED.name(), hex(ChartStyle.VERMILLION));
        colours.put(NegotiationState.STALLED.name(), "#8C8C8C");
        return colours;
    }

    private static String hex(Color color) {
        return String.format(Locale.ROOT, "#%06X", color.getRGB() & 0xFFFFFF);
    }

    private static String resource(String name) {
        try (InputStream in = TracePage.class.getClassLoader().getResourceAsStream(RESOURCES + "/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + "/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }
}
