package org.treatysim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys a scenario file may use, section by section, and the range of each numeric parameter.
 * The binder checks files against these lists; a test checks that {@code scenarios/schema.json}
 * names the same keys, so the two cannot drift apart.
 */
final class Keys {
    private Keys() { }

    static final List<String> TOP = List.of("extends", "scenario", "title", "description", "start", "horizon",
            "stepDays", "seed", "runs", "issues", "packageDeal", "tolerance", "drafting", "parties", "mediators",
            "biasPenalty", "pressureToBatna", "patrons", "deadlines", "events", "shocks", "ratification");
    static final List<String> ISSUE = List.of("id", "title", "referendum", "referendumThreshold", "agreed");
    static final List<String> PARTY = List.of("name", "ideal", "reservation", "salience", "patienceDays", "stance",
            "initialConcession", "reciprocity", "batna");
    static final List<String> MEDIATOR = List.of("name", "engagement", "leverage", "bias", "sidePayment", "budget");
    static final List<String> PATRON = List.of("name", "influence", "decayPerYear", "spoilerPropensity", "leverage");
    static final List<String> DEADLINE = List.of("id", "label", "date", "end", "pressure", "lambdaDays", "shiftDays",
            "letdownDays", "letdownFactor");
    static final List<String> EVENT = List.of("date", "label", "set", "add", "multiply");
    static final List<String> SHOCKS = List.of("clashesPerYear", "pauseWeeks", "trustLoss", "escalation");
    static final List<String> RATIFICATION = List.of("initialingDays", "signingDays", "referendum");
    static final List<String> REFERENDUM = List.of("precondition", "earliest", "prepDays", "support", "turnout",
            "quorum", "collapseOnFail");
    static final List<String> DISTRIBUTIONS = List.of("uniform", "normal", "truncnormal", "beta", "triangular",
            "lognormal", "choice");
    static final List<String> DRAFTING = List.of("midpoint", "nash");

    /** Keys without a default. The schema's "required" lists and a test of the binder hold to these. */
    static final List<String> TOP_REQUIRED = List.of("scenario", "start", "horizon", "issues", "parties");
    static final List<String> ISSUE_REQUIRED = List.of("id", "title");
    static final List<String> PARTY_REQUIRED = List.of("ideal", "reservation", "salience", "patienceDays", "stance");
    static final List<String> MEDIATOR_REQUIRED = List.of("engagement");
    static final List<String> PATRON_REQUIRED = List.of("influence");
    static final List<String> DEADLINE_REQUIRED = List.of("id", "date", "pressure", "lambdaDays");
    static final List<String> EVENT_REQUIRED = List.of("date");
    static final List<String> REFERENDUM_REQUIRED = List.of("support", "turnout");

    /** Every key of every section, to recognise a misspelt key in any map. */
    static final java.util.Set<String> ALL = java.util.stream.Stream.of(TOP, ISSUE, PARTY, MEDIATOR, PATRON, DEADLINE,
            EVENT, SHOCKS, RATIFICATION, REFERENDUM).flatMap(List::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    static final Map<String, Range> TOP_RANGES = ordered("biasPenalty", Range.UNIT, "pressureToBatna", Range.NON_NEGATIVE);
    static final Map<String, Range> PARTY_RANGES = ordered("ideal", Range.UNIT, "reservation", Range.UNIT,
            "salience", Range.NON_NEGATIVE, "patienceDays", Range.POSITIVE, "stance", Range.POSITIVE,
            "initialConcession", Range.UNIT, "reciprocity", Range.NON_NEGATIVE, "batna", Range.UNIT);
    static final Map<String, Range> MEDIATOR_RANGES = ordered("engagement", Range.UNIT, "leverage", Range.NON_NEGATIVE,
            "bias", Range.SIGNED_UNIT, "sidePayment", Range.NON_NEGATIVE, "budget", Range.NON_NEGATIVE);
    static final Map<String, Range> PATRON_RANGES = ordered("influence", Range.UNIT, "decayPerYear", Range.UNIT,
            "spoilerPropensity", Range.UNIT, "leverage", Range.NON_NEGATIVE);
    static final Map<String, Range> DEADLINE_RANGES = ordered("pressure", Range.NON_NEGATIVE, "lambdaDays", Range.POSITIVE,
            "shiftDays", Range.ANY, "letdownDays", Range.NON_NEGATIVE, "letdownFactor", Range.UNIT);
    static final Map<String, Range> SHOCK_RANGES = ordered("clashesPerYear", Range.NON_NEGATIVE,
            "pauseWeeks", Range.NON_NEGATIVE, "trustLoss", Range.UNIT, "escalation", Range.UNIT);
    static final Map<String, Range> RATIFICATION_RANGES = ordered("initialingDays", Range.NON_NEGATIVE,
            "signingDays", Range.NON_NEGATIVE);
    static final Map<String, Range> REFERENDUM_RANGES = ordered("prepDays", Range.NON_NEGATIVE, "support", Range.UNIT,
            "turnout", Range.UNIT, "quorum", Range.UNIT, "collapseOnFail", Range.UNIT);

    /**
     * The range of the parameter at a dotted path of {@link org.treatysim.model.spec.ScenarioParameters},
     * e.g. {@code parties.ARM.reservation.transit} → [0, 1]; {@link Range#ANY} for paths it does not know.
     */
    static Range rangeOf(String parameterPath) {
        String[] at = parameterPath.split("\\.");
        Range range = null;
        if (at.length == 1) {
            range = TOP_RANGES.get(at[0]);
        } else if (at.length >= 3) {
            range = switch (at[0]) {
                case "parties" -> PARTY_RANGES.get(at[2]);
                case "mediators" -> MEDIATOR_RANGES.get(at[2]);
                case "patrons" -> PATRON_RANGES.get(at[2]);
                case "deadlines" -> DEADLINE_RANGES.get(at[2]);
                case "ratification" -> at[1].equals("referendum") ? REFERENDUM_RANGES.get(at[2]) : null;
                default -> null;
            };
        } else if (at[0].equals("shocks")) {
            range = SHOCK_RANGES.get(at[1]);
        } else if (at[0].equals("ratification")) {
            range = RATIFICATION_RANGES.get(at[1]);
        }
        return range == null ? Range.ANY : range;
    }

    private static Map<String, Range> ordered(Object... keysAndRanges) {
        Map<String, Range> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndRanges.length; i += 2) {
            map.put((String) keysAndRanges[i], (Range) keysAndRanges[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
