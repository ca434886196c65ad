package org.treatysim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.Offers;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ShockSpec;

/**
 * Builds {@link Scenario} records in test code with the defaults of docs/scenario-format.md: two parties with
 * ideals 0 and 1, no mediators, patrons, deadlines, events, clashes or referendum.
 */
final class ScenarioBuilder {
    String id = "test";
    LocalDate start = LocalDate.parse("2024-01-01");
    LocalDate horizon = LocalDate.parse("2026-12-31");
    int stepDays = 7;
    long seed = 1;
    boolean packageDeal = true;
    double tolerance = 0.02;
    Drafting drafting = Drafting.MIDPOINT;
    Quantity biasPenalty = fixed(0);
    Quantity pressureToBatna = fixed(0);
    final List<IssueBuilder> issues = new ArrayList<>();
    final PartyBuilder first = new PartyBuilder("ARM", 0);
    final PartyBuilder second = new PartyBuilder("AZE", 1);
    final List<MediatorBuilder> mediators = new ArrayList<>();
    final List<PatronBuilder> patrons = new ArrayList<>();
    final List<DeadlineBuilder> deadlines = new ArrayList<>();
    final List<EventSpec> events = new ArrayList<>();
    ShockSpec shocks = ShockSpec.NONE;
    Quantity initialingDays = fixed(0);
    Quantity signingDays = fixed(0);
    ReferendumSpec referendum;

    static Quantity fixed(double value) {
        return Quantity.of(value);
    }

    static Quantity uniform(double low, double high) {
        return new Quantity.Uniform(low, high);
    }

    static Quantity triangular(double low, double mode, double high) {
        return new Quantity.Triangular(low, mode, high);
    }

