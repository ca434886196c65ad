package org.treatysim.scenario;

import static org.treatysim.scenario.ScenarioKey.MEDIATOR_BIAS;
import static org.treatysim.scenario.ScenarioKey.MEDIATOR_BUDGET;
import static org.treatysim.scenario.ScenarioKey.MEDIATOR_ENGAGEMENT;
import static org.treatysim.scenario.ScenarioKey.MEDIATOR_LEVERAGE;
import static org.treatysim.scenario.ScenarioKey.MEDIATOR_MISJUDGEMENT;
import static org.treatysim.scenario.ScenarioKey.MEDIATOR_NAME;
import static org.treatysim.scenario.ScenarioKey.MEDIATOR_SIDE_PAYMENT;
import static org.treatysim.scenario.ScenarioKey.PARTY_BATNA;
import static org.treatysim.scenario.ScenarioKey.PARTY_IDEAL;
import static org.treatysim.scenario.ScenarioKey.PARTY_INITIAL_CONCESSION;
import static org.treatysim.scenario.ScenarioKey.PARTY_LOSS_EXPONENT;
import static org.treatysim.scenario.ScenarioKey.PARTY_NAME;
import static org.treatysim.scenario.ScenarioKey.PARTY_OFFERS;
import static org.treatysim.scenario.ScenarioKey.PARTY_PATIENCE_DAYS;
import static org.treatysim.scenario.ScenarioKey.PARTY_RECIPROCITY;
import static org.treatysim.scenario.ScenarioKey.PARTY_RESERVATION;
import static org.treatysim.scenario.ScenarioKey.PARTY_SALIENCE;
import static org.treatysim.scenario.ScenarioKey.PARTY_STANCE;
import static org.treatysim.scenario.ScenarioKey.PATRON_COLLAPSE_ON_INCIDENT;
import static org.treatysim.scenario.ScenarioKey.PATRON_DECAY_PER_YEAR;
import static org.treatysim.scenario.ScenarioKey.PATRON_INFLUENCE;
import static org.treatysim.scenario.ScenarioKey.PATRON_LEVERAGE;
import static org.treatysim.scenario.ScenarioKey.PATRON_NAME;
import static org.treatysim.scenario.ScenarioKey.PATRON_SPOILER_PROPENSITY;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.Offers;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.Quantity;

/** Binds the actors of a scenario: its two parties, its mediators and its patrons, each a map by id. */
final class ActorsBinder {
    private final KeyReader keys;
    private final ValueReader values;

    ActorsBinder(KeyReader keys) {
        this.keys = keys;
        this.values = keys.values();
    }

    /** The parties (exactly two are expected), registering their ids in {@code actors}. */
    List<PartySpec> parties(YamlNode.Entry entry, List<String> issueIds, Map<String, String> actors) {
        YamlNode.Mapping map = values.mapping(entry.value(), "parties",
                "a map of exactly two parties by id, e.g. ARM: and AZE:");
        if (map == null) {
            return List.of();
        }
        int count = map.entries().size();
        if (count != ScenarioKey.TOP_PARTIES.type().min()) {
            values.problem(map.origin(), "parties", count + " part" + (count == 1 ? "y" : "ies")
                    + " (expected exactly two: the first party, whose ideal is 0 on every issue, and the second)");
        }
        List<PartySpec> parties = new ArrayList<>();
        for (YamlNode.Entry partyEntry : map.entries()) {
            String id = partyEntry.key();
            if (!keys.ids().registerActor(id, "parties", partyEntry, actors)) continue;
            String at = "parties." + id;
            YamlNode.Mapping party = values.mapping(partyEntry.value(), at, "a party: a map with ideal, reservation,"
                    + " salience, patienceDays and stance");
            if (party != null) {
                parties.add(party(party, at, id, issueIds));
            }
        }
        return parties;
    }

    private PartySpec party(YamlNode.Mapping party, String at, String id, List<String> issueIds) {
        keys.checkKeys(party, at, Section.PARTY);
        String name = keys.text(party, at, PARTY_NAME);
        List<Quantity> ideal = keys.perIssue(party, at, PARTY_IDEAL, issueIds);
        List<Quantity> reservation = keys.perIssue(party, at, PARTY_RESERVATION, issueIds);
        List<Quantity> salience = keys.perIssue(party, at, PARTY_SALIENCE, issueIds);
        KeyReader.get(party, PARTY_SALIENCE).ifPresent(e -> {
            if (!salience.isEmpty() && salience.stream().mapToDouble(Quantity::upperBound).sum() <= 0) {
                values.problem(e.value().origin(), at + ".salience", "every salience is 0 (expected at least one"
                        + " positive weight; weights are normalised to sum 1)");
            }
        });
        return new PartySpec(id, name, ideal, reservation, salience,
                keys.quantity(party, at, PARTY_PATIENCE_DAYS),
                keys.quantity(party, at, PARTY_STANCE),
                keys.quantity(party, at, PARTY_INITIAL_CONCESSION),
                keys.quantity(party, at, PARTY_RECIPROCITY),
                keys.quantity(party, at, PARTY_BATNA),
                keys.quantity(party, at, PARTY_LOSS_EXPONENT),
                keys.choice(party, at, PARTY_OFFERS, Offers.class));
    }

    /** Reads one actor of a role from its map entry. */
    interface ActorReader<T> {
        T read(YamlNode.Mapping map, String path, String id);
    }

    /** The actors of a role (mediators, patrons), registering their ids in {@code actors}. */
    <T> List<T> actorsOf(YamlNode.Entry entry, String role, Map<String, String> actors, ActorReader<T> reader) {
        YamlNode.Mapping map = values.mapping(entry.value(), role, "a map of " + role + " by id, e.g. USA:");
        if (map == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (YamlNode.Entry actorEntry : map.entries()) {
            String id = actorEntry.key();
            if (!keys.ids().registerActor(id, role, actorEntry, actors)) continue;
            String at = role + "." + id;
            YamlNode.Mapping actor = values.mapping(actorEntry.value(), at, "a map of the "
                    + role.substring(0, role.length() - 1) + "'s keys");
            if (actor == null) continue;
            result.add(reader.read(actor, at, id));
        }
        return result;
    }

    MediatorSpec mediator(YamlNode.Mapping m, String at, String id, List<String> partyIds) {
        keys.checkKeys(m, at, Section.MEDIATOR);
        return new MediatorSpec(id, keys.text(m, at, MEDIATOR_NAME),
                keys.quantity(m, at, MEDIATOR_ENGAGEMENT),
                keys.perParty(m, at, MEDIATOR_LEVERAGE, partyIds),
                keys.quantity(m, at, MEDIATOR_BIAS),
                keys.perParty(m, at, MEDIATOR_SIDE_PAYMENT, partyIds),
                keys.optionalQuantity(m, at, MEDIATOR_BUDGET),
                keys.quantity(m, at, MEDIATOR_MISJUDGEMENT));
    }

    PatronSpec patron(YamlNode.Mapping m, String at, String id, List<String> partyIds) {
        keys.checkKeys(m, at, Section.PATRON);
        return new PatronSpec(id, keys.text(m, at, PATRON_NAME),
                keys.quantity(m, at, PATRON_INFLUENCE),
                keys.quantity(m, at, PATRON_DECAY_PER_YEAR),
                keys.quantity(m, at, PATRON_SPOILER_PROPENSITY),
                keys.perParty(m, at, PATRON_LEVERAGE, partyIds),
                keys.quantity(m, at, PATRON_COLLAPSE_ON_INCIDENT));
    }
}
