package org.treatysim.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.treatysim.model.spec.Milestone;

/**
 * Maps the YAML tree of an observations file to {@link Observations}, collecting every problem
 * instead of stopping at the first, in the style of {@link ScenarioBinder}: each located where the
 * bad value stands and ending with what was expected.
 */
final class ObservationsBinder {
    static final List<String> TOP = List.of("observations", "forecasts", "description");
    static final List<String> OBSERVATION = List.of("date", "event", "happened");
    static final List<String> FORECAST = List.of("source", "date", "event", "p");
    /** Words for things a run counts but does not date, so they cannot be observed by a date. */
    private static final Set<String> UNDATED = Set.of("clash", "clashes", "spoiler", "spoilers");

    private final List<Problem> problems = new ArrayList<>();
    private final ValueReader values = new ValueReader(problems, null, "2024-11-22");
    private final LocalDate start;
    private final LocalDate horizon;

    /**
     * @param start   the scenario's start, or null to skip the window check
     * @param horizon the scenario's horizon, or null to skip the window check
     */
    ObservationsBinder(LocalDate start, LocalDate horizon) {
        this.start = start;
        this.horizon = horizon;
    }

    List<Problem> problems() {
        return problems;
    }

    /** An observation read with where its parts stand. */
    private record Read(Observation observation, YamlNode.Mapping item, int index, Origin happened) {
        int line() {
            return item.origin().line();
        }

        String happenedPath() {
            return "observations." + index + ".happened";
        }
    }

    /** The observations, or null when any problem was found. */
    Observations bind(String file, YamlNode rootNode) {
        if (!(rootNode instanceof YamlNode.Mapping root)) {
            values.problem(rootNode.origin(), "", ValueReader.found(rootNode) + " at the top of the file"
                    + " (expected a map with the key observations: a list of { date, event, happened })");
            return null;
        }
        values.checkKeys(root, "", TOP);
        requirePresent(root, "", TOP, "observations", "a list of { date, event, happened }");
        get(root, "description").ifPresent(e -> values.text(e, "description", "description",
                ValueType.DESCRIPTION_CHARACTERS));
        List<Read> observations = get(root, "observations").map(this::observations).orElse(List.of());
        checkContradictions(observations);
        List<ExternalForecast> forecasts = get(root, "forecasts").map(this::forecasts).orElse(List.of());
        if (!problems.isEmpty() || observations.isEmpty()) {
            return null;
        }
        return new Observations(file, observations.stream().map(Read::observation).toList(), forecasts);
    }

    // ---------------------------------------------------------------- observations

    private List<Read> observations(YamlNode.Entry entry) {
        List<YamlNode> items = values.list(entry, "observations");
        if (items == null) return List.of();
        if (items.isEmpty()) {
            problems.add(entry.value().origin().problem("observations", "no observations (expected at least one"
                    + " { date, event, happened })"));
        }
        List<Read> read = new ArrayList<>();
        Map<String, Read> seen = new HashMap<>();
        LocalDate previous = null;
        for (int i = 0; i < items.size(); i++) {
            String at = "observations." + i;
            YamlNode.Mapping item = values.mapping(items.get(i), at, "an observation: a map { date, event, happened }");
            if (item == null) continue;
            values.checkKeys(item, at, OBSERVATION);
            requirePresent(item, at, OBSERVATION, "date",
                    "the day by which the event did or did not happen, an ISO date");
            requirePresent(item, at, OBSERVATION, "event", "one of " + String.join(", ", Milestone.keys()));
            requirePresent(item, at, OBSERVATION, "happened", "true or false");
            Optional<YamlNode.Entry> dateEntry = get(item, "date");
            LocalDate date = dateEntry.flatMap(e -> values.date(e, at + ".date")).orElse(null);
            if (date != null) {
                Origin origin = dateEntry.get().value().origin();
                boolean inWindow = checkWindow(date, origin, at + ".date");
                if (inWindow && previous != null && date.isBefore(previous)) {
                    problems.add(origin.problem(at + ".date", "date " + date + " comes before the previous"
                            + " observation's " + previous + " (expected observations listed in date order,"
                            + " earliest first)"));
                }
                previous = date;
            }
            Milestone event = get(item, "event").flatMap(e -> event(e, at + ".event")).orElse(null);
            Optional<YamlNode.Entry> happenedEntry = get(item, "happened");
            Boolean happened = happenedEntry.flatMap(e -> values.bool(e, at + ".happened")).orElse(null);
            if (date == null || event == null || happened == null) continue;

            Observation observation = new Observation(date, event, happened, item.origin().toString());
            Read current = new Read(observation, item, i, happenedEntry.get().value().origin());
            String key = event.key() + "@" + date;
            Read first = seen.get(key);
            if (first == null) {
                seen.put(key, current);
                read.add(current);
            } else if (first.observation().happened() == happened) {
                problems.add(item.origin().problem(at, "duplicate observation: " + observation.outcome()
                        + " is already given at line " + first.line() + " (expected each event and date once)"));
            } else {
                problems.add(current.happened().problem(current.happenedPath(), "contradicts line " + first.line()
                        + ", which says " + first.observation().describe() + " (expected one answer for "
                        + observation.outcome() + ")"));
            }
        }
        return read;
    }

