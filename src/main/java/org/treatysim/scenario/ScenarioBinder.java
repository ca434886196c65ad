package org.treatysim.scenario;

import static org.treatysim.scenario.ScenarioKey.ISSUE_AGREED;
import static org.treatysim.scenario.ScenarioKey.ISSUE_ID;
import static org.treatysim.scenario.ScenarioKey.ISSUE_REFERENDUM;
import static org.treatysim.scenario.ScenarioKey.ISSUE_REFERENDUM_THRESHOLD;
import static org.treatysim.scenario.ScenarioKey.ISSUE_TITLE;
import static org.treatysim.scenario.ScenarioKey.TOP_BIAS_PENALTY;
import static org.treatysim.scenario.ScenarioKey.TOP_DESCRIPTION;
import static org.treatysim.scenario.ScenarioKey.TOP_DRAFTING;
import static org.treatysim.scenario.ScenarioKey.TOP_HORIZON;
import static org.treatysim.scenario.ScenarioKey.TOP_PACKAGE_DEAL;
import static org.treatysim.scenario.ScenarioKey.TOP_PRESSURE_TO_BATNA;
import static org.treatysim.scenario.ScenarioKey.TOP_RUNS;
import static org.treatysim.scenario.ScenarioKey.TOP_SEED;
import static org.treatysim.scenario.ScenarioKey.TOP_START;
import static org.treatysim.scenario.ScenarioKey.TOP_STEP_DAYS;
import static org.treatysim.scenario.ScenarioKey.TOP_TITLE;
import static org.treatysim.scenario.ScenarioKey.TOP_TOLERANCE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ShockSpec;

/**
 * Maps a (merged) YAML tree to the {@link Scenario} records, checking everything and collecting
 * every problem instead of stopping at the first. Where a value is wrong it carries on with a
 * neutral stand-in so that later checks still run; the records are built only when nothing was
 * wrong. Records every value's source line and comment on the way.
 *
 * <p>Reads the top level and the issues itself; the actors, the timeline and the events have
 * their own binders, the checks across sections theirs; all read keys as the key table
 * ({@link ScenarioKey}) describes them.
 */
final class ScenarioBinder {
    /** Longest window from start to horizon, in days (100 years): guards against a mistyped year. */
    static final long MAX_WINDOW_DAYS = 36_525;

    private final List<Problem> problems = new ArrayList<>();
    private final List<ParameterSource> sources = new ArrayList<>();
    private final ValueReader values = new ValueReader(problems, sources, "2024-09-24");
    private final KeyReader keys = new KeyReader(values);
    private final ActorsBinder actorsBinder = new ActorsBinder(keys);
    private final TimelineBinder timeline = new TimelineBinder(keys);
    private final EventsBinder eventsBinder = new EventsBinder(keys);
    private final CrossChecks crossChecks = new CrossChecks(values);

    /** Problems found so far. */
    List<Problem> problems() {
        return problems;
    }

    /** Sources recorded so far, in reading order. */
    List<ParameterSource> sources() {
        return sources;
    }

    /** A number or distribution whose every draw lies in {@code range}; null (with a problem) when not. */
    Quantity quantity(YamlNode node, String path, Range range) {
        return keys.quantities().quantity(node, path, range);
    }

    /** The values of the top level that are neither lists nor maps, with their defaults applied. */
    private record Top(String id, String title, String description, LocalDate start, LocalDate horizon, int stepDays,
                       long seed, int runs, boolean packageDeal, double tolerance, Drafting drafting,
                       Quantity biasPenalty, Quantity pressureToBatna) { }

