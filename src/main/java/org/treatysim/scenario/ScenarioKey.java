package org.treatysim.scenario;

import static org.treatysim.scenario.Range.ANY;
import static org.treatysim.scenario.Range.AT_LEAST_ONE;
import static org.treatysim.scenario.Range.NON_NEGATIVE;
import static org.treatysim.scenario.Range.POSITIVE;
import static org.treatysim.scenario.Range.SIGNED_UNIT;
import static org.treatysim.scenario.Range.UNIT;
import static org.treatysim.scenario.Section.DEADLINE;
import static org.treatysim.scenario.Section.EVENT;
import static org.treatysim.scenario.Section.ISSUE;
import static org.treatysim.scenario.Section.MEDIATOR;
import static org.treatysim.scenario.Section.MISSED;
import static org.treatysim.scenario.Section.PARTY;
import static org.treatysim.scenario.Section.PATRON;
import static org.treatysim.scenario.Section.RATIFICATION;
import static org.treatysim.scenario.Section.REFERENDUM;
import static org.treatysim.scenario.Section.SHOCKS;
import static org.treatysim.scenario.Section.TOP;
import static org.treatysim.scenario.ValueType.DESCRIPTION_CHARACTERS;
import static org.treatysim.scenario.ValueType.LABEL_CHARACTERS;
import static org.treatysim.scenario.ValueType.TITLE_CHARACTERS;
import static org.treatysim.scenario.ValueType.date;
import static org.treatysim.scenario.ValueType.effects;
import static org.treatysim.scenario.ValueType.flag;
import static org.treatysim.scenario.ValueType.id;
import static org.treatysim.scenario.ValueType.listOf;
import static org.treatysim.scenario.ValueType.mapById;
import static org.treatysim.scenario.ValueType.number;
import static org.treatysim.scenario.ValueType.path;
import static org.treatysim.scenario.ValueType.perIssue;
import static org.treatysim.scenario.ValueType.perParty;
import static org.treatysim.scenario.ValueType.quantity;
import static org.treatysim.scenario.ValueType.nested;
import static org.treatysim.scenario.ValueType.text;
import static org.treatysim.scenario.ValueType.whole;
import static org.treatysim.scenario.ValueType.words;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every key a scenario file may use: the one table from which the binder takes the keys it knows,
 * their ranges, defaults and required keys; from which scenarios/schema.json is generated; and
 * against which a test checks the key tables of docs/scenario-format.md. Columns: section, key,
 * type (with its range or bounds), unit, further constraints, default (or required), description
 * (as the schema gives it). Sections list their keys in this order everywhere.
 *
 * <p>Adding a key: see docs/contributing.md.
 */
