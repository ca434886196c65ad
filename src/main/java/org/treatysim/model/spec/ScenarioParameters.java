package org.treatysim.model.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Every numeric parameter of a scenario under its dotted path, in one canonical order.
 *
 * <p>Paths follow the scenario file: {@code parties.ARM.reservation.constitution},
 * {@code mediators.USA.engagement}, {@code deadlines.cop29.pressure.AZE},
 * {@code ratification.referendum.support}, and for the operands of events
 * {@code events.0.set.mediators.USA.engagement} (the event's index, its operation, its target).
 * The same paths name event targets, sweep factors and the {@code param.*} columns of
 * {@code runs.csv.gz}, so one list serves them all. The parameters of version 2 of the model have
 * paths in every scenario, at their defaults when the file leaves them out
 * ({@code parties.ARM.lossExponent}, {@code mediators.USA.misjudgement},
 * {@code patrons.RUS.collapseOnIncident}, {@code ratification.referendum.earliestShiftDays},
 * {@code termsEffect}, {@code termsReference}); a deadline's {@code missed.collapse},
 * {@code missed.trustLoss} and {@code missed.batna.<party>} exist when it has {@code missed}.
 */
public final class ScenarioParameters {
    private ScenarioParameters() { }

    /** All parameters in canonical order, keyed by dotted path. */
    public static Map<String, Quantity> of(Scenario scenario) {
        Map<String, Quantity> all = new LinkedHashMap<>();
        map(scenario, (path, quantity) -> {
            all.put(path, quantity);
            return quantity;
        });
        return Collections.unmodifiableMap(all);
    }

    /** The dotted paths of all parameters, in canonical order. */
    public static List<String> paths(Scenario scenario) {
        return List.copyOf(of(scenario).keySet());
    }

    /** The paths that events may target: every parameter except the operands of events themselves. */
    public static List<String> eventTargets(Scenario scenario) {
        List<String> targets = new ArrayList<>();
        for (String path : of(scenario).keySet()) {
            if (!path.startsWith("events.")) targets.add(path);
        }
        return targets;
    }

    /**
     * The scenario with the parameter at {@code path} replaced.
     *
     * @throws IllegalArgumentException when no parameter has that path
     */
    public static Scenario with(Scenario scenario, String path, Quantity replacement) {
        boolean[] found = {false};
        Scenario changed = map(scenario, (p, q) -> {
            if (p.equals(path)) {
                found[0] = true;
                return replacement;
            }
            return q;
        });
        if (!found[0]) {
            throw new IllegalArgumentException("no parameter " + path);
        }
        return changed;
    }

    /**
     * Rebuilds the scenario with every parameter passed through {@code f(path, quantity)}, in
     * canonical order. The one walk over the records that all the other methods share.
     */
    public static Scenario map(Scenario s, BiFunction<String, Quantity, Quantity> f) {
        List<String> partyIds = s.parties().stream().map(PartySpec::id).toList();
        List<String> issueIds = s.issues().stream().map(IssueSpec::id).toList();

        Quantity biasPenalty = f.apply("biasPenalty", s.biasPenalty());
        Quantity pressureToBatna = f.apply("pressureToBatna", s.pressureToBatna());

        List<PartySpec> parties = new ArrayList<>();
        for (PartySpec p : s.parties()) {
            String at = "parties." + p.id() + ".";
            parties.add(new PartySpec(p.id(), p.name(),
                    each(f, at + "ideal.", issueIds, p.ideal()),
                    each(f, at + "reservation.", issueIds, p.reservation()),
                    each(f, at + "salience.", issueIds, p.salience()),
                    f.apply(at + "patienceDays", p.patienceDays()),
                    f.apply(at + "stance", p.stance()),
                    f.apply(at + "initialConcession", p.initialConcession()),
                    f.apply(at + "reciprocity", p.reciprocity()),
                    f.apply(at + "batna", p.batna()),
                    f.apply(at + "lossExponent", p.lossExponent()),
                    p.offers()));
        }

        List<MediatorSpec> mediators = new ArrayList<>();
        for (MediatorSpec m : s.mediators()) {
            String at = "mediators." + m.id() + ".";
            Quantity engagement = f.apply(at + "engagement", m.engagement());
            List<Quantity> leverage = each(f, at + "leverage.", partyIds, m.leverage());
            Quantity bias = f.apply(at + "bias", m.bias());
            List<Quantity> sidePayment = each(f, at + "sidePayment.", partyIds, m.sidePayment());
            Optional<Quantity> budget = m.budget().map(b -> f.apply(at + "budget", b));
            Quantity misjudgement = f.apply(at + "misjudgement", m.misjudgement());
            mediators.add(new MediatorSpec(m.id(), m.name(), engagement, leverage, bias, sidePayment, budget,
                    misjudgement));
        }

        List<PatronSpec> patrons = new ArrayList<>();
        for (PatronSpec r : s.patrons()) {
            String at = "patrons." + r.id() + ".";
            patrons.add(new PatronSpec(r.id(), r.name(),
                    f.apply(at + "influence", r.influence()),
                    f.apply(at + "decayPerYear", r.decayPerYear()),
                    f.apply(at + "spoilerPropensity", r.spoilerPropensity()),
                    each(f, at + "leverage.", partyIds, r.leverage()),
                    f.apply(at + "collapseOnIncident", r.collapseOnIncident())));
        }

        List<DeadlineSpec> deadlines = new ArrayList<>();
        for (DeadlineSpec d : s.deadlines()) {
            String at = "deadlines." + d.id() + ".";
            deadlines.add(new DeadlineSpec(d.id(), d.label(), d.date(), d.end(),
                    each(f, at + "pressure.", partyIds, d.pressure()),
                    f.apply(at + "lambdaDays", d.lambdaDays()),
                    f.apply(at + "shiftDays", d.shiftDays()),
                    f.apply(at + "letdownDays", d.letdownDays()),
                    f.apply(at + "letdownFactor", d.letdownFactor()),
                    d.missed().map(x -> new DeadlineSpec.Missed(
                            f.apply(at + "missed.collapse", x.collapse()),
                            f.apply(at + "missed.trustLoss", x.trustLoss()),
                            each(f, at + "missed.batna.", partyIds, x.batna())))));
        }

        ShockSpec k = s.shocks();
        ShockSpec shocks = new ShockSpec(
                f.apply("shocks.clashesPerYear", k.clashesPerYear()),
                f.apply("shocks.pauseWeeks", k.pauseWeeks()),
                f.apply("shocks.trustLoss", k.trustLoss()),
                f.apply("shocks.escalation", k.escalation()));

        RatificationSpec r = s.ratification();
        Quantity initialingDays = f.apply("ratification.initialingDays", r.initialingDays());
        Quantity signingDays = f.apply("ratification.signingDays", r.signingDays());
        Optional<ReferendumSpec> referendum = r.referendum().map(v -> new ReferendumSpec(v.precondition(), v.earliest(),
                f.apply("ratification.referendum.prepDays", v.prepDays()),
                f.apply("ratification.referendum.support", v.support()),
                f.apply("ratification.referendum.turnout", v.turnout()),
                f.apply("ratification.referendum.quorum", v.quorum()),
                f.apply("ratification.referendum.collapseOnFail", v.collapseOnFail()),
                f.apply("ratification.referendum.earliestShiftDays", v.earliestShiftDays()),
                f.apply("ratification.referendum.termsEffect", v.termsEffect()),
                f.apply("ratification.referendum.termsReference", v.termsReference())));

        List<EventSpec> events = new ArrayList<>();
        for (int i = 0; i < s.events().size(); i++) {
            EventSpec e = s.events().get(i);
            List<EventSpec.Effect> effects = new ArrayList<>();
            for (EventSpec.Effect x : e.effects()) {
                String at = "events." + i + "." + x.operation().key() + "." + x.target();
                effects.add(new EventSpec.Effect(x.operation(), x.target(), f.apply(at, x.value())));
            }
            events.add(new EventSpec(e.date(), e.label(), effects));
        }

        return new Scenario(s.id(), s.title(), s.description(), s.start(), s.horizon(), s.stepDays(), s.seed(),
                s.runs(), s.issues(), s.packageDeal(), s.tolerance(), s.drafting(), parties, mediators, biasPenalty,
                pressureToBatna, patrons, deadlines, events, shocks,
                new RatificationSpec(initialingDays, signingDays, referendum));
    }

    private static List<Quantity> each(BiFunction<String, Quantity, Quantity> f, String prefix, List<String> keys,
                                       List<Quantity> values) {
        List<Quantity> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            out.add(f.apply(prefix + keys.get(i), values.get(i)));
        }
        return out;
    }
}