    /** The scenario, or null when any problem was found (see {@link #problems()}). */
    Scenario bind(YamlNode rootNode) {
        if (!(rootNode instanceof YamlNode.Mapping root)) {
            values.problem(rootNode.origin(), "", ValueReader.found(rootNode)
                    + " at the top of the file (expected a map with the keys scenario, start, horizon, issues and parties)");
            return null;
        }
        keys.checkKeys(root, "", Section.TOP);
        keys.requireAll(root, "", Section.TOP);
        Top top = top(root);

        List<IssueSpec> issues = ValueReader.get(root, "issues").map(this::issues).orElse(List.of());
        List<String> issueIds = issues.stream().map(IssueSpec::id).toList();
        Map<String, String> actors = new HashMap<>();
        List<PartySpec> parties = ValueReader.get(root, "parties")
                .map(e -> actorsBinder.parties(e, issueIds, actors)).orElse(List.of());
        List<String> partyIds = parties.stream().map(PartySpec::id).toList();
        List<MediatorSpec> mediators = ValueReader.get(root, "mediators").map(e -> actorsBinder.actorsOf(e,
                "mediators", actors, (m, at, actorId) -> actorsBinder.mediator(m, at, actorId, partyIds)))
                .orElse(List.of());
        List<PatronSpec> patrons = ValueReader.get(root, "patrons").map(e -> actorsBinder.actorsOf(e,
                "patrons", actors, (m, at, actorId) -> actorsBinder.patron(m, at, actorId, partyIds)))
                .orElse(List.of());
        List<DeadlineSpec> deadlines = ValueReader.get(root, "deadlines")
                .map(e -> timeline.deadlines(e, partyIds, top.start())).orElse(List.of());
        ShockSpec shocks = ValueReader.get(root, "shocks").map(timeline::shocks).orElse(ShockSpec.NONE);
        RatificationSpec ratification = ValueReader.get(root, "ratification")
                .map(e -> timeline.ratification(e, top.start(), top.horizon())).orElse(RatificationSpec.IMMEDIATE);
        crossChecks.referendumIssues(root, ratification);
        List<EventsBinder.PendingEvent> pending = ValueReader.get(root, "events")
                .map(e -> eventsBinder.events(e, top.start(), top.horizon())).orElse(List.of());

        if (parties.size() == 2) {
            // Only the parameter paths matter here; wrong dates are reported already, so any valid window serves.
            LocalDate from = top.start() == null ? LocalDate.EPOCH : top.start();
            LocalDate to = top.horizon() != null && top.horizon().isAfter(from) ? top.horizon() : from.plusDays(1);
            crossChecks.eventTargets(pending, scenario(top, from, to, issues, parties, mediators, patrons, deadlines,
                    List.of(), shocks, ratification), actors);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return scenario(top, top.start(), top.horizon(), issues, parties, mediators, patrons, deadlines,
                pending.stream().map(EventsBinder.PendingEvent::spec).toList(), shocks, ratification);
    }

    private static Scenario scenario(Top top, LocalDate start, LocalDate horizon, List<IssueSpec> issues,
                                     List<PartySpec> parties, List<MediatorSpec> mediators, List<PatronSpec> patrons,
                                     List<DeadlineSpec> deadlines, List<EventSpec> events, ShockSpec shocks,
                                     RatificationSpec ratification) {
        return new Scenario(top.id(), top.title(), top.description(), start, horizon, top.stepDays(), top.seed(),
                top.runs(), issues, top.packageDeal(), top.tolerance(), top.drafting(), parties, mediators,
                top.biasPenalty(), top.pressureToBatna(), patrons, deadlines, events, shocks, ratification);
    }

    private Top top(YamlNode.Mapping root) {
        String id = ValueReader.get(root, "scenario").map(keys.ids()::scenarioId).orElse("scenario");
        String title = keys.text(root, "", TOP_TITLE);
        String description = keys.text(root, "", TOP_DESCRIPTION);
        LocalDate start = keys.date(root, "", TOP_START).orElse(null);
        LocalDate horizon = keys.date(root, "", TOP_HORIZON).orElse(null);
        checkWindow(root, start, horizon);
        int stepDays = (int) keys.whole(root, "", TOP_STEP_DAYS);
        long seed = keys.whole(root, "", TOP_SEED);
        int runs = (int) keys.whole(root, "", TOP_RUNS);
        boolean packageDeal = keys.flag(root, "", TOP_PACKAGE_DEAL);
        double tolerance = keys.number(root, "", TOP_TOLERANCE);
        Drafting drafting = keys.choice(root, "", TOP_DRAFTING, Drafting.class);
        Quantity biasPenalty = keys.quantity(root, "", TOP_BIAS_PENALTY);
        Quantity pressureToBatna = keys.quantity(root, "", TOP_PRESSURE_TO_BATNA);
        return new Top(id, title, description, start, horizon, stepDays, seed, runs, packageDeal, tolerance,
                drafting, biasPenalty, pressureToBatna);
    }

    private void checkWindow(YamlNode.Mapping root, LocalDate start, LocalDate horizon) {
        if (start == null || horizon == null) {
            return;
        }
        Origin at = KeyReader.get(root, TOP_HORIZON).get().value().origin();
        if (!horizon.isAfter(start)) {
            values.problem(at, "horizon", "horizon " + horizon + " is not after start " + start
                    + " (expected a horizon later than the start)");
        } else if (ChronoUnit.DAYS.between(start, horizon) > MAX_WINDOW_DAYS) {
            values.problem(at, "horizon", "horizon " + horizon + " is more than 100 years after start " + start
                    + " (expected a window of at most " + MAX_WINDOW_DAYS + " days)");
        }
    }

    // ---------------------------------------------------------------- issues

    private List<IssueSpec> issues(YamlNode.Entry entry) {
        List<YamlNode> items = values.list(entry, "issues");
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            values.problem(entry.value().origin(), "issues", "no issues (expected at least one issue)");
        }
        List<IssueSpec> issues = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Mapping item = values.mapping(items.get(i), "issues." + i, "an issue: a map with id and title");
            if (item == null) continue;
            String id = keys.ids().itemId(item, "issues", i, ISSUE_ID, seen);
            String at = "issues." + (id == null ? Integer.toString(i) : id);
            keys.checkKeys(item, at, Section.ISSUE);
            keys.requirePresent(item, at, ISSUE_TITLE);
            String title = keys.text(item, at, ISSUE_TITLE);
            boolean referendum = keys.flag(item, at, ISSUE_REFERENDUM);
            double threshold = keys.number(item, at, ISSUE_REFERENDUM_THRESHOLD);
            OptionalDouble agreed = keys.optionalNumber(item, at, ISSUE_AGREED);
            if (id != null) {
                issues.add(new IssueSpec(id, title, referendum, threshold, agreed));
            }
        }
        return issues;
    }
}