enum ScenarioKey {
    // ---------------------------------------------------------------- top level
    TOP_EXTENDS(TOP, "extends", path(), null, "relative to this file's folder", absent("—"),
            "Path of a scenario this file builds on, relative to this file's folder. Maps merge key by key (this"
                    + " file wins); lists and distributions are replaced whole; key: ~ removes an inherited key."),
    TOP_CALIBRATION(TOP, "calibration", path(), null, "relative to the file that writes it", absent("none"),
            "Path of a calibration file (global hyperparameters, e.g. from treatysim calibrate) applied to this"
                    + " scenario, relative to the file that writes it. Default: none."),
    TOP_SCENARIO(TOP, "scenario", id(), null, null, required("an id such as baseline-2024-09"),
            "Scenario id; names the results folder results/<id>/. Required."),
    TOP_TITLE(TOP, "title", text(TITLE_CHARACTERS), null, null, absent("the id"),
            "One line for charts and the brief. Default: the id."),
    TOP_DESCRIPTION(TOP, "description", text(DESCRIPTION_CHARACTERS), null, null, byDefault(""),
            "Free text for the brief."),
    TOP_START(TOP, "start", date(), null, null, required("an ISO date such as 2024-09-24"),
            "First simulated day (the forecast date). Required."),
    TOP_HORIZON(TOP, "horizon", date(), null, "after `start`, at most 100 years later",
            required("an ISO date such as 2024-09-24"), "Last simulated day, after start. Required."),
    TOP_STEP_DAYS(TOP, "stepDays", whole(1, 365), "days", null, byDefault(7), "Days per model step."),
    TOP_SEED(TOP, "seed", whole(Long.MIN_VALUE, Long.MAX_VALUE), null, null, byDefault(1),
            "Master seed; run i's random streams derive from (seed, i) alone."),
    TOP_RUNS(TOP, "runs", whole(1, Integer.MAX_VALUE), null, null, byDefault(10_000),
            "Default number of Monte Carlo runs; the command line may override."),
    TOP_ISSUES(TOP, "issues", listOf(ISSUE, 1), null, "at least one", required("a list of issues, each with id and title"),
            "The treaty's issues. Required."),
    TOP_PACKAGE_DEAL(TOP, "packageDeal", flag(), null, null, byDefault(true),
            "True: nothing is agreed until everything is agreed."),
    TOP_TOLERANCE(TOP, "tolerance", number(UNIT), "issue scale", null, byDefault(0.02),
            "Offers within this gap (on the 0..1 issue scale) settle an issue, in [0, 1]. A fixed number."),
    TOP_DRAFTING(TOP, "drafting", words("midpoint", "nash"), null, null, byDefault("midpoint"),
            "How the lead mediator drafts bridging text: midpoint of the offers, or the Nash bargaining package."),
    TOP_PARTIES(TOP, "parties", mapById(PARTY, 2), null, "exactly two", required("a map of exactly two parties by id"),
            "Exactly two principals, in order: the first (issue value 0 is its ideal) and the second. Required."),
    TOP_MEDIATORS(TOP, "mediators", mapById(MEDIATOR, 0), null, null, absent("none"),
            "Third parties that press and draft, by id. Default: none."),
    TOP_BIAS_PENALTY(TOP, "biasPenalty", quantity(UNIT), null, null, byDefault(0),
            "Trust lost per unit of mediator bias against a party, in [0, 1]."),
    TOP_PRESSURE_TO_BATNA(TOP, "pressureToBatna", quantity(NON_NEGATIVE), null, null, byDefault(0),
            "How much one unit of pressure lowers a party's effective batna, >= 0."),
    TOP_PATRONS(TOP, "patrons", mapById(PATRON, 0), null, null, absent("none"),
            "Outside powers that may spoil a deal, by id. Default: none."),
    TOP_DEADLINES(TOP, "deadlines", listOf(DEADLINE, 0), null, null, absent("none"),
            "Focal dates that press the parties. Default: none."),
    TOP_EVENTS(TOP, "events", listOf(EVENT, 0), null, "in date order", absent("none"),
            "Scheduled changes of parameters, in date order. Default: none."),
    TOP_SHOCKS(TOP, "shocks", nested(SHOCKS), null, null, absent("no clashes"), "Border clashes. Default: none."),
    TOP_RATIFICATION(TOP, "ratification", nested(RATIFICATION), null, null, absent("immediate"),
            "From agreed text to signature. Default: immediate initialing and signature, no referendum."),

    // ---------------------------------------------------------------- issues
    ISSUE_ID(ISSUE, "id", id(), null, "unique among issues", required("a unique id for the issue, e.g. transit"),
            "Unique issue id, used in per-issue maps and output columns."),
    ISSUE_TITLE(ISSUE, "title", text(TITLE_CHARACTERS), null, null, required("a title for charts and the brief"),
            "Human-readable name for charts and the brief."),
    ISSUE_REFERENDUM(ISSUE, "referendum", flag(), null, null, byDefault(false),
            "True: conceding past referendumThreshold obliges the first party to change its constitution by"
                    + " referendum before signature."),
    ISSUE_REFERENDUM_THRESHOLD(ISSUE, "referendumThreshold", number(UNIT), "issue scale", null, byDefault(0.5),
            "Issue value in [0, 1] beyond which the referendum is needed. A fixed number."),
    ISSUE_AGREED(ISSUE, "agreed", number(UNIT), "issue scale", null, absent("open"),
            "The value already agreed when the scenario starts, in [0, 1]. A fixed number. Omitted: the issue is open."),