    /**
     * Refuses histories no run can have: an event that had happened by one date but not by a
     * later one (events do not un-happen), a later milestone without its predecessors (a
     * signature without initialing), or both a signature and a collapse.
     */
    private void checkContradictions(List<Read> observations) {
        for (Read no : observations) {
            if (no.observation().happened()) continue;
            for (Read yes : observations) {
                Observation y = yes.observation();
                Observation n = no.observation();
                if (!y.happened() || !y.event().implied().contains(n.event()) || n.date().isBefore(y.date())) continue;
                String why = y.event() == n.event()
                        ? "an event that had happened by " + y.date() + " has happened by any later date"
                        : "in the model a treaty is " + predecessorSentence(n.event(), y.event());
                problems.add(no.happened().problem(no.happenedPath(), n.describe() + " contradicts line " + yes.line()
                        + ", which says " + y.describe() + " (expected happened: true: " + why + ")"));
                break;
            }
        }
        for (Read a : observations) {
            for (Read b : observations) {
                Observation x = a.observation();
                Observation y = b.observation();
                if (x.happened() && y.happened() && x.event().excludes(y.event()) && b.line() > a.line()) {
                    problems.add(b.happened().problem(b.happenedPath(), y.describe() + " contradicts line " + a.line()
                            + ", which says " + x.describe() + " (expected at most one of signed and collapsed:"
                            + " each ends the talks)"));
                }
            }
        }
    }

    private static String predecessorSentence(Milestone earlier, Milestone later) {
        return switch (earlier) {
            case TEXT_AGREED -> "initialed, put to referendum or signed only after its text is agreed";
            case INITIALED -> "put to referendum or signed only after it is initialed";
            case REFERENDUM_HELD -> "approved by referendum only in a referendum that was held";
            default -> earlier.label() + " before it is " + later.label();
        };
    }

    // ---------------------------------------------------------------- forecasts

