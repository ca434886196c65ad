package org.treatysim.scenario;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.model.spec.ShockSpec;

/**
 * Maps a (merged) YAML tree to the {@link Scenario} records, checking everything and collecting
 * every problem instead of stopping at the first. Where a value is wrong it carries on with a
 * neutral stand-in so that later checks still run; the records are built only when nothing was
 * wrong. Records every value's source line and comment on the way.
 */
final class ScenarioBinder {
    /** Ids of scenarios, issues, actors and deadlines: they become folder names, path segments and CSV columns. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final int MAX_ID_LENGTH = 100;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");
    /** Longest window from start to horizon, in days (100 years): guards against a mistyped year. */
    static final long MAX_WINDOW_DAYS = 36_525;
    /** Longest title (of the scenario, an issue) or name (of a party, mediator, patron), in characters. */
    static final int MAX_TITLE_CHARACTERS = 200;
    /** Longest label of a deadline or event, in characters. */
    static final int MAX_LABEL_CHARACTERS = 1_000;
    /** Longest description, in characters. */
    static final int MAX_DESCRIPTION_CHARACTERS = 5_000;

    static final int DEFAULT_STEP_DAYS = 7;
    static final long DEFAULT_SEED = 1;
    static final int DEFAULT_RUNS = 10_000;
    static final double DEFAULT_TOLERANCE = 0.02;
    static final double DEFAULT_REFERENDUM_THRESHOLD = 0.5;
    static final double DEFAULT_LETDOWN_FACTOR = 1;

    private static final Quantity ZERO = Quantity.of(0);

    private final List<Problem> problems = new ArrayList<>();
    private final List<ParameterSource> sources = new ArrayList<>();

    /** Problems found so far. */
    List<Problem> problems() {
        return problems;
    }

    /** Sources recorded so far, in reading order. */
    List<ParameterSource> sources() {
        return sources;
    }

    // ---------------------------------------------------------------- the scenario

    /** The scenario, or null when any problem was found (see {@link #problems()}). */
    Scenario bind(YamlNode rootNode) {
        if (!(rootNode instanceof YamlNode.Mapping root)) {
            problems.add(rootNode.origin().problem("", found(rootNode)
                    + " at the top of the file (expected a map with the keys scenario, start, horizon, issues and parties)"));
            return null;
        }
        checkKeys(root, "", Keys.TOP);
        for (String key : Keys.TOP_REQUIRED) {
            requirePresent(root, "", key, switch (key) {
                case "scenario" -> "an id such as baseline-2024-09";
                case "start", "horizon" -> "an ISO date such as 2024-09-24";
                case "issues" -> "a list of issues, each with id and title";
                default -> "a map of exactly two parties by id";
            });
        }

        String id = get(root, "scenario").map(this::scenarioId).orElse("scenario");
        String title = get(root, "title").map(e -> text(e, "title", "title", MAX_TITLE_CHARACTERS)).orElse(null);
        String description = get(root, "description")
                .map(e -> text(e, "description", "description", MAX_DESCRIPTION_CHARACTERS)).orElse("");
        LocalDate start = get(root, "start").flatMap(e -> date(e, "start")).orElse(null);
        Optional<YamlNode.Entry> horizonEntry = get(root, "horizon");
        LocalDate horizon = horizonEntry.flatMap(e -> date(e, "horizon")).orElse(null);
        if (start != null && horizon != null) {
            if (!horizon.isAfter(start)) {
                problems.add(horizonEntry.get().value().origin().problem("horizon", "horizon " + horizon
                        + " is not after start " + start + " (expected a horizon later than the start)"));
            } else if (ChronoUnit.DAYS.between(start, horizon) > MAX_WINDOW_DAYS) {
                problems.add(horizonEntry.get().value().origin().problem("horizon", "horizon " + horizon
                        + " is more than 100 years after start " + start + " (expected a window of at most "
                        + MAX_WINDOW_DAYS + " days)"));
            }
        }
        int stepDays = get(root, "stepDays").map(e -> (int) integer(e, "stepDays", 1, 365)).orElse(DEFAULT_STEP_DAYS);
        long seed = get(root, "seed").map(e -> integer(e, "seed", Long.MIN_VALUE, Long.MAX_VALUE)).orElse(DEFAULT_SEED);
        int runs = get(root, "runs").map(e -> (int) integer(e, "runs", 1, Integer.MAX_VALUE)).orElse(DEFAULT_RUNS);
        boolean packageDeal = get(root, "packageDeal").map(e -> bool(e, "packageDeal")).orElse(true);
        double tolerance = get(root, "tolerance").map(e -> fixedNumber(e, "tolerance", Range.UNIT))
                .orElse(DEFAULT_TOLERANCE);
        Drafting drafting = get(root, "drafting").map(this::drafting).orElse(Drafting.MIDPOINT);
        Quantity biasPenalty = optionalQuantity(root, "", "biasPenalty", Keys.TOP_RANGES.get("biasPenalty"), ZERO);
        Quantity pressureToBatna = optionalQuantity(root, "", "pressureToBatna",
                Keys.TOP_RANGES.get("pressureToBatna"), ZERO);

        List<IssueSpec> issues = get(root, "issues").map(this::issues).orElse(List.of());
        List<String> issueIds = issues.stream().map(IssueSpec::id).toList();

        Map<String, String> actors = new HashMap<>();
        List<PartySpec> parties = get(root, "parties").map(e -> parties(e, issueIds, actors)).orElse(List.of());
        List<String> partyIds = parties.stream().map(PartySpec::id).toList();
        List<MediatorSpec> mediators = get(root, "mediators")
                .map(e -> actorsOf(e, "mediators", actors, (m, at, actorId) -> mediator(m, at, actorId, partyIds)))
                .orElse(List.of());
        List<PatronSpec> patrons = get(root, "patrons")
                .map(e -> actorsOf(e, "patrons", actors, (m, at, actorId) -> patron(m, at, actorId, partyIds)))
                .orElse(List.of());
        List<DeadlineSpec> deadlines = get(root, "deadlines").map(e -> deadlines(e, partyIds, start)).orElse(List.of());
        ShockSpec shocks = get(root, "shocks").map(this::shocks).orElse(ShockSpec.NONE);
        RatificationSpec ratification = get(root, "ratification").map(e -> ratification(e, start, horizon))
                .orElse(RatificationSpec.IMMEDIATE);
        checkReferendumIssues(root, ratification);

        List<PendingEvent> pending = get(root, "events").map(e -> events(e, start, horizon)).orElse(List.of());

        if (parties.size() == 2) {
            // Only the parameter paths matter here; wrong dates are reported already, so any valid window serves.
            LocalDate from = start == null ? LocalDate.EPOCH : start;
            LocalDate to = horizon != null && horizon.isAfter(from) ? horizon : from.plusDays(1);
            Scenario withoutEvents = new Scenario(id, title, description, from, to,
                    stepDays, seed, runs, issues, packageDeal, tolerance, drafting, parties, mediators, biasPenalty,
                    pressureToBatna, patrons, deadlines, List.of(), shocks, ratification);
            checkTargets(pending, withoutEvents, issueIds, partyIds, actors);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<EventSpec> events = pending.stream().map(PendingEvent::spec).toList();
        return new Scenario(id, title, description, start, horizon, stepDays, seed, runs, issues, packageDeal,
                tolerance, drafting, parties, mediators, biasPenalty, pressureToBatna, patrons, deadlines, events,
                shocks, ratification);
    }

    private String scenarioId(YamlNode.Entry entry) {
        String id = text(entry, "scenario");
        if (id == null) {
            return "scenario";
        }
        Origin at = entry.value().origin();
        if (id.contains("/") || id.contains("\\") || id.contains("..")) {
            problems.add(at.problem("scenario", "scenario id '" + Excerpt.of(id)
                    + "' would write outside the results folder (expected letters, digits, '-' and '_' only;"
                    + " the id names the folder results/<id>/)"));
        } else if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            problems.add(at.problem("scenario", "scenario id '" + Excerpt.of(id)
                    + "' is not a safe folder name (expected 1 to " + MAX_ID_LENGTH + " letters, digits, '-' and '_',"
                    + " starting with a letter or digit; the id names the folder results/<id>/)"));
        } else if (WINDOWS_DEVICES.contains(id.toUpperCase(Locale.ROOT))) {
            problems.add(at.problem("scenario", "scenario id '" + id + "' is a reserved device name on Windows"
                    + " (expected another id; it names the folder results/<id>/)"));
        }
        return id;
    }