    // ---------------------------------------------------------------- parties
    PARTY_NAME(PARTY, "name", text(TITLE_CHARACTERS), null, null, absent("the id"), "Display name. Default: the id."),
    PARTY_IDEAL(PARTY, "ideal", perIssue(UNIT), null, null, required(),
            "Preferred value per issue, in [0, 1]. Required."),
    PARTY_RESERVATION(PARTY, "reservation", perIssue(UNIT), null, null, required(),
            "Value per issue where concessions stop without outside pressure, in [0, 1]. Required."),
    PARTY_SALIENCE(PARTY, "salience", perIssue(NON_NEGATIVE), null, "not all 0", required(),
            "Raw weight per issue, >= 0, normalised to sum 1 by the model. Required."),
    PARTY_PATIENCE_DAYS(PARTY, "patienceDays", quantity(POSITIVE), "days", null, required(),
            "Days of negotiation clock to reach the reservation without pressure, > 0. Required."),
    PARTY_STANCE(PARTY, "stance", quantity(POSITIVE), null, null, required(),
            "Beta of the concession tactic, > 0 (< 1 Boulware: concedes late; > 1 Conceder). Required."),
    PARTY_INITIAL_CONCESSION(PARTY, "initialConcession", quantity(UNIT), null, null, byDefault(0),
            "k of the tactic, in [0, 1]."),
    PARTY_RECIPROCITY(PARTY, "reciprocity", quantity(NON_NEGATIVE), null, null, byDefault(0),
            "Rho: clock speed-up per unit of the other side's last concession, >= 0."),
    PARTY_BATNA(PARTY, "batna", quantity(UNIT), "utility", null, byDefault(0),
            "Utility of no deal, in [0, 1], on the same scale as the package utility."),
    PARTY_LOSS_EXPONENT(PARTY, "lossExponent", quantity(AT_LEAST_ONE), null, null, byDefault(1),
            "Gamma >= 1 of the issue utilities u(x) = 1 - d(x)^gamma: 1 is linear, 2 the quadratic loss of spatial"
                    + " models."),
    PARTY_OFFERS(PARTY, "offers", words("uniform", "tradeoff"), null, null, byDefault("uniform"),
            "How concessions are spread over the issues in play: the same share of the range on every issue"
                    + " (uniform), or the package on the Pareto frontier that keeps the party's aspiration and gives"
                    + " the other party the most (tradeoff)."),

    // ---------------------------------------------------------------- mediators
    MEDIATOR_NAME(MEDIATOR, "name", text(TITLE_CHARACTERS), null, null, absent("the id"),
            "Display name. Default: the id."),
    MEDIATOR_ENGAGEMENT(MEDIATOR, "engagement", quantity(UNIT), null, null, required(),
            "Effort it spends, in [0, 1]. Required."),
    MEDIATOR_LEVERAGE(MEDIATOR, "leverage", perParty(NON_NEGATIVE), null, null, byDefault(0),
            "Pressure it can put on each party, >= 0."),
    MEDIATOR_BIAS(MEDIATOR, "bias", quantity(SIGNED_UNIT), null, null, byDefault(0),
            "In [-1, 1]; > 0 favours the first party."),
    MEDIATOR_SIDE_PAYMENT(MEDIATOR, "sidePayment", perParty(NON_NEGATIVE), "utility", null, byDefault(0),
            "Utility each party gains if the treaty is signed, >= 0."),
    MEDIATOR_BUDGET(MEDIATOR, "budget", quantity(NON_NEGATIVE), "utility", null, absent("no cap"),
            "Cap on the sum of side payments it can promise, >= 0. Omitted: no cap."),
    MEDIATOR_MISJUDGEMENT(MEDIATOR, "misjudgement", quantity(NON_NEGATIVE), "utility", null, byDefault(0),
            "Standard deviation >= 0 of the error with which it sees each party's acceptance floor when it drafts;"
                    + " 0: it sees them exactly."),

