package org.treatysim.model.spec;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the negotiation model needs for one scenario, already validated: ids are unique,
 * per-issue and per-party lists have one entry per issue or party, in the order of
 * {@link #issues()} and {@link #parties()}; dates are in order.
 *
 * <p>Immutable. The model never reads files: the scenario package builds this record.
 *
 * @param id          scenario id: letters, digits, '-' and '_'; names the results folder
 * @param title       one line for charts and the brief
 * @param description free text for the brief (may be empty)
 * @param start       first simulated day (the forecast date)
 * @param horizon     last simulated day, after {@code start}
 * @param stepDays    days per model step, &ge; 1
 * @param seed        the scenario's master seed; run i's streams derive from (seed, i) alone
 * @param runs        default number of Monte Carlo runs, &ge; 1
 * @param issues      the treaty's issues, at least one
 * @param packageDeal true: settled issues stay tentative until the whole package is accepted
 * @param tolerance   offers within this gap (on the 0..1 issue scale) settle an issue, in [0, 1]
 * @param drafting    how the lead mediator drafts bridging text
 * @param parties     exactly two principals: first (issue value 0 is its ideal), second (1)
 * @param mediators   third parties that press and draft (may be empty)
 * @param biasPenalty trust lost per unit of mediator bias against a party, in [0, 1]
 * @param pressureToBatna how much one unit of pressure lowers a party's effective batna, &ge; 0
 * @param patrons     outside powers that may spoil a deal (may be empty)
 * @param deadlines   focal dates that press parties (may be empty)
 * @param events      scheduled changes of parameters (may be empty), in date order
 * @param shocks      border clashes
 * @param ratification the pipeline from agreed text to signature
 * @throws IllegalArgumentException when there are not exactly two parties, the horizon is not after
 *         the start, stepDays or runs is below 1, or the tolerance is outside [0, 1]
 */
public record Scenario(
        String id,
        String title,
        String description,
        LocalDate start,
        LocalDate horizon,
        int stepDays,
        long seed,
        int runs,
        List<IssueSpec> issues,
        boolean packageDeal,
        double tolerance,
        Drafting drafting,
        List<PartySpec> parties,
        List<MediatorSpec> mediators,
        Quantity biasPenalty,
        Quantity pressureToBatna,
        List<PatronSpec> patrons,
        List<DeadlineSpec> deadlines,
        List<EventSpec> events,
        ShockSpec shocks,
        RatificationSpec ratification) {

    public Scenario {
        Components.requireNonNull("id, start, horizon, drafting, biasPenalty, pressureToBatna, shocks, ratification",
                id, start, horizon, drafting, biasPenalty, pressureToBatna, shocks, ratification);
        title = title == null ? id : title;
        description = description == null ? "" : description;
        issues = List.copyOf(issues);
        parties = List.copyOf(parties);
        mediators = List.copyOf(mediators);
        patrons = List.copyOf(patrons);
        deadlines = List.copyOf(deadlines);
        events = List.copyOf(events);
        if (parties.size() != 2) {
            throw new IllegalArgumentException("a scenario has exactly two parties, not " + parties.size());
        }
        if (!horizon.isAfter(start)) {
            throw new IllegalArgumentException("horizon " + horizon + " is not after start " + start);
        }
        if (stepDays < 1 || runs < 1) {
            throw new IllegalArgumentException("stepDays " + stepDays + " and runs " + runs + " (expected both >= 1)");
        }
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("tolerance " + tolerance + " (expected a value in [0, 1])");
        }
    }

    /** Index of the issue with this id, or -1. */
    public int issueIndex(String issueId) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).id().equals(issueId)) return i;
        }
        return -1;
    }

    /** Index (0 or 1) of the party with this id, or -1. */
    public int partyIndex(String partyId) {
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).id().equals(partyId)) return i;
        }
        return -1;
    }

    /** The same scenario with another id, seed or run count (for the command line's overrides). */
    public Scenario withRunsAndSeed(int newRuns, long newSeed) {
        return new Scenario(id, title, description, start, horizon, stepDays, newSeed, newRuns, issues,
                packageDeal, tolerance, drafting, parties, mediators, biasPenalty, pressureToBatna, patrons,
                deadlines, events, shocks, ratification);
    }

    /** Number of model steps from start to horizon (the last step may end past the horizon). */
    public int steps() {
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, horizon);
        return (int) ((days + stepDays - 1) / stepDays);
    }
}