    private List<ExternalForecast> forecasts(YamlNode.Entry entry) {
        List<YamlNode> items = values.list(entry, "forecasts");
        if (items == null) return List.of();
        List<ExternalForecast> forecasts = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "forecasts." + i;
            YamlNode.Mapping item = values.mapping(items.get(i), at, "a forecast: a map { source, date, event, p }");
            if (item == null) continue;
            values.checkKeys(item, at, FORECAST);
            requirePresent(item, at, FORECAST, "source", "who made the forecast, e.g. Expert panel");
            requirePresent(item, at, FORECAST, "date", "the date of the outcome forecast, an ISO date");
            requirePresent(item, at, FORECAST, "event", "one of " + String.join(", ", Milestone.keys()));
            requirePresent(item, at, FORECAST, "p", "the forecast probability, in [0, 1]");
            String source = get(item, "source")
                    .map(e -> values.text(e, at + ".source", "source", ValueType.TITLE_CHARACTERS)).orElse(null);
            if (source != null && source.isBlank()) {
                problems.add(item.entry("source").get().value().origin().problem(at + ".source",
                        "blank source (expected who made the forecast, e.g. Expert panel)"));
                source = null;
            }
            Optional<YamlNode.Entry> dateEntry = get(item, "date");
            LocalDate date = dateEntry.flatMap(e -> values.date(e, at + ".date")).orElse(null);
            if (date != null && !checkWindow(date, dateEntry.get().value().origin(), at + ".date")) {
                date = null;
            }
            Milestone event = get(item, "event").flatMap(e -> event(e, at + ".event")).orElse(null);
            OptionalDouble p = get(item, "p").map(e -> probability(e, at + ".p")).orElse(OptionalDouble.empty());
            if (source == null || date == null || event == null || p.isEmpty()) continue;
            String key = source + "|" + event.key() + "|" + date;
            if (seen.containsKey(key)) {
                problems.add(item.origin().problem(at, "duplicate forecast: " + source + " already forecast "
                        + event.key() + " by " + date + " at line " + seen.get(key).line()
                        + " (expected one forecast per source, event and date)"));
                continue;
            }
            seen.put(key, item.origin());
            forecasts.add(new ExternalForecast(source, date, event, p.getAsDouble(), item.origin().toString()));
        }
        return forecasts;
    }

    // ---------------------------------------------------------------- values

    private boolean checkWindow(LocalDate date, Origin origin, String path) {
        if (start == null || horizon == null) return true;
        if (date.isBefore(start)) {
            problems.add(origin.problem(path, "date " + date + " is before the scenario's start " + start
                    + " (expected a date from " + start + " to " + horizon + ": the runs say nothing about earlier days)"));
            return false;
        }
        if (date.isAfter(horizon)) {
            problems.add(origin.problem(path, "date " + date + " is after the scenario's horizon " + horizon
                    + " (expected a date from " + start + " to " + horizon + ": the runs stop at the horizon)"));
            return false;
        }
        return true;
    }

    private Optional<Milestone> event(YamlNode.Entry entry, String path) {
        String text = values.textValue(entry, path);
        if (text == null) return Optional.empty();
        Optional<Milestone> event = Milestone.byKey(text);
        if (event.isPresent()) return event;
        String expected = " (expected one of: " + String.join(", ", Milestone.keys()) + ")";
        if (UNDATED.contains(text.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(entry.value().origin().problem(path, "event '" + text + "' cannot be observed by a date:"
                    + " a run counts its clashes and spoiler incidents but does not record when they happened"
                    + expected));
        } else {
            problems.add(entry.value().origin().problem(path, "unknown event '" + Excerpt.of(text) + "'"
                    + ValueReader.didYouMean(text, Milestone.keys()) + expected));
        }
        return Optional.empty();
    }

    private OptionalDouble probability(YamlNode.Entry entry, String path) {
        YamlNode node = entry.value();
        if (ValueReader.isNumber(node) && node instanceof YamlNode.Scalar s) {
            double value = Double.parseDouble(s.text());
            if (value >= 0 && value <= 1) return OptionalDouble.of(value);
            problems.add(node.origin().problem(path, Excerpt.of(s.text())
                    + " is out of range (expected a probability in [0, 1])"));
            return OptionalDouble.empty();
        }
        problems.add(node.origin().problem(path, ValueReader.found(node) + " (expected a probability in [0, 1],"
                + " e.g. 0.05)"));
        return OptionalDouble.empty();
    }

    // ---------------------------------------------------------------- keys

    private static Optional<YamlNode.Entry> get(YamlNode.Mapping map, String key) {
        return ValueReader.get(map, key);
    }

    /** Reports a missing key, unless a key written in the map is closest to it among {@code known}. */
    private void requirePresent(YamlNode.Mapping map, String at, List<String> known, String key, String expected) {
        values.requirePresent(map, at, key, expected, (written, required) -> !known.contains(written)
                && Suggestions.closest(written, known).filter(required::equals).isPresent());
    }
}