    // ---------------------------------------------------------------- patrons
    PATRON_NAME(PATRON, "name", text(TITLE_CHARACTERS), null, null, absent("the id"), "Display name. Default: the id."),
    PATRON_INFLUENCE(PATRON, "influence", quantity(UNIT), null, null, required(),
            "Influence at the start, in [0, 1]. Required."),
    PATRON_DECAY_PER_YEAR(PATRON, "decayPerYear", quantity(UNIT), "fraction per year", null, byDefault(0),
            "Fraction of influence lost per year, in [0, 1]."),
    PATRON_SPOILER_PROPENSITY(PATRON, "spoilerPropensity", quantity(UNIT), null, null, byDefault(0),
            "Scales the yearly hazard of a spoiler incident, in [0, 1]."),
    PATRON_LEVERAGE(PATRON, "leverage", perParty(NON_NEGATIVE), null, null, byDefault(0),
            "Pressure on each party against a deal, >= 0."),
    PATRON_COLLAPSE_ON_INCIDENT(PATRON, "collapseOnIncident", quantity(UNIT), "probability", null, byDefault(0),
            "Probability that one of its spoiler incidents ends the talks (COLLAPSED), in [0, 1]."),

    // ---------------------------------------------------------------- deadlines
    DEADLINE_ID(DEADLINE, "id", id(), null, "unique among deadlines",
            required("a unique id for the deadline, e.g. transit"),
            "Unique deadline id; names its entries in summary.json."),
    DEADLINE_LABEL(DEADLINE, "label", text(LABEL_CHARACTERS), null, null, absent("the id"),
            "Chart marker text. Default: the id."),
    DEADLINE_DATE(DEADLINE, "date", date(), null, null, required("the first day of the deadline, an ISO date"),
            "First day of the deadline window."),
    DEADLINE_END(DEADLINE, "end", date(), null, "on or after `date`, and not before `start`", absent("`date`"),
            "Last day of the window, on or after date. Default: date."),
    DEADLINE_PRESSURE(DEADLINE, "pressure", perParty(NON_NEGATIVE), null, null,
            required("the pressure on each party it presses, e.g. { AZE: 1.5 }"),
            "Weight of the deadline on each party, >= 0. Required."),
    DEADLINE_LAMBDA_DAYS(DEADLINE, "lambdaDays", quantity(POSITIVE), "days", null, required(),
            "Time scale of the build-up before the date, days > 0. Required."),
    DEADLINE_SHIFT_DAYS(DEADLINE, "shiftDays", quantity(ANY), "days", null, byDefault(0),
            "Days added to date and end in a run; a distribution makes the deadline stochastic."),
    DEADLINE_LETDOWN_DAYS(DEADLINE, "letdownDays", quantity(NON_NEGATIVE), "days", null, byDefault(0),
            "Days of slowed clocks after the window, >= 0."),
    DEADLINE_LETDOWN_FACTOR(DEADLINE, "letdownFactor", quantity(UNIT), null, null, byDefault(1),
            "Clock speed multiplier during the letdown, in [0, 1]."),
    DEADLINE_MISSED(DEADLINE, "missed", nested(MISSED), null, null, absent("no cost"),
            "What missing it costs, once at the end of the window when no text is agreed by then. Default: nothing."),

