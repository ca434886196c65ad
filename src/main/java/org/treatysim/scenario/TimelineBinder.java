package org.treatysim.scenario;

import static org.treatysim.scenario.ScenarioKey.DEADLINE_DATE;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_END;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_ID;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_LABEL;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_LAMBDA_DAYS;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_LETDOWN_DAYS;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_LETDOWN_FACTOR;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_MISSED;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_PRESSURE;
import static org.treatysim.scenario.ScenarioKey.DEADLINE_SHIFT_DAYS;
import static org.treatysim.scenario.ScenarioKey.MISSED_BATNA;
import static org.treatysim.scenario.ScenarioKey.MISSED_COLLAPSE;
import static org.treatysim.scenario.ScenarioKey.MISSED_TRUST_LOSS;
import static org.treatysim.scenario.ScenarioKey.RATIFICATION_INITIALING_DAYS;
import static org.treatysim.scenario.ScenarioKey.RATIFICATION_REFERENDUM;
import static org.treatysim.scenario.ScenarioKey.RATIFICATION_SIGNING_DAYS;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_COLLAPSE_ON_FAIL;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_EARLIEST;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_EARLIEST_SHIFT_DAYS;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_PRECONDITION;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_PREP_DAYS;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_QUORUM;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_SUPPORT;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_TERMS_EFFECT;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_TERMS_REFERENCE;
import static org.treatysim.scenario.ScenarioKey.REFERENDUM_TURNOUT;
import static org.treatysim.scenario.ScenarioKey.SHOCKS_CLASHES_PER_YEAR;
import static org.treatysim.scenario.ScenarioKey.SHOCKS_ESCALATION;
import static org.treatysim.scenario.ScenarioKey.SHOCKS_PAUSE_WEEKS;
import static org.treatysim.scenario.ScenarioKey.SHOCKS_TRUST_LOSS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.ShockSpec;

/** Binds what happens to a scenario over time: its deadlines, border clashes and the road to signature. */
final class TimelineBinder {
    private static final Quantity ZERO = QuantityReader.ZERO;

    private final KeyReader keys;
    private final ValueReader values;

    TimelineBinder(KeyReader keys) {
        this.keys = keys;
        this.values = keys.values();
    }