    private Drafting drafting(YamlNode.Entry entry) {
        String text = text(entry, "drafting");
        if (text == null) {
            return Drafting.MIDPOINT;
        }
        for (Drafting d : Drafting.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(text)) {
                return d;
            }
        }
        problems.add(entry.value().origin().problem("drafting", "unknown drafting '" + Excerpt.of(text) + "'"
                + didYouMean(text, Keys.DRAFTING) + " (expected midpoint or nash)"));
        return Drafting.MIDPOINT;
    }

    // ---------------------------------------------------------------- issues

    private List<IssueSpec> issues(YamlNode.Entry entry) {
        List<YamlNode> items = list(entry, "issues");
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            problems.add(entry.value().origin().problem("issues", "no issues (expected at least one issue)"));
        }
        List<IssueSpec> issues = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Mapping item = mapping(items.get(i), "issues." + i, "an issue: a map with id and title");
            if (item == null) continue;
            String id = itemId(item, "issues", i, "issue", seen);
            String at = "issues." + (id == null ? Integer.toString(i) : id);
            checkKeys(item, at, Keys.ISSUE);
            requirePresent(item, at, "title", "a title for charts and the brief");
            String title = get(item, "title").map(e -> text(e, at + ".title", "title", MAX_TITLE_CHARACTERS))
                    .orElse(null);
            boolean referendum = get(item, "referendum").map(e -> bool(e, at + ".referendum")).orElse(false);
            double threshold = get(item, "referendumThreshold")
                    .map(e -> fixedNumber(e, at + ".referendumThreshold", Range.UNIT))
                    .orElse(DEFAULT_REFERENDUM_THRESHOLD);
            OptionalDouble agreed = get(item, "agreed")
                    .map(e -> OptionalDouble.of(fixedNumber(e, at + ".agreed", Range.UNIT)))
                    .orElse(OptionalDouble.empty());
            if (id != null) {
                issues.add(new IssueSpec(id, title, referendum, threshold, agreed));
            }
        }
        return issues;
    }

    /** The id of a list item (issue, deadline), checked for form and uniqueness; null when unusable. */
    private String itemId(YamlNode.Mapping item, String list, int index, String what, Map<String, Origin> seen) {
        String at = list + "." + index;
        Optional<YamlNode.Entry> idEntry = get(item, "id");
        if (idEntry.isEmpty()) {
            requirePresent(item, at, "id", "a unique id for the " + what + ", e.g. transit");
            return null;
        }
        String id = textValue(idEntry.get(), at + ".id");
        if (id == null) {
            return null;
        }
        Origin origin = idEntry.get().value().origin();
        checkIdForm(id, origin, at + ".id", what);
        if (seen.containsKey(id)) {
            problems.add(origin.problem(at + ".id", "duplicate " + what + " id '" + Excerpt.of(id)
                    + "' (expected unique ids; first at line " + seen.get(id).line() + ")"));
            return null;
        }
        seen.put(id, origin);
        return id;
    }

    private void checkIdForm(String id, Origin origin, String path, String what) {
        if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            problems.add(origin.problem(path, what + " id '" + Excerpt.of(id)
                    + "' has characters that cannot appear in parameter paths and output columns (expected 1 to "
                    + MAX_ID_LENGTH + " letters, digits, '-' and '_', starting with a letter or digit)"));
        } else if (Keys.DISTRIBUTIONS.contains(id)) {
            problems.add(origin.problem(path, what + " id '" + id + "' is the name of a distribution"
                    + " (expected another id, so that { " + id + ": ... } cannot be misread)"));
        }
    }

    private void checkReferendumIssues(YamlNode.Mapping root, RatificationSpec ratification) {
        if (ratification.referendum().isPresent()) return;
        List<YamlNode> items = get(root, "issues").map(e -> e.value() instanceof YamlNode.Sequence s ? s.items()
                : List.<YamlNode>of()).orElse(List.of());
        for (YamlNode node : items) {
            if (node instanceof YamlNode.Mapping item) {
                Optional<YamlNode.Entry> flag = get(item, "referendum");
                if (flag.isPresent() && flag.get().value() instanceof YamlNode.Scalar s && s.plain()
                        && s.text().equalsIgnoreCase("true")) {
                    problems.add(flag.get().value().origin().problem("ratification.referendum",
                            "an issue needs a referendum but the scenario defines none"
                                    + " (expected a ratification: referendum: section with support and turnout)"));
                }
            }
        }
    }

    // ---------------------------------------------------------------- parties and other actors

    private List<PartySpec> parties(YamlNode.Entry entry, List<String> issueIds, Map<String, String> actors) {
        YamlNode.Mapping map = mapping(entry.value(), "parties", "a map of exactly two parties by id, e.g. ARM: and AZE:");
        if (map == null) {
            return List.of();
        }
        if (map.entries().size() != 2) {
            problems.add(map.origin().problem("parties", map.entries().size() + " part"
                    + (map.entries().size() == 1 ? "y" : "ies") + " (expected exactly two: the first party, whose"
                    + " ideal is 0 on every issue, and the second)"));
        }
        List<PartySpec> parties = new ArrayList<>();
        for (YamlNode.Entry partyEntry : map.entries()) {
            String id = partyEntry.key();
            if (!registerActor(id, "parties", partyEntry, actors)) continue;
            String at = "parties." + id;
            YamlNode.Mapping party = mapping(partyEntry.value(), at, "a party: a map with ideal, reservation,"
                    + " salience, patienceDays and stance");
            if (party == null) continue;
            checkKeys(party, at, Keys.PARTY);
            String name = get(party, "name").map(e -> text(e, at + ".name", "name", MAX_TITLE_CHARACTERS))
                    .orElse(null);
            List<Quantity> ideal = perIssue(party, at, "ideal", Range.UNIT, issueIds);
            List<Quantity> reservation = perIssue(party, at, "reservation", Range.UNIT, issueIds);
            List<Quantity> salience = perIssue(party, at, "salience", Range.NON_NEGATIVE, issueIds);
            if (!salience.isEmpty() && salience.stream().mapToDouble(Quantity::upperBound).sum() <= 0
                    && get(party, "salience").isPresent()) {
                problems.add(get(party, "salience").get().value().origin().problem(at + ".salience",
                        "every salience is 0 (expected at least one positive weight; weights are normalised to sum 1)"));
            }
            Quantity patience = requiredQuantity(party, at, "patienceDays", Range.POSITIVE);
            Quantity stance = requiredQuantity(party, at, "stance", Range.POSITIVE);
            Quantity initialConcession = optionalQuantity(party, at, "initialConcession", Range.UNIT, ZERO);
            Quantity reciprocity = optionalQuantity(party, at, "reciprocity", Range.NON_NEGATIVE, ZERO);
            Quantity batna = optionalQuantity(party, at, "batna", Range.UNIT, ZERO);
            parties.add(new PartySpec(id, name, ideal, reservation, salience, patience, stance, initialConcession,
                    reciprocity, batna));
        }
        return parties;
    }

    /** Reads one actor of a role from its map entry. */
    private interface ActorReader<T> {
        T read(YamlNode.Mapping map, String path, String id);
    }

    private <T> List<T> actorsOf(YamlNode.Entry entry, String role, Map<String, String> actors, ActorReader<T> reader) {
        YamlNode.Mapping map = mapping(entry.value(), role, "a map of " + role + " by id, e.g. USA:");
        if (map == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (YamlNode.Entry actorEntry : map.entries()) {
            String id = actorEntry.key();
            if (!registerActor(id, role, actorEntry, actors)) continue;
            String at = role + "." + id;
            YamlNode.Mapping actor = mapping(actorEntry.value(), at, "a map of the " + role.substring(0, role.length() - 1)
                    + "'s keys");
            if (actor == null) continue;
            result.add(reader.read(actor, at, id));
        }
        return result;
    }

    /** Checks an actor id and that no other party, mediator or patron uses it; false when it cannot be used. */
    private boolean registerActor(String id, String role, YamlNode.Entry entry, Map<String, String> actors) {
        String path = role + "." + id;
        checkIdForm(id, entry.keyOrigin(), path, "actor");
        String other = actors.putIfAbsent(id, path);
        if (other != null) {
            problems.add(entry.keyOrigin().problem(path, "actor id '" + Excerpt.of(id) + "' is already used by " + other
                    + " (expected ids unique across parties, mediators and patrons)"));
            return false;
        }
        return true;
    }

    private MediatorSpec mediator(YamlNode.Mapping m, String at, String id, List<String> partyIds) {
        checkKeys(m, at, Keys.MEDIATOR);
        String name = get(m, "name").map(e -> text(e, at + ".name", "name", MAX_TITLE_CHARACTERS)).orElse(null);
        Quantity engagement = requiredQuantity(m, at, "engagement", Range.UNIT);
        List<Quantity> leverage = perParty(m, at, "leverage", Range.NON_NEGATIVE, partyIds);
        Quantity bias = optionalQuantity(m, at, "bias", Range.SIGNED_UNIT, ZERO);
        List<Quantity> sidePayment = perParty(m, at, "sidePayment", Range.NON_NEGATIVE, partyIds);
        Optional<Quantity> budget = get(m, "budget").map(e -> quantityOf(e, at + ".budget", Range.NON_NEGATIVE));
        return new MediatorSpec(id, name, engagement, leverage, bias, sidePayment, budget);
    }

    private PatronSpec patron(YamlNode.Mapping m, String at, String id, List<String> partyIds) {
        checkKeys(m, at, Keys.PATRON);
        String name = get(m, "name").map(e -> text(e, at + ".name", "name", MAX_TITLE_CHARACTERS)).orElse(null);
        Quantity influence = requiredQuantity(m, at, "influence", Range.UNIT);
        Quantity decay = optionalQuantity(m, at, "decayPerYear", Range.UNIT, ZERO);
        Quantity propensity = optionalQuantity(m, at, "spoilerPropensity", Range.UNIT, ZERO);
        List<Quantity> leverage = perParty(m, at, "leverage", Range.NON_NEGATIVE, partyIds);
        return new PatronSpec(id, name, influence, decay, propensity, leverage);
    }

    // ---------------------------------------------------------------- deadlines, shocks, ratification

    private List<DeadlineSpec> deadlines(YamlNode.Entry entry, List<String> partyIds, LocalDate start) {
        List<YamlNode> items = list(entry, "deadlines");
        if (items == null) {
            return List.of();
        }
        List<DeadlineSpec> deadlines = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Mapping item = mapping(items.get(i), "deadlines." + i, "a deadline: a map with id, date,"
                    + " pressure and lambdaDays");
            if (item == null) continue;
            String id = itemId(item, "deadlines", i, "deadline", seen);
            String at = "deadlines." + (id == null ? Integer.toString(i) : id);
            checkKeys(item, at, Keys.DEADLINE);
            String label = get(item, "label").map(e -> text(e, at + ".label", "label", MAX_LABEL_CHARACTERS))
                    .orElse(null);
            requirePresent(item, at, "date", "the first day of the deadline, an ISO date");
            LocalDate date = get(item, "date").flatMap(e -> date(e, at + ".date")).orElse(null);
            Optional<YamlNode.Entry> endEntry = get(item, "end");
            LocalDate end = endEntry.flatMap(e -> date(e, at + ".end")).orElse(null);
            if (date != null && end != null && end.isBefore(date)) {
                problems.add(endEntry.get().value().origin().problem(at + ".end", "end " + end + " is before date "
                        + date + " (expected an end on or after the date)"));
            } else if (start != null && date != null && (end == null ? date : end).isBefore(start)) {
                Origin where = endEntry.map(e -> e.value().origin()).orElse(get(item, "date").get().value().origin());
                problems.add(where.problem(at + (end == null ? ".date" : ".end"), "the deadline is over on "
                        + (end == null ? date : end) + ", before the scenario starts on " + start
                        + " (expected a deadline that ends on or after the start)"));
            }
            requirePresent(item, at, "pressure", "the pressure on each party it presses, e.g. { AZE: 1.5 }");
            List<Quantity> pressure = perParty(item, at, "pressure", Range.NON_NEGATIVE, partyIds);
            Quantity lambda = requiredQuantity(item, at, "lambdaDays", Range.POSITIVE);
            Quantity shift = optionalQuantity(item, at, "shiftDays", Range.ANY, ZERO);
            Quantity letdownDays = optionalQuantity(item, at, "letdownDays", Range.NON_NEGATIVE, ZERO);
            Quantity letdownFactor = optionalQuantity(item, at, "letdownFactor", Range.UNIT,
                    Quantity.of(DEFAULT_LETDOWN_FACTOR));
            if (id != null && date != null) {
                LocalDate validEnd = end != null && end.isBefore(date) ? null : end; // the wrong end is reported
                deadlines.add(new DeadlineSpec(id, label, date, validEnd, pressure, lambda, shift, letdownDays,
                        letdownFactor));
            }
        }
        return deadlines;
    }

    private ShockSpec shocks(YamlNode.Entry entry) {
        YamlNode.Mapping m = mapping(entry.value(), "shocks", "a map with clashesPerYear, pauseWeeks, trustLoss"
                + " and escalation");
        if (m == null) {
            return ShockSpec.NONE;
        }
        checkKeys(m, "shocks", Keys.SHOCKS);
        return new ShockSpec(
                optionalQuantity(m, "shocks", "clashesPerYear", Range.NON_NEGATIVE, ZERO),
                optionalQuantity(m, "shocks", "pauseWeeks", Range.NON_NEGATIVE, ZERO),
                optionalQuantity(m, "shocks", "trustLoss", Range.UNIT, ZERO),
                optionalQuantity(m, "shocks", "escalation", Range.UNIT, ZERO));
    }

    private RatificationSpec ratification(YamlNode.Entry entry, LocalDate start, LocalDate horizon) {
        YamlNode.Mapping m = mapping(entry.value(), "ratification", "a map with initialingDays, signingDays"
                + " and optionally referendum");
        if (m == null) {
            return RatificationSpec.IMMEDIATE;
        }
        checkKeys(m, "ratification", Keys.RATIFICATION);
        Quantity initialing = optionalQuantity(m, "ratification", "initialingDays", Range.NON_NEGATIVE, ZERO);
        Quantity signing = optionalQuantity(m, "ratification", "signingDays", Range.NON_NEGATIVE, ZERO);
        Optional<ReferendumSpec> referendum = get(m, "referendum").map(e -> referendum(e, start, horizon));
        return new RatificationSpec(initialing, signing, referendum);
    }

    private ReferendumSpec referendum(YamlNode.Entry entry, LocalDate start, LocalDate horizon) {
        String at = "ratification.referendum";
        YamlNode.Mapping m = mapping(entry.value(), at, "a map with support, turnout and the referendum's rules");
        if (m == null) {
            return new ReferendumSpec(true, LocalDate.EPOCH, ZERO, ZERO, ZERO, ZERO, ZERO);
        }
        checkKeys(m, at, Keys.REFERENDUM);
        boolean precondition = get(m, "precondition").map(e -> bool(e, at + ".precondition")).orElse(true);
        Optional<YamlNode.Entry> earliestEntry = get(m, "earliest");
        LocalDate earliest = earliestEntry.flatMap(e -> date(e, at + ".earliest")).orElse(start);
        if (earliestEntry.isPresent() && earliest != null && start != null && horizon != null
                && (earliest.isBefore(start) || earliest.isAfter(horizon))) {
            problems.add(earliestEntry.get().value().origin().problem(at + ".earliest", "earliest " + earliest
                    + " is outside the scenario's window " + start + " to " + horizon
                    + " (expected a date between start and horizon)"));
        }
        Quantity prep = optionalQuantity(m, at, "prepDays", Range.NON_NEGATIVE, ZERO);
        Quantity support = requiredQuantity(m, at, "support", Range.UNIT);
        Quantity turnout = requiredQuantity(m, at, "turnout", Range.UNIT);
        Quantity quorum = optionalQuantity(m, at, "quorum", Range.UNIT, ZERO);
        Quantity collapse = optionalQuantity(m, at, "collapseOnFail", Range.UNIT, ZERO);
        return new ReferendumSpec(precondition, earliest == null ? LocalDate.EPOCH : earliest, prep, support, turnout,
                quorum, collapse);
    }

    // ---------------------------------------------------------------- events

    /** An event read but not yet checked against the parameters it targets. */
    private record PendingEvent(EventSpec spec, List<Origin> targetOrigins, List<Origin> valueOrigins) { }

    private List<PendingEvent> events(YamlNode.Entry entry, LocalDate start, LocalDate horizon) {
        List<YamlNode> items = list(entry, "events");
        if (items == null) {
            return List.of();
        }
        List<PendingEvent> events = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < items.size(); i++) {
            String at = "events." + i;
            YamlNode.Mapping item = mapping(items.get(i), at, "an event: a map with date, label and set, add or multiply");
            if (item == null) continue;
            checkKeys(item, at, Keys.EVENT);
            requirePresent(item, at, "date", "the day the event takes effect, an ISO date");
            Optional<YamlNode.Entry> dateEntry = get(item, "date");
            LocalDate date = dateEntry.flatMap(e -> date(e, at + ".date")).orElse(null);
            if (date != null && start != null && horizon != null && (date.isBefore(start) || date.isAfter(horizon))) {
                problems.add(dateEntry.get().value().origin().problem(at + ".date", "event date " + date
                        + " is outside the scenario's window " + start + " to " + horizon
                        + " (expected a date between start and horizon)"));
            } else if (date != null && previous != null && date.isBefore(previous)) {
                problems.add(dateEntry.get().value().origin().problem(at + ".date", "event date " + date
                        + " comes before the previous event's " + previous
                        + " (expected events listed in date order)"));
            }
            if (date != null) previous = date;
            String label = get(item, "label").map(e -> text(e, at + ".label", "label", MAX_LABEL_CHARACTERS))
                    .orElse("");
            List<EventSpec.Effect> effects = new ArrayList<>();
            List<Origin> targetOrigins = new ArrayList<>();
            List<Origin> valueOrigins = new ArrayList<>();
            for (YamlNode.Entry opEntry : item.entries()) {
                EventSpec.Operation operation = switch (opEntry.key()) {
                    case "set" -> EventSpec.Operation.SET;
                    case "add" -> EventSpec.Operation.ADD;
                    case "multiply" -> EventSpec.Operation.MULTIPLY;
                    default -> null;
                };
                if (operation == null || isNull(opEntry.value())) continue;
                String opPath = at + "." + opEntry.key();
                YamlNode.Mapping targets = mapping(opEntry.value(), opPath, "a map from parameter path to value,"
                        + " e.g. { mediators.USA.engagement: 0.3 }");
                if (targets == null) continue;
                for (YamlNode.Entry target : targets.entries()) {
                    String path = opPath + "." + target.key();
                    Quantity value = quantityOf(target, path, Range.ANY);
                    effects.add(new EventSpec.Effect(operation, target.key(), value));
                    targetOrigins.add(target.keyOrigin());
                    valueOrigins.add(target.value().origin());
                }
            }
            if (effects.isEmpty() && item.entries().stream().noneMatch(e -> Set.of("set", "add", "multiply")
                    .contains(e.key()) && !isNull(e.value()))) {
                problems.add(item.origin().problem(at, "an event that changes nothing"
                        + " (expected set:, add: or multiply: with at least one parameter)"));
            }
            if (date != null) {
                events.add(new PendingEvent(new EventSpec(date, label, effects), targetOrigins, valueOrigins));
            }
        }
        return events;
    }

    private void checkTargets(List<PendingEvent> events, Scenario scenario, List<String> issueIds,
                              List<String> partyIds, Map<String, String> actors) {
        List<String> targets = ScenarioParameters.eventTargets(scenario);
        Set<String> known = new HashSet<>(targets);
        for (int i = 0; i < events.size(); i++) {
            PendingEvent event = events.get(i);
            List<EventSpec.Effect> effects = event.spec().effects();
            for (int k = 0; k < effects.size(); k++) {
                EventSpec.Effect effect = effects.get(k);
                String path = "events." + i + "." + effect.operation().key() + "." + effect.target();
                if (!known.contains(effect.target())) {
                    problems.add(event.targetOrigins().get(k).problem(path, unknownTarget(effect.target(), targets,
                            issueIds, partyIds, actors, scenario)));
                    continue;
                }
                Range range = Keys.rangeOf(effect.target());
                if (effect.operation() == EventSpec.Operation.SET) {
                    String wrong = range.check(effect.value());
                    if (wrong != null) {
                        problems.add(event.valueOrigins().get(k).problem(path, "sets " + effect.target() + " to "
                                + wrong.replaceFirst("\\(expected ", "(expected for " + effect.target() + " ")));
                    }
                } else if (effect.operation() == EventSpec.Operation.MULTIPLY && range.low() >= 0
                        && effect.value().lowerBound() < 0) {
                    problems.add(event.valueOrigins().get(k).problem(path, "multiplies " + effect.target()
                            + ", which is never negative, by " + effect.value().describe()
                            + " (expected a factor >= 0)"));
                }
            }
        }
    }

    private static String unknownTarget(String target, List<String> targets, List<String> issueIds,
                                        List<String> partyIds, Map<String, String> actors, Scenario scenario) {
        String[] at = target.split("\\.");
        String expected = " (expected the dotted path of one of the scenario's parameters, e.g. "
                + (targets.isEmpty() ? "biasPenalty" : targets.get(0))
                + Suggestions.closest(target, targets).map(s -> "; did you mean " + s + "?").orElse("") + ")";
        if (at.length >= 2) {
            List<String> ids = switch (at[0]) {
                case "parties" -> partyIds;
                case "mediators" -> scenario.mediators().stream().map(MediatorSpec::id).toList();
                case "patrons" -> scenario.patrons().stream().map(PatronSpec::id).toList();
                case "deadlines" -> scenario.deadlines().stream().map(DeadlineSpec::id).toList();
                default -> null;
            };
            if (ids != null && !ids.contains(at[1])) {
                String role = at[0].substring(0, at[0].length() - (at[0].equals("parties") ? 3 : 1))
                        + (at[0].equals("parties") ? "y" : "");
                String elsewhere = actors.containsKey(at[1]) ? "; " + at[1] + " is " + actors.get(at[1]) : "";
                return "unknown " + role + " '" + Excerpt.of(at[1]) + "' in event target " + Excerpt.of(target)
                        + elsewhere + expected;
            }
            if (at.length == 4 && at[0].equals("parties") && !issueIds.contains(at[3])) {
                return "unknown issue '" + Excerpt.of(at[3]) + "' in event target " + Excerpt.of(target) + expected;
            }
            if (at.length == 4 && !at[0].equals("parties") && !partyIds.contains(at[3])) {
                return "unknown party '" + Excerpt.of(at[3]) + "' in event target " + Excerpt.of(target) + expected;
            }
        }
        return "unknown event target " + Excerpt.of(target) + ": no such parameter in this scenario" + expected;
    }

    // ---------------------------------------------------------------- per-issue and per-party values

    /** A required value for every issue: one value for all, or a map naming every issue. */
    private List<Quantity> perIssue(YamlNode.Mapping owner, String at, String key, Range range, List<String> issueIds) {
        Optional<YamlNode.Entry> entry = get(owner, key);
        String path = at + "." + key;
        if (entry.isEmpty()) {
            requirePresent(owner, at, key, "a number or distribution for all issues, or a map by issue id");
            return fill(issueIds.size());
        }
        YamlNode node = entry.get().value();
        if (node instanceof YamlNode.Mapping map && !isDistribution(map)) {
            Map<String, Quantity> byIssue = new LinkedHashMap<>();
            for (YamlNode.Entry e : map.entries()) {
                if (!issueIds.contains(e.key())) {
                    if (issueIds.isEmpty()) continue; // the missing or broken issues list is reported already
                    problems.add(e.keyOrigin().problem(path + "." + e.key(),
                            "unknown issue '" + Excerpt.of(e.key()) + "'"
                            + didYouMean(e.key(), issueIds) + " (expected one of the issue ids: "
                            + String.join(", ", issueIds) + ")"));
                    continue;
                }
                byIssue.put(e.key(), quantityOf(e, path + "." + e.key(), range));
            }
            List<String> missing = issueIds.stream().filter(id -> !byIssue.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                problems.add(map.origin().problem(path, "no value for issue" + (missing.size() == 1 ? " " : "s ")
                        + String.join(", ", missing) + " (expected a value for every issue, or one value for all)"));
            }
            return issueIds.stream().map(id -> byIssue.getOrDefault(id, ZERO)).toList();
        }
        if (node instanceof YamlNode.Sequence) {
            problems.add(node.origin().problem(path, found(node) + " (expected one number or distribution for all"
                    + " issues, or a map by issue id such as { " + String.join(": 0.5, ", issueIds)
                    + (issueIds.isEmpty() ? "" : ": 0.5") + " })"));
            return fill(issueIds.size());
        }
        Quantity single = quantityOf(entry.get(), null, path, range);
        for (String id : issueIds) {
            source(path + "." + id, entry.get());
        }
        return issueIds.stream().map(id -> single).toList();
    }

    /** An optional value per party: one value for both, or a map by party id; parties not named get 0. */
    private List<Quantity> perParty(YamlNode.Mapping owner, String at, String key, Range range, List<String> partyIds) {
        Optional<YamlNode.Entry> entry = get(owner, key);
        String path = at + "." + key;
        if (entry.isEmpty()) {
            return fill(partyIds.size());
        }
        YamlNode node = entry.get().value();
        if (node instanceof YamlNode.Mapping map && !isDistribution(map)) {
            Map<String, Quantity> byParty = new HashMap<>();
            for (YamlNode.Entry e : map.entries()) {
                if (!partyIds.contains(e.key())) {
                    if (partyIds.isEmpty()) continue; // the missing or broken parties map is reported already
                    problems.add(e.keyOrigin().problem(path + "." + e.key(),
                            "unknown party '" + Excerpt.of(e.key()) + "'"
                            + didYouMean(e.key(), partyIds) + " (expected one of the party ids: "
                            + String.join(", ", partyIds) + ")"));
                    continue;
                }
                byParty.put(e.key(), quantityOf(e, path + "." + e.key(), range));
            }
            return partyIds.stream().map(id -> byParty.getOrDefault(id, ZERO)).toList();
        }
        if (node instanceof YamlNode.Sequence) {
            problems.add(node.origin().problem(path, found(node) + " (expected one number or distribution for both"
                    + " parties, or a map by party id such as { " + String.join(": 0.5, ", partyIds)
                    + (partyIds.isEmpty() ? "" : ": 0.5") + " })"));
            return fill(partyIds.size());
        }
        Quantity single = quantityOf(entry.get(), null, path, range);
        for (String id : partyIds) {
            source(path + "." + id, entry.get());
        }
        return partyIds.stream().map(id -> single).toList();
    }

    private static List<Quantity> fill(int n) {
        List<Quantity> zeros = new ArrayList<>(n);
        for (int i = 0; i < n; i++) zeros.add(ZERO);
        return zeros;
    }

    // ---------------------------------------------------------------- quantities

    private Quantity requiredQuantity(YamlNode.Mapping owner, String at, String key, Range range) {
        Optional<YamlNode.Entry> entry = get(owner, key);
        if (entry.isEmpty()) {
            requirePresent(owner, at, key, "a number or distribution that is " + range.expected().substring(2));
            return ZERO;
        }
        return quantityOf(entry.get(), path(at, key), range);
    }

    private Quantity optionalQuantity(YamlNode.Mapping owner, String at, String key, Range range, Quantity otherwise) {
        return get(owner, key).map(e -> quantityOf(e, path(at, key), range)).orElse(otherwise);
    }

    /** The entry's value as a quantity, recording its source under {@code path}; ZERO when invalid. */
    private Quantity quantityOf(YamlNode.Entry entry, String path, Range range) {
        return quantityOf(entry, path, path, range);
    }

    private Quantity quantityOf(YamlNode.Entry entry, String sourcePath, String path, Range range) {
        Quantity q = quantity(entry.value(), path, range);
        if (q == null) {
            return ZERO;
        }
        if (sourcePath != null) {
            source(sourcePath, entry);
        }
        return q;
    }

    /** A number or distribution whose every draw lies in {@code range}; null (with a problem) when not. */
    Quantity quantity(YamlNode node, String path, Range range) {
        Quantity q;
        if (node instanceof YamlNode.Mapping map) {
            q = distribution(map, path);
        } else if (node instanceof YamlNode.Scalar s && s.plain() && NUMBER.matcher(s.text()).matches()) {
            OptionalDouble v = number(node, path, "a number or a distribution such as { uniform: [0.2, 0.4] }");
            q = v.isPresent() ? Quantity.of(v.getAsDouble()) : null;
        } else {
            problems.add(node.origin().problem(path, found(node)
                    + " (expected a number or a distribution such as { uniform: [0.2, 0.4] })"));
            q = null;
        }
        if (q == null) {
            return null;
        }
        String wrong = range.check(q);
        if (wrong != null) {
            problems.add(node.origin().problem(path, wrong));
            return null;
        }
        return q;
    }

    /** True for a map that spells a distribution, e.g. {@code { uniform: [a, b] }}, rather than a map by id. */
    static boolean isDistribution(YamlNode.Mapping map) {
        return map.entries().size() == 1 && Keys.DISTRIBUTIONS.contains(map.entries().get(0).key());
    }

    private Quantity distribution(YamlNode.Mapping map, String path) {
        if (map.entries().size() != 1) {
            problems.add(map.origin().problem(path, "a map with " + map.entries().size() + " keys where a value"
                    + " belongs (expected a number or a distribution with exactly one key: "
                    + String.join(", ", Keys.DISTRIBUTIONS) + ")"));
            return null;
        }
        YamlNode.Entry entry = map.entries().get(0);
        String kind = entry.key();
        if (!Keys.DISTRIBUTIONS.contains(kind)) {
            problems.add(entry.keyOrigin().problem(path, "unknown distribution '" + Excerpt.of(kind) + "'"
                    + didYouMean(kind, Keys.DISTRIBUTIONS) + " (expected one of "
                    + String.join(", ", Keys.DISTRIBUTIONS) + ")"));
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Sequence list)) {
            problems.add(entry.value().origin().problem(path, kind + ": " + found(entry.value())
                    + " (expected a list of parameters, e.g. " + kind + ": " + usage(kind) + ")"));
            return null;
        }
        if (kind.equals("choice")) {
            return choice(list, path);
        }
        int arity = switch (kind) {
            case "truncnormal" -> 4;
            case "triangular" -> 3;
            default -> 2;
        };
        if (list.items().size() != arity) {
            problems.add(list.origin().problem(path, kind + " takes " + arity + " numbers, found "
                    + list.items().size() + " (expected " + kind + ": " + usage(kind) + ")"));
            return null;
        }
        double[] p = new double[arity];
        boolean ok = true;
        for (int i = 0; i < arity; i++) {
            OptionalDouble v = number(list.items().get(i), path, "a number (" + kind + ": " + usage(kind) + ")");
            ok &= v.isPresent();
            p[i] = v.orElse(0);
        }
        if (!ok) {
            return null;
        }
        String wrong = null;
        Quantity q = null;
        switch (kind) {
            case "uniform" -> {
                if (!(p[0] < p[1])) wrong = "empty uniform range [" + n(p[0]) + ", " + n(p[1]) + "] (expected low < high)";
                else q = new Quantity.Uniform(p[0], p[1]);
            }
            case "normal" -> {
                if (!(p[1] > 0)) wrong = "normal standard deviation " + n(p[1]) + " (expected sd > 0)";
                else q = new Quantity.Normal(p[0], p[1]);
            }
            case "truncnormal" -> {
                if (!(p[1] > 0)) wrong = "truncnormal standard deviation " + n(p[1]) + " (expected sd > 0)";
                else if (!(p[2] < p[3])) wrong = "empty truncnormal window [" + n(p[2]) + ", " + n(p[3])
                        + "] (expected low < high)";
                else if (!Double.isFinite(Quantity.TruncatedNormal.mean(p[0], p[1], p[2], p[3]))) {
                    wrong = "truncnormal window [" + n(p[2]) + ", " + n(p[3]) + "] lies so far from the mean "
                            + n(p[0]) + " that it has no probability (expected a window within a few sd of the mean)";
                } else q = new Quantity.TruncatedNormal(p[0], p[1], p[2], p[3]);
            }
            case "beta" -> {
                if (!(p[0] > 0 && p[1] > 0)) wrong = "beta parameters [" + n(p[0]) + ", " + n(p[1])
                        + "] (expected both shape parameters > 0)";
                else q = new Quantity.Beta(p[0], p[1]);
            }
            case "triangular" -> {
                if (!(p[0] <= p[1] && p[1] <= p[2] && p[0] < p[2])) wrong = "triangular [" + n(p[0]) + ", "
                        + n(p[1]) + ", " + n(p[2]) + "] is out of order (expected low <= mode <= high, low < high)";
                else q = new Quantity.Triangular(p[0], p[1], p[2]);
            }
            case "lognormal" -> {
                if (!(p[1] > 0)) wrong = "lognormal sigma " + n(p[1]) + " (expected sigma > 0)";
                else if (!Double.isFinite(Quantity.LogNormal.mean(p[0], p[1]))) wrong = "lognormal [" + n(p[0])
                        + ", " + n(p[1]) + "] overflows (expected mu + sigma^2/2 below 700)";
                else q = new Quantity.LogNormal(p[0], p[1]);
            }
            default -> throw new IllegalStateException(kind);
        }
        if (wrong != null) {
            problems.add(list.origin().problem(path, wrong));
            return null;
        }
        return q;
    }

    private Quantity choice(YamlNode.Sequence list, String path) {
        if (list.items().isEmpty()) {
            problems.add(list.origin().problem(path, "choice with no options (expected choice: "
                    + usage("choice") + ")"));
            return null;
        }
        List<Quantity.Choice.Option> options = new ArrayList<>();
        double total = 0;
        boolean ok = true;
        for (YamlNode item : list.items()) {
            if (!(item instanceof YamlNode.Sequence pair) || pair.items().size() != 2) {
                problems.add(item.origin().problem(path, "choice option " + item.render()
                        + " is not a [value, weight] pair (expected choice: " + usage("choice") + ")"));
                ok = false;
                continue;
            }
            OptionalDouble value = number(pair.items().get(0), path, "a number as the option's value");
            OptionalDouble weight = number(pair.items().get(1), path, "a number as the option's weight");
            if (value.isEmpty() || weight.isEmpty()) {
                ok = false;
                continue;
            }
            if (weight.getAsDouble() < 0) {
                problems.add(pair.items().get(1).origin().problem(path, "choice weight " + n(weight.getAsDouble())
                        + " is negative (expected weights >= 0)"));
                ok = false;
                continue;
            }
            total += weight.getAsDouble();
            options.add(new Quantity.Choice.Option(value.getAsDouble(), weight.getAsDouble()));
        }
        if (ok && !(total > 0)) {
            problems.add(list.origin().problem(path, "every choice weight is 0 (expected at least one weight > 0)"));
            return null;
        }
        return ok ? new Quantity.Choice(options) : null;
    }

    private static String usage(String kind) {
        return switch (kind) {
            case "uniform" -> "[low, high]";
            case "normal" -> "[mean, sd]";
            case "truncnormal" -> "[mean, sd, low, high]";
            case "beta" -> "[alpha, beta]";
            case "triangular" -> "[low, mode, high]";
            case "lognormal" -> "[mu, sigma]";
            case "choice" -> "[[value, weight], ...]";
            default -> "[...]";
        };
    }

    private static String n(double value) {
        return Quantity.of(value).describe();
    }

    // ---------------------------------------------------------------- scalars

    private OptionalDouble number(YamlNode node, String path, String expected) {
        if (node instanceof YamlNode.Scalar s && s.plain() && NUMBER.matcher(s.text()).matches()) {
            double value = Double.parseDouble(s.text());
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
            problems.add(node.origin().problem(path, Excerpt.of(s.text())
                    + " is too large (expected a finite number)"));
            return OptionalDouble.empty();
        }
        problems.add(node.origin().problem(path, found(node) + " (expected " + expected + ")"));
        return OptionalDouble.empty();
    }

    /** A plain number in {@code range}, not a distribution (for values every run shares). */
    private double fixedNumber(YamlNode.Entry entry, String path, Range range) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Mapping) {
            problems.add(node.origin().problem(path, "a distribution where a fixed number belongs"
                    + " (expected a plain number, " + range.expected() + ")"));
            return 0;
        }
        OptionalDouble v = number(node, path, "a number, " + range.expected());
        if (v.isEmpty()) {
            return 0;
        }
        String wrong = range.check(Quantity.of(v.getAsDouble()));
        if (wrong != null) {
            problems.add(node.origin().problem(path, wrong));
            return 0;
        }
        source(path, entry);
        return v.getAsDouble();
    }

    private long integer(YamlNode.Entry entry, String path, long min, long max) {
        YamlNode node = entry.value();
        String expected = min == Long.MIN_VALUE ? "a whole number"
                : "a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max);
        if (!(node instanceof YamlNode.Scalar s && s.plain() && NUMBER.matcher(s.text()).matches())) {
            problems.add(node.origin().problem(path, found(node) + " (expected " + expected + ")"));
            return min == Long.MIN_VALUE ? 0 : min;
        }
        BigInteger value = wholeValue(s.text());
        if (value == null) {
            problems.add(node.origin().problem(path, Excerpt.of(s.text())
                    + " is not a whole number (expected " + expected + ")"));
            return min == Long.MIN_VALUE ? 0 : min;
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            boolean beyondStatedRange = min == Long.MIN_VALUE
                    || (max == Integer.MAX_VALUE && value.compareTo(BigInteger.valueOf(max)) > 0);
            problems.add(node.origin().problem(path, Excerpt.of(s.text()) + " is out of range (expected "
                    + (beyondStatedRange ? wholeNumberRange(min, max) : expected) + ")"));
            return min == Long.MIN_VALUE ? 0 : min;
        }
        source(path, entry);
        return value.longValueExact();
    }

    /**
     * The value of a number written as {@link #NUMBER} allows, when it is whole; null when it has a
     * fractional part. A whole number beyond the range of a long comes back as ±10^19, which is
     * beyond it too. One pass over the text: a number written with a million digits (or 1e9999999999)
     * costs no more than reading it, where BigDecimal would take seconds or refuse the exponent.
     */
    private static BigInteger wholeValue(String number) {
        int at = 0;
        boolean negative = number.charAt(0) == '-';
        if (negative || number.charAt(0) == '+') at++;
        int e = Math.max(number.indexOf('e'), number.indexOf('E'));
        String mantissa = number.substring(at, e < 0 ? number.length() : e);
        long exponent = 0;
        if (e >= 0) {
            int digit = e + 1;
            boolean negativeExponent = number.charAt(digit) == '-';
            if (negativeExponent || number.charAt(digit) == '+') digit++;
            for (; digit < number.length(); digit++) {
                // clamped well beyond any digit count a 1 MiB file can hold, so it cannot overflow
                exponent = Math.min(exponent * 10 + (number.charAt(digit) - '0'), 1_000_000_000L);
            }
            if (negativeExponent) exponent = -exponent;
        }
        int dot = mantissa.indexOf('.');
        int fractionDigits = dot < 0 ? 0 : mantissa.length() - dot - 1;
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') first++;
        if (first == digits.length()) {
            return BigInteger.ZERO;
        }
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') end--;
        // value = significant digits × 10^scale
        long scale = exponent - fractionDigits + (digits.length() - end);
        if (scale < 0) {
            return null;
        }
        if (end - first + scale > 19) {
            BigInteger beyondLong = BigInteger.TEN.pow(19);
            return negative ? beyondLong.negate() : beyondLong;
        }
        BigInteger value = new BigInteger(digits.substring(first, end)).multiply(BigInteger.TEN.pow((int) scale));
        return negative ? value.negate() : value;
    }

    /** Both bounds written out, for a value beyond a bound that "a whole number from 1 up" leaves unsaid. */
    private static String wholeNumberRange(long min, long max) {
        return "a whole number from " + min + " to " + max;
    }

    private boolean bool(YamlNode.Entry entry, String path) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Scalar s && s.plain()) {
            if (s.text().equalsIgnoreCase("true")) {
                source(path, entry);
                return true;
            }
            if (s.text().equalsIgnoreCase("false")) {
                source(path, entry);
                return false;
            }
        }
        problems.add(node.origin().problem(path, found(node) + " (expected true or false)"));
        return false;
    }

    private Optional<LocalDate> date(YamlNode.Entry entry, String path) {
        YamlNode node = entry.value();
        if (node instanceof YamlNode.Scalar s && DATE.matcher(s.text()).matches()) {
            try {
                LocalDate date = LocalDate.parse(s.text());
                source(path, entry);
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                problems.add(node.origin().problem(path, s.text() + " is not a calendar date"
                        + " (expected an ISO date YYYY-MM-DD that exists, e.g. 2024-09-24)"));
                return Optional.empty();
            }
        }
        problems.add(node.origin().problem(path, found(node) + " (expected an ISO date YYYY-MM-DD, e.g. 2024-09-24)"));
        return Optional.empty();
    }

    /** A text value; numbers and other plain words are taken as written. Null (with a problem) for lists and maps. */
    private String text(YamlNode.Entry entry, String path) {
        String text = textValue(entry, path);
        if (text != null) {
            source(path, entry);
        }
        return text;
    }

    /**
     * A text of at most {@code maxCharacters} characters: titles, names, labels and descriptions
     * are set in charts and the brief, where an unbounded text only makes an unreadable page.
     */
    private String text(YamlNode.Entry entry, String path, String what, int maxCharacters) {
        String text = text(entry, path);
        if (text != null) {
            tooLong(text, what, maxCharacters).ifPresent(m -> problems.add(entry.value().origin().problem(path, m)));
        }
        return text;
    }

    /** What is wrong with a text longer than {@code maxCharacters} (code points), if it is. */
    static Optional<String> tooLong(String text, String what, int maxCharacters) {
        int characters = text.codePointCount(0, text.length());
        return characters <= maxCharacters ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "a %s of %,d characters (expected at most %,d characters)", what, characters, maxCharacters));
    }

    /** As {@link #text} without recording a source (for ids, which name things rather than assume them). */
    private String textValue(YamlNode.Entry entry, String path) {
        if (entry.value() instanceof YamlNode.Scalar s) {
            return s.text();
        }
        problems.add(entry.value().origin().problem(path, found(entry.value()) + " (expected text)"));
        return null;
    }

    private List<YamlNode> list(YamlNode.Entry entry, String path) {
        if (entry.value() instanceof YamlNode.Sequence s) {
            return s.items();
        }
        problems.add(entry.value().origin().problem(path, found(entry.value()) + " (expected a list, one item per"
                + " line starting with '- ')"));
        return null;
    }

    private YamlNode.Mapping mapping(YamlNode node, String path, String expected) {
        if (node instanceof YamlNode.Mapping m) {
            return m;
        }
        problems.add(node.origin().problem(path, found(node) + " (expected " + expected + ")"));
        return null;
    }

    // ---------------------------------------------------------------- keys

    /** The entry for {@code key} when it is present and has a value (a key with no value counts as absent). */
    private static Optional<YamlNode.Entry> get(YamlNode.Mapping map, String key) {
        return map.entry(key).filter(e -> !isNull(e.value()));
    }

    static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.isNull();
    }

    private void requirePresent(YamlNode.Mapping map, String at, String key, String expected) {
        Optional<YamlNode.Entry> entry = map.entry(key);
        if (entry.isEmpty()) {
            boolean misspelt = map.entries().stream().anyMatch(e -> !Keys.ALL.contains(e.key())
                    && Suggestions.closest(e.key(), List.of(key)).isPresent());
            if (misspelt) {
                return; // the unknown key's "did you mean" says it already
            }
            problems.add(map.origin().problem(path(at, key), "missing required key " + key + mergedFrom(map)
                    + " (expected " + expected + ")"));
        } else if (isNull(entry.get().value())) {
            problems.add(entry.get().keyOrigin().problem(path(at, key), key + " has no value (expected " + expected + ")"));
        }
    }

    /**
     * For a map merged by {@code extends}, which files it was merged from: a key missing there is
     * missing from all of them, and the map's position names only the first.
     */
    private static String mergedFrom(YamlNode.Mapping map) {
        List<String> files = map.files();
        if (files.size() < 2) {
            return "";
        }
        List<String> parents = files.subList(1, files.size());
        String last = parents.get(parents.size() - 1);
        String joined = parents.size() == 1 ? last
                : String.join(", ", parents.subList(0, parents.size() - 1)) + " and " + last;
        return " after merging " + files.get(0) + " with " + joined;
    }

    private void checkKeys(YamlNode.Mapping map, String at, List<String> known) {
        for (YamlNode.Entry e : map.entries()) {
            if (!known.contains(e.key())) {
                problems.add(e.keyOrigin().problem(path(at, e.key()), "unknown key '" + Excerpt.of(e.key()) + "'"
                        + didYouMean(e.key(), known) + " (expected one of: " + String.join(", ", known) + ")"));
            }
        }
    }

    private static String didYouMean(String word, List<String> candidates) {
        return Suggestions.closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private static String path(String at, String key) {
        return at.isEmpty() ? key : at + "." + key;
    }

    /** How a wrong value reads in a message: "found a list", "found text 'abc'". */
    static String found(YamlNode node) {
        if (node instanceof YamlNode.Sequence) return "found a list";
        if (node instanceof YamlNode.Mapping) return "found a map";
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        if (s.isNull()) return "found no value";
        if (!s.plain()) return "found quoted text \"" + Excerpt.of(s.text()) + "\"";
        return "found '" + Excerpt.of(s.text()) + "'";
    }

    private void source(String path, YamlNode.Entry entry) {
        YamlNode value = entry.value();
        sources.add(new ParameterSource(path, value.render(), entry.comment(), value.origin().file(),
                value.origin().line()));
    }
}