    // ---------------------------------------------------------------- a deadline's missed consequences
    MISSED_COLLAPSE(MISSED, "collapse", quantity(UNIT), "probability", null, byDefault(0),
            "Probability that the talks end (COLLAPSED) when the deadline is missed, in [0, 1]."),
    MISSED_TRUST_LOSS(MISSED, "trustLoss", quantity(UNIT), null, null, byDefault(0),
            "Trust both parties lose in every mediator when the deadline is missed, in [0, 1]."),
    MISSED_BATNA(MISSED, "batna", perParty(ANY), "utility", null, byDefault(0),
            "Utility added to each party's batna when the deadline is missed; may be negative."),

    // ---------------------------------------------------------------- events
    EVENT_DATE(EVENT, "date", date(), null, null, required("the day the event takes effect, an ISO date"),
            "The day it takes effect, between start and horizon."),
    EVENT_LABEL(EVENT, "label", text(LABEL_CHARACTERS), null, null, byDefault(""), "Chart marker text."),
    EVENT_SET(EVENT, "set", effects(), null, null, absent("—"),
            "Parameters that become the given value (within the parameter's range)."),
    EVENT_ADD(EVENT, "add", effects(), null, null, absent("—"), "Values added to parameters."),
    EVENT_MULTIPLY(EVENT, "multiply", effects(), null, null, absent("—"), "Factors the parameters are multiplied by."),

    // ---------------------------------------------------------------- shocks
    SHOCKS_CLASHES_PER_YEAR(SHOCKS, "clashesPerYear", quantity(NON_NEGATIVE), "per year", null, byDefault(0),
            "Hazard of a clash, per year, >= 0."),
    SHOCKS_PAUSE_WEEKS(SHOCKS, "pauseWeeks", quantity(NON_NEGATIVE), "weeks", null, byDefault(0),
            "Weeks the talks pause after a clash or spoiler incident, >= 0."),
    SHOCKS_TRUST_LOSS(SHOCKS, "trustLoss", quantity(UNIT), null, null, byDefault(0),
            "Trust lost in every mediator per clash, in [0, 1]."),
    SHOCKS_ESCALATION(SHOCKS, "escalation", quantity(UNIT), "probability", null, byDefault(0),
            "Probability that a clash ends the run as COLLAPSED, in [0, 1]."),

    // ---------------------------------------------------------------- ratification
    RATIFICATION_INITIALING_DAYS(RATIFICATION, "initialingDays", quantity(NON_NEGATIVE), "days", null, byDefault(0),
            "Days from text agreed to initialing, >= 0."),
    RATIFICATION_SIGNING_DAYS(RATIFICATION, "signingDays", quantity(NON_NEGATIVE), "days", null, byDefault(0),
            "Days from initialing (or a passed referendum) to signature, >= 0."),
    RATIFICATION_REFERENDUM(RATIFICATION, "referendum", nested(REFERENDUM), null, null, absent("none"),
            "The referendum, if the scenario has one."),

    // ---------------------------------------------------------------- the referendum
    REFERENDUM_PRECONDITION(REFERENDUM, "precondition", flag(), null, null, byDefault(true),
            "True: the second party will not sign before the constitution changes."),
    REFERENDUM_EARLIEST(REFERENDUM, "earliest", date(), null, "between `start` and `horizon`", absent("`start`"),
            "First possible polling day, between start and horizon. Default: start."),
    REFERENDUM_PREP_DAYS(REFERENDUM, "prepDays", quantity(NON_NEGATIVE), "days", null, byDefault(0),
            "Days of preparation after initialing, >= 0."),
    REFERENDUM_SUPPORT(REFERENDUM, "support", quantity(UNIT), "share", null, required(),
            "Yes share of votes cast, in [0, 1]. Required."),
    REFERENDUM_TURNOUT(REFERENDUM, "turnout", quantity(UNIT), "share", null, required(),
            "Votes cast over registered voters, in [0, 1]. Required."),
    REFERENDUM_QUORUM(REFERENDUM, "quorum", quantity(UNIT), "share", null, byDefault(0),
            "Minimum yes votes over registered voters, in [0, 1]."),
    REFERENDUM_COLLAPSE_ON_FAIL(REFERENDUM, "collapseOnFail", quantity(UNIT), "probability", null, byDefault(0),
            "Probability that a failed vote ends the process (COLLAPSED), in [0, 1]."),
    REFERENDUM_EARLIEST_SHIFT_DAYS(REFERENDUM, "earliestShiftDays", quantity(ANY), "days", null, byDefault(0),
            "Days added to earliest in a run; a distribution makes the date uncertain, events may set or add to it."),
    REFERENDUM_TERMS_EFFECT(REFERENDUM, "termsEffect", quantity(NON_NEGATIVE), "share per utility", null,
            byDefault(0), "Support gained per unit of the first party's utility of the agreed text above"
                    + " termsReference, >= 0; 0: support ignores the terms."),
    REFERENDUM_TERMS_REFERENCE(REFERENDUM, "termsReference", quantity(UNIT), "utility", null, byDefault(0.5),
            "The first party's utility of the agreed text at which support stays as drawn, in [0, 1].");