    static Quantity beta(double a, double b) {
        return new Quantity.Beta(a, b);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    ScenarioBuilder dates(String startDate, String horizonDate) {
        start = date(startDate);
        horizon = date(horizonDate);
        return this;
    }

    IssueBuilder issue(String issueId) {
        IssueBuilder issue = new IssueBuilder(issueId);
        issues.add(issue);
        return issue;
    }

    MediatorBuilder mediator(String mediatorId) {
        MediatorBuilder mediator = new MediatorBuilder(mediatorId);
        mediators.add(mediator);
        return mediator;
    }

    PatronBuilder patron(String patronId) {
        PatronBuilder patron = new PatronBuilder(patronId);
        patrons.add(patron);
        return patron;
    }

    DeadlineBuilder deadline(String deadlineId, String date) {
        DeadlineBuilder deadline = new DeadlineBuilder(deadlineId, date(date));
        deadlines.add(deadline);
        return deadline;
    }

    ScenarioBuilder event(String date, String label, EventSpec.Operation operation, String target, Quantity value) {
        events.add(new EventSpec(date(date), label, List.of(new EventSpec.Effect(operation, target, value))));
        return this;
    }

    ScenarioBuilder clashes(double perYear, double pauseWeeks, double trustLoss, double escalation) {
        shocks = new ShockSpec(fixed(perYear), fixed(pauseWeeks), fixed(trustLoss), fixed(escalation));
        return this;
    }

    ScenarioBuilder referendum(boolean precondition, String earliest, Quantity prepDays, Quantity support,
                               Quantity turnout, double quorum, double collapseOnFail) {
        referendum = new ReferendumSpec(precondition, date(earliest), prepDays, support, turnout, fixed(quorum),
                fixed(collapseOnFail));
        return this;
    }

    /** The referendum's support reads the terms: shifted by effect·(U₁(text) − reference); needs {@link #referendum}. */
    ScenarioBuilder referendumTerms(double effect, double reference) {
        ReferendumSpec r = referendum;
        referendum = new ReferendumSpec(r.precondition(), r.earliest(), r.prepDays(), r.support(), r.turnout(),
                r.quorum(), r.collapseOnFail(), r.earliestShiftDays(), fixed(effect), fixed(reference));
        return this;
    }

    /** Days added to the referendum's earliest date in a run; needs {@link #referendum}. */
    ScenarioBuilder referendumEarliestShift(Quantity days) {
        ReferendumSpec r = referendum;
        referendum = new ReferendumSpec(r.precondition(), r.earliest(), r.prepDays(), r.support(), r.turnout(),
                r.quorum(), r.collapseOnFail(), days, r.termsEffect(), r.termsReference());
        return this;
    }

    Scenario build() {
        List<IssueSpec> issueSpecs = issues.stream().map(IssueBuilder::build).toList();
        int n = issueSpecs.size();
        List<PartySpec> parties = List.of(first.build(n), second.build(n));
        return new Scenario(id, id, "", start, horizon, stepDays, seed, 100, issueSpecs, packageDeal, tolerance,
                drafting, parties, mediators.stream().map(MediatorBuilder::build).toList(), biasPenalty,
                pressureToBatna, patrons.stream().map(PatronBuilder::build).toList(),
                deadlines.stream().map(DeadlineBuilder::build).toList(), events, shocks,
                new RatificationSpec(initialingDays, signingDays, Optional.ofNullable(referendum)));
    }

    static final class IssueBuilder {
        final String id;
        boolean referendum;
        double threshold = 0.5;
        OptionalDouble agreed = OptionalDouble.empty();

        IssueBuilder(String id) {
            this.id = id;
        }

        IssueBuilder referendum(double referendumThreshold) {
            referendum = true;
            threshold = referendumThreshold;
            return this;
        }

        IssueBuilder agreed(double value) {
            agreed = OptionalDouble.of(value);
            return this;
        }

        IssueSpec build() {
            return new IssueSpec(id, id, referendum, threshold, agreed);
        }
    }

    static final class PartyBuilder {
        final String id;
        final int index;
        Quantity[] ideal;
        Quantity[] reservation;
        Quantity[] salience;
        Quantity patienceDays = fixed(365);
        Quantity stance = fixed(1);
        Quantity initialConcession = fixed(0);
        Quantity reciprocity = fixed(0);
        Quantity batna = fixed(0);
        Quantity lossExponent = fixed(1);
        Offers offers = Offers.UNIFORM;

        PartyBuilder(String id, int index) {
            this.id = id;
            this.index = index;
        }

        PartyBuilder ideal(Quantity... values) {
            ideal = values;
            return this;
        }

        PartyBuilder reservation(Quantity... values) {
            reservation = values;
            return this;
        }

        PartyBuilder reservation(double... values) {
            reservation = Arrays.stream(values).mapToObj(Quantity::of).toArray(Quantity[]::new);
            return this;
        }

        PartyBuilder salience(double... values) {
            salience = Arrays.stream(values).mapToObj(Quantity::of).toArray(Quantity[]::new);
            return this;
        }

        PartyBuilder patience(Quantity days) {
            patienceDays = days;
            return this;
        }

        PartyBuilder stance(Quantity beta) {
            stance = beta;
            return this;
        }

        PartyBuilder batna(Quantity value) {
            batna = value;
            return this;
        }

        PartyBuilder reciprocity(Quantity value) {
            reciprocity = value;
            return this;
        }

        PartyBuilder initialConcession(Quantity value) {
            initialConcession = value;
            return this;
        }

        PartyBuilder lossExponent(Quantity gamma) {
            lossExponent = gamma;
            return this;
        }

        PartyBuilder offers(Offers how) {
            offers = how;
            return this;
        }

        private List<Quantity> each(Quantity[] values, int n, double fallback) {
            if (values == null) {
                return java.util.Collections.nCopies(n, fixed(fallback));
            }
            if (values.length == 1 && n > 1) {
                return java.util.Collections.nCopies(n, values[0]);
            }
            return List.of(values);
        }

        PartySpec build(int n) {
            return new PartySpec(id, id, each(ideal, n, index), each(reservation, n, 1 - index),
                    each(salience, n, 1), patienceDays, stance, initialConcession, reciprocity, batna, lossExponent,
                    offers);
        }
    }

    static final class MediatorBuilder {
        final String id;
        Quantity engagement = fixed(1);
        List<Quantity> leverage = List.of(fixed(0), fixed(0));
        Quantity bias = fixed(0);
        List<Quantity> sidePayment = List.of(fixed(0), fixed(0));
        Optional<Quantity> budget = Optional.empty();
        Quantity misjudgement = fixed(0);

        MediatorBuilder(String id) {
            this.id = id;
        }

        MediatorBuilder engagement(double value) {
            engagement = fixed(value);
            return this;
        }

        MediatorBuilder leverage(double first, double second) {
            leverage = List.of(fixed(first), fixed(second));
            return this;
        }

        MediatorBuilder bias(double value) {
            bias = fixed(value);
            return this;
        }

        MediatorBuilder sidePayment(double first, double second) {
            sidePayment = List.of(fixed(first), fixed(second));
            return this;
        }

        MediatorBuilder budget(double value) {
            budget = Optional.of(fixed(value));
            return this;
        }

        MediatorBuilder misjudgement(double sd) {
            misjudgement = fixed(sd);
            return this;
        }

        MediatorSpec build() {
            return new MediatorSpec(id, id, engagement, leverage, bias, sidePayment, budget, misjudgement);
        }
    }

    static final class PatronBuilder {
        final String id;
        Quantity influence = fixed(0.5);
        Quantity decayPerYear = fixed(0);
        Quantity spoilerPropensity = fixed(0);
        List<Quantity> leverage = List.of();
        Quantity collapseOnIncident = fixed(0);

        PatronBuilder(String id) {
            this.id = id;
        }

        PatronBuilder influence(Quantity value) {
            influence = value;
            return this;
        }

        PatronBuilder decay(double value) {
            decayPerYear = fixed(value);
            return this;
        }

        PatronBuilder propensity(double value) {
            spoilerPropensity = fixed(value);
            return this;
        }

        PatronBuilder leverage(double first, double second) {
            leverage = List.of(fixed(first), fixed(second));
            return this;
        }

        PatronBuilder collapseOnIncident(double probability) {
            collapseOnIncident = fixed(probability);
            return this;
        }

        PatronSpec build() {
            return new PatronSpec(id, id, influence, decayPerYear, spoilerPropensity, leverage, collapseOnIncident);
        }
    }

    static final class DeadlineBuilder {
        final String id;
        final LocalDate date;
        LocalDate end;
        List<Quantity> pressure = List.of(fixed(0), fixed(0));
        Quantity lambdaDays = fixed(30);
        Quantity shiftDays = fixed(0);
        Quantity letdownDays = fixed(0);
        Quantity letdownFactor = fixed(1);
        DeadlineSpec.Missed missed;

        DeadlineBuilder(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        DeadlineBuilder end(String iso) {
            end = date(iso);
            return this;
        }

        DeadlineBuilder pressure(double first, double second) {
            pressure = List.of(fixed(first), fixed(second));
            return this;
        }

        DeadlineBuilder lambda(double days) {
            lambdaDays = fixed(days);
            return this;
        }

        DeadlineBuilder shift(Quantity days) {
            shiftDays = days;
            return this;
        }

        DeadlineBuilder letdown(double days, double factor) {
            letdownDays = fixed(days);
            letdownFactor = fixed(factor);
            return this;
        }

        /** What missing the deadline costs: collapse probability, trust lost, batna added per party. */
        DeadlineBuilder missed(double collapse, double trustLoss, double firstBatna, double secondBatna) {
            missed = new DeadlineSpec.Missed(fixed(collapse), fixed(trustLoss),
                    List.of(fixed(firstBatna), fixed(secondBatna)));
            return this;
        }

        DeadlineSpec build() {
            return new DeadlineSpec(id, id, date, end, pressure, lambdaDays, shiftDays, letdownDays, letdownFactor,
                    Optional.ofNullable(missed));
        }
    }

    /**
     * The example of docs/scenario-format.md, built in code (its numbers illustrate the format; they are not
     * calibrated).
     */
    static ScenarioBuilder baseline() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.id = "baseline-2024-09";
        b.dates("2024-09-24", "2026-12-31");
        b.seed = 20240924;
        b.drafting = Drafting.NASH;
        b.issue("constitution").referendum(0.5);
        b.issue("transit");
        b.issue("recognition").agreed(0.5);
        b.first.ideal(fixed(0)).reservation(uniform(0.6, 1.0), fixed(0.45), fixed(0.5)).salience(3, 3, 1)
                .patience(triangular(180, 365, 730)).stance(uniform(1.0, 2.5)).reciprocity(fixed(0.3))
                .batna(uniform(0.2, 0.4));
        b.second.ideal(fixed(1)).reservation(fixed(0.8), uniform(0.3, 0.6), fixed(0.5)).salience(2, 4, 1)
                .patience(triangular(365, 730, 1460)).stance(uniform(0.2, 0.8)).batna(uniform(0.3, 0.6));
        b.mediator("USA").engagement(0.7).leverage(0.3, 0.4).bias(0.1).sidePayment(0.05, 0.05);
        b.mediator("FRA").engagement(0.5).leverage(0.3, 0.05).bias(0.6);
        b.biasPenalty = fixed(0.8);
        b.pressureToBatna = fixed(0.2);
        b.patron("RUS").influence(uniform(0.2, 0.4)).decay(0.2).propensity(0.5);
        b.deadline("cop29", "2024-11-11").end("2024-11-22").pressure(0.2, 1.5).lambda(30);
        b.event("2025-01-20", "New US administration", EventSpec.Operation.SET, "mediators.USA.engagement",
                uniform(0.2, 1.0));
        b.shocks = new ShockSpec(fixed(1.0), fixed(4), fixed(0.1), fixed(0.02));
        b.initialingDays = uniform(14, 120);
        b.signingDays = uniform(7, 60);
        b.referendum(true, "2026-07-01", triangular(120, 240, 540), beta(2, 3), uniform(0.35, 0.6), 0.25, 0.2);
        return b;
    }

    /**
     * {@link #baseline()} with every mechanism of model version 2 switched on: quadratic losses,
     * tradeoff offers, misjudging mediators, a costly COP29, a referendum that reads the terms, an
     * uncertain earliest polling day and spoiler incidents that may end the talks (illustrative
     * numbers).
     */
    static ScenarioBuilder baselineVersionTwo() {
        ScenarioBuilder b = baseline();
        b.first.lossExponent(fixed(2)).offers(Offers.TRADEOFF);
        b.second.lossExponent(fixed(2)).offers(Offers.TRADEOFF);
        b.mediators.get(0).misjudgement(0.02);
        b.mediators.get(1).misjudgement(0.05);
        b.deadlines.get(0).missed(0.05, 0.05, 0, 0.02);
        b.referendumTerms(0.5, 0.5).referendumEarliestShift(uniform(-30, 90));
        b.patrons.get(0).collapseOnIncident(0.1);
        return b;
    }
}
