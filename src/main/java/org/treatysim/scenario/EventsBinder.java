package org.treatysim.scenario;

import static org.treatysim.scenario.ScenarioKey.EVENT_DATE;
import static org.treatysim.scenario.ScenarioKey.EVENT_LABEL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.Quantity;

/**
 * Binds the scheduled events of a scenario. Their targets name parameters of the whole scenario,
 * so they are checked once it is read ({@link CrossChecks#eventTargets}).
 */
final class EventsBinder {
    private final KeyReader keys;
    private final ValueReader values;

    /**
     * An event read but not yet checked against the parameters it targets.
     *
     * @param targetOrigins where each effect's target is written, in the order of the effects
     * @param valueOrigins  where each effect's value is written, in the order of the effects
     */
    record PendingEvent(EventSpec spec, List<Origin> targetOrigins, List<Origin> valueOrigins) { }

    EventsBinder(KeyReader keys) {
        this.keys = keys;
        this.values = keys.values();
    }

    /** The events; an event whose date cannot be read is left out (its problem is reported). */
    List<PendingEvent> events(YamlNode.Entry entry, LocalDate start, LocalDate horizon) {
        List<YamlNode> items = values.list(entry, "events");
        if (items == null) {
            return List.of();
        }
        List<PendingEvent> events = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < items.size(); i++) {
            String at = "events." + i;
            YamlNode.Mapping item = values.mapping(items.get(i), at, "an event: a map with date, label and set, add"
                    + " or multiply");
            if (item == null) continue;
            keys.checkKeys(item, at, Section.EVENT);
            keys.requirePresent(item, at, EVENT_DATE);
            LocalDate date = date(item, at, start, horizon, previous);
            if (date != null) previous = date;
            String label = keys.text(item, at, EVENT_LABEL);
            PendingEvent event = effects(item, at, date, label);
            if (date != null) {
                events.add(event);
            }
        }
        return events;
    }

    /** The event's date, checked against the scenario's window and the previous event's date. */
    private LocalDate date(YamlNode.Mapping item, String at, LocalDate start, LocalDate horizon, LocalDate previous) {
        Optional<YamlNode.Entry> dateEntry = KeyReader.get(item, EVENT_DATE);
        LocalDate date = keys.date(item, at, EVENT_DATE).orElse(null);
        if (date != null && start != null && horizon != null && (date.isBefore(start) || date.isAfter(horizon))) {
            values.problem(dateEntry.get().value().origin(), at + ".date", "event date " + date
                    + " is outside the scenario's window " + start + " to " + horizon
                    + " (expected a date between start and horizon)");
        } else if (date != null && previous != null && date.isBefore(previous)) {
            values.problem(dateEntry.get().value().origin(), at + ".date", "event date " + date
                    + " comes before the previous event's " + previous + " (expected events listed in date order)");
        }
        return date;
    }

    /**
     * The event with its effects, in the order written (its spec null when it has no date); an
     * event that changes nothing is reported.
     */
    private PendingEvent effects(YamlNode.Mapping item, String at, LocalDate date, String label) {
        List<EventSpec.Effect> effects = new ArrayList<>();
        List<Origin> targetOrigins = new ArrayList<>();
        List<Origin> valueOrigins = new ArrayList<>();
        boolean anyOperation = false;
        for (YamlNode.Entry opEntry : item.entries()) {
            EventSpec.Operation operation = operation(opEntry.key());
            if (operation == null || ValueReader.isNull(opEntry.value())) continue;
            anyOperation = true;
            String opPath = at + "." + opEntry.key();
            YamlNode.Mapping targets = values.mapping(opEntry.value(), opPath, "a map from parameter path to value,"
                    + " e.g. { mediators.USA.engagement: 0.3 }");
            if (targets == null) continue;
            for (YamlNode.Entry target : targets.entries()) {
                Quantity value = keys.quantities().quantityOf(target, opPath + "." + target.key(), Range.ANY);
                effects.add(new EventSpec.Effect(operation, target.key(), value));
                targetOrigins.add(target.keyOrigin());
                valueOrigins.add(target.value().origin());
            }
        }
        if (effects.isEmpty() && !anyOperation) {
            values.problem(item.origin(), at, "an event that changes nothing"
                    + " (expected set:, add: or multiply: with at least one parameter)");
        }
        return new PendingEvent(date == null ? null : new EventSpec(date, label, effects), targetOrigins, valueOrigins);
    }

    /** The operation an event's key names (set, add or multiply), or null for its other keys. */
    private static EventSpec.Operation operation(String key) {
        for (EventSpec.Operation operation : EventSpec.Operation.values()) {
            if (operation.key().equals(key)) {
                return operation;
            }
        }
        return null;
    }
}