    /** The deadlines; a deadline whose id or date cannot be read is left out (its problem is reported). */
    List<DeadlineSpec> deadlines(YamlNode.Entry entry, List<String> partyIds, LocalDate start) {
        List<YamlNode> items = values.list(entry, "deadlines");
        if (items == null) {
            return List.of();
        }
        List<DeadlineSpec> deadlines = new ArrayList<>();
        Map<String, Origin> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Mapping item = values.mapping(items.get(i), "deadlines." + i, "a deadline: a map with id, date,"
                    + " pressure and lambdaDays");
            if (item == null) continue;
            String id = keys.ids().itemId(item, "deadlines", i, DEADLINE_ID, seen);
            String at = "deadlines." + (id == null ? Integer.toString(i) : id);
            keys.checkKeys(item, at, Section.DEADLINE);
            String label = keys.text(item, at, DEADLINE_LABEL);
            keys.requirePresent(item, at, DEADLINE_DATE);
            LocalDate date = keys.date(item, at, DEADLINE_DATE).orElse(null);
            LocalDate end = end(item, at, date, start);
            List<Quantity> pressure = keys.perParty(item, at, DEADLINE_PRESSURE, partyIds);
            Quantity lambda = keys.quantity(item, at, DEADLINE_LAMBDA_DAYS);
            Quantity shift = keys.quantity(item, at, DEADLINE_SHIFT_DAYS);
            Quantity letdownDays = keys.quantity(item, at, DEADLINE_LETDOWN_DAYS);
            Quantity letdownFactor = keys.quantity(item, at, DEADLINE_LETDOWN_FACTOR);
            Optional<DeadlineSpec.Missed> missed = KeyReader.get(item, DEADLINE_MISSED)
                    .flatMap(e -> missed(e, at + ".missed", partyIds));
            if (id != null && date != null) {
                deadlines.add(new DeadlineSpec(id, label, date, end, pressure, lambda, shift, letdownDays,
                        letdownFactor, missed));
            }
        }
        return deadlines;
    }

    /** What missing a deadline costs; empty when its map cannot be read (which is reported). */
    private Optional<DeadlineSpec.Missed> missed(YamlNode.Entry entry, String at, List<String> partyIds) {
        YamlNode.Mapping m = values.mapping(entry.value(), at, "a map with collapse, trustLoss and batna");
        if (m == null) {
            return Optional.empty();
        }
        keys.checkKeys(m, at, Section.MISSED);
        return Optional.of(new DeadlineSpec.Missed(
                keys.quantity(m, at, MISSED_COLLAPSE),
                keys.quantity(m, at, MISSED_TRUST_LOSS),
                keys.perParty(m, at, MISSED_BATNA, partyIds)));
    }

    /**
     * The deadline's end, checked against its date and the scenario's start; null when it is not
     * given, or when it is before the date (which is reported).
     */
    private LocalDate end(YamlNode.Mapping item, String at, LocalDate date, LocalDate start) {
        Optional<YamlNode.Entry> endEntry = KeyReader.get(item, DEADLINE_END);
        LocalDate end = keys.date(item, at, DEADLINE_END).orElse(null);
        if (date != null && end != null && end.isBefore(date)) {
            values.problem(endEntry.get().value().origin(), at + ".end", "end " + end + " is before date " + date
                    + " (expected an end on or after the date)");
            return null;
        } else if (start != null && date != null && (end == null ? date : end).isBefore(start)) {
            Origin where = endEntry.map(e -> e.value().origin())
                    .orElse(KeyReader.get(item, DEADLINE_DATE).get().value().origin());
            values.problem(where, at + (end == null ? ".date" : ".end"), "the deadline is over on "
                    + (end == null ? date : end) + ", before the scenario starts on " + start
                    + " (expected a deadline that ends on or after the start)");
        }
        return end;
    }

    ShockSpec shocks(YamlNode.Entry entry) {
        YamlNode.Mapping m = values.mapping(entry.value(), "shocks", "a map with clashesPerYear, pauseWeeks, trustLoss"
                + " and escalation");
        if (m == null) {
            return ShockSpec.NONE;
        }
        keys.checkKeys(m, "shocks", Section.SHOCKS);
        return new ShockSpec(
                keys.quantity(m, "shocks", SHOCKS_CLASHES_PER_YEAR),
                keys.quantity(m, "shocks", SHOCKS_PAUSE_WEEKS),
                keys.quantity(m, "shocks", SHOCKS_TRUST_LOSS),
                keys.quantity(m, "shocks", SHOCKS_ESCALATION));
    }

    RatificationSpec ratification(YamlNode.Entry entry, LocalDate start, LocalDate horizon) {
        YamlNode.Mapping m = values.mapping(entry.value(), "ratification", "a map with initialingDays, signingDays"
                + " and optionally referendum");
        if (m == null) {
            return RatificationSpec.IMMEDIATE;
        }
        keys.checkKeys(m, "ratification", Section.RATIFICATION);
        Quantity initialing = keys.quantity(m, "ratification", RATIFICATION_INITIALING_DAYS);
        Quantity signing = keys.quantity(m, "ratification", RATIFICATION_SIGNING_DAYS);
        Optional<ReferendumSpec> referendum = KeyReader.get(m, RATIFICATION_REFERENDUM)
                .map(e -> referendum(e, start, horizon));
        return new RatificationSpec(initialing, signing, referendum);
    }

    private ReferendumSpec referendum(YamlNode.Entry entry, LocalDate start, LocalDate horizon) {
        String at = "ratification.referendum";
        YamlNode.Mapping m = values.mapping(entry.value(), at, "a map with support, turnout and the referendum's rules");
        if (m == null) {
            return new ReferendumSpec(true, LocalDate.EPOCH, ZERO, ZERO, ZERO, ZERO, ZERO);
        }
        keys.checkKeys(m, at, Section.REFERENDUM);
        boolean precondition = keys.flag(m, at, REFERENDUM_PRECONDITION);
        Optional<YamlNode.Entry> earliestEntry = KeyReader.get(m, REFERENDUM_EARLIEST);
        LocalDate earliest = keys.date(m, at, REFERENDUM_EARLIEST).orElse(start);
        if (earliestEntry.isPresent() && earliest != null && start != null && horizon != null
                && (earliest.isBefore(start) || earliest.isAfter(horizon))) {
            values.problem(earliestEntry.get().value().origin(), at + ".earliest", "earliest " + earliest
                    + " is outside the scenario's window " + start + " to " + horizon
                    + " (expected a date between start and horizon)");
        }
        return new ReferendumSpec(precondition, earliest == null ? LocalDate.EPOCH : earliest,
                keys.quantity(m, at, REFERENDUM_PREP_DAYS),
                keys.quantity(m, at, REFERENDUM_SUPPORT),
                keys.quantity(m, at, REFERENDUM_TURNOUT),
                keys.quantity(m, at, REFERENDUM_QUORUM),
                keys.quantity(m, at, REFERENDUM_COLLAPSE_ON_FAIL),
                keys.quantity(m, at, REFERENDUM_EARLIEST_SHIFT_DAYS),
                keys.quantity(m, at, REFERENDUM_TERMS_EFFECT),
                keys.quantity(m, at, REFERENDUM_TERMS_REFERENCE));
    }
}