    /**
     * Whether a key must be written, and what holds when it is not.
     *
     * @param required     true when the key has no default
     * @param whenMissing  for a required key, what a message asks for when it is missing; null to
     *                     derive it from the type
     * @param value        the default value (a number, boolean or text), or null when there is none
     * @param absent       when there is no default value, what leaving the key out means (e.g. "none")
     */
    record Presence(boolean required, String whenMissing, Object value, String absent) { }

    private final Section section;
    private final String key;
    private final ValueType type;
    private final String unit;
    private final String constraint;
    private final Presence presence;
    private final String description;

    ScenarioKey(Section section, String key, ValueType type, String unit, String constraint, Presence presence,
                String description) {
        this.section = section;
        this.key = key;
        this.type = type;
        this.unit = unit;
        this.constraint = constraint;
        this.presence = presence;
        this.description = description;
    }

    private static Presence required() {
        return new Presence(true, null, null, null);
    }

    private static Presence required(String whenMissing) {
        return new Presence(true, whenMissing, null, null);
    }

    private static Presence byDefault(Object value) {
        return new Presence(false, null, value, null);
    }

    private static Presence absent(String meaning) {
        return new Presence(false, null, null, meaning);
    }

    /** The keys of a section, in table order. */
    static List<ScenarioKey> of(Section section) {
        return Arrays.stream(values()).filter(k -> k.section == section).toList();
    }

    /** The key of a section with this name, if the table has it. */
    static Optional<ScenarioKey> find(Section section, String key) {
        return Arrays.stream(values()).filter(k -> k.section == section && k.key.equals(key)).findFirst();
    }

    Section section() {
        return section;
    }

    /** The key as a file writes it, e.g. "patienceDays". */
    String key() {
        return key;
    }

    ValueType type() {
        return type;
    }

    /** For numbers and quantities, the values allowed; else null. */
    Range range() {
        return type.range();
    }

    /** The unit, e.g. "days"; null for none. */
    String unit() {
        return unit;
    }

    /** Constraints beyond the type's bounds, as the docs state them (e.g. "not all 0"); null for none. */
    String constraint() {
        return constraint;
    }

    boolean isRequired() {
        return presence.required();
    }

    Presence presence() {
        return presence;
    }

    /** The default as a number (for whole numbers, numbers and quantities); fails when there is none. */
    double defaultNumber() {
        return ((Number) presence.value()).doubleValue();
    }

    /** What a message asks for when the required key is missing, e.g. "a number or distribution that is value > 0". */
    String whenMissing() {
        if (presence.whenMissing() != null) {
            return presence.whenMissing();
        }
        return switch (type.kind()) {
            case QUANTITY -> "a number or distribution that is " + range().expected().substring(2);
            case PER_ISSUE -> "a number or distribution for all issues, or a map by issue id";
            default -> throw new IllegalStateException(this + " needs its own words for a missing value");
        };
    }

    /** The description, as the schema gives it. */
    String description() {
        return description;
    }
}
