package org.treatysim.report.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scenario's own names for what its ids stand for, and from them a readable label for every
 * parameter path: {@code parties.ARM.patienceDays} is "Armenia's patience (days)",
 * {@code mediators.USA.sidePayment.AZE} "United States' side payment to Azerbaijan". Charts,
 * tables and messages for readers use these labels; files for programs keep the paths.
 *
 * @param parties   party id to name ("ARM" to "Armenia"), scenario order
 * @param issues    issue id to title
 * @param mediators mediator id to name
 * @param patrons   patron id to name
 * @param deadlines deadline id to label ("cop29" to "COP29, Baku")
 * @param events    each scheduled event's label, in scenario order (index {@code i} of {@code events.i.…})
 */
public record ScenarioNames(Map<String, String> parties, Map<String, String> issues, Map<String, String> mediators,
                            Map<String, String> patrons, Map<String, String> deadlines, List<String> events) {
    /** No names: labels fall back to the ids, made readable. */
    public static final ScenarioNames NONE = new ScenarioNames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    /** The labels of the scenario-wide settings and of the fields under each kind of actor. */
    private static final Map<String, String> TOP = Map.ofEntries(
            Map.entry("start", "Forecast date"), Map.entry("horizon", "Horizon"),
            Map.entry("stepDays", "Days per model step"), Map.entry("seed", "Seed"), Map.entry("runs", "Runs"),
            Map.entry("packageDeal", "Package deal (nothing is agreed until everything is)"),
            Map.entry("tolerance", "Gap between offers that settles an issue"),
            Map.entry("drafting", "How the mediator drafts bridging text"),
            Map.entry("biasPenalty", "Trust lost per unit of a mediator's bias"),
            Map.entry("pressureToBatna", "How far pressure lowers a party's walk-away value"),
            Map.entry("shocks.clashesPerYear", "Border clashes per year"),
            Map.entry("shocks.pauseWeeks", "Pause in the talks after a clash (weeks)"),
            Map.entry("shocks.trustLoss", "Trust lost per clash"),
            Map.entry("shocks.escalation", "Chance that a clash escalates"),
            Map.entry("ratification.initialingDays", "Days from agreed text to initialing"),
            Map.entry("ratification.signingDays", "Days from initialing to signature"),
            Map.entry("ratification.referendum.precondition", "Signature waits for the referendum"),
            Map.entry("ratification.referendum.earliest", "Earliest date of the referendum"),
            Map.entry("ratification.referendum.prepDays", "Days to prepare the referendum"),
            Map.entry("ratification.referendum.support", "Referendum: share of votes for"),
            Map.entry("ratification.referendum.turnout", "Referendum turnout"),
            Map.entry("ratification.referendum.quorum", "Referendum quorum (share of registered voters)"),
            Map.entry("ratification.referendum.collapseOnFail", "Chance that a failed referendum ends the talks"),
            Map.entry("ratification.referendum.earliestShiftDays", "Days the earliest referendum date moves"),
            Map.entry("ratification.referendum.termsEffect",
                    "Referendum: support gained per unit of the first party's utility of the text"),
            Map.entry("ratification.referendum.termsReference",
                    "Referendum: the first party's utility of the text that leaves support as drawn"));
    private static final Map<String, String> PARTY = Map.ofEntries(
            Map.entry("patienceDays", "patience (days)"), Map.entry("stance", "bargaining stance (concession curve)"),
            Map.entry("initialConcession", "first concession"), Map.entry("reciprocity", "reciprocity"),
            Map.entry("batna", "walk-away value (BATNA)"), Map.entry("ideal", "ideal"),
            Map.entry("reservation", "reservation value"), Map.entry("salience", "weight"),
            Map.entry("lossExponent", "curvature of losses (loss exponent)"),
            Map.entry("offers", "way of spreading concessions"));
    private static final Map<String, String> MEDIATOR = Map.of("engagement", "engagement", "bias", "bias",
            "budget", "side-payment budget", "leverage", "leverage", "sidePayment", "side payment",
            "influence", "influence", "decayPerYear", "influence lost per year",
            "spoilerPropensity", "readiness to spoil a deal", "misjudgement", "error in reading each side's bottom line",
            "collapseOnIncident", "chance that one of its incidents ends the talks");
    private static final Map<String, String> DEADLINE = Map.of("date", "first day", "end", "last day",
            "pressure", "pressure", "lambdaDays", "days over which the pressure builds",
            "shiftDays", "days it may move", "letdownDays", "lull after it (days)",
            "letdownFactor", "pace of the talks during the lull");
    private static final Map<String, String> MISSED = Map.of("collapse", "chance that the talks end",
            "trustLoss", "trust lost in every mediator", "batna", "walk-away value raised");
    private static final Map<String, String> EVENT = Map.of("set", "set to", "multiply", "multiplied by",
            "add", "raised by");
    private static final Map<String, String> ISSUE = Map.of("referendum", "needs the referendum",
            "referendumThreshold", "point past which the referendum is needed", "agreed", "agreed value",
            "title", "title");

    public ScenarioNames {
        // In the scenario's order, which scenario.json keeps: Map.copyOf would order them by chance.
        parties = ordered(parties);
        issues = ordered(issues);
        mediators = ordered(mediators);
        patrons = ordered(patrons);
        deadlines = ordered(deadlines);
        events = List.copyOf(events);
    }

    private static Map<String, String> ordered(Map<String, String> names) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The party's name, or its id when the scenario gives none. */
    public String party(String id) {
        return parties.getOrDefault(id, id);
    }

    /** The issue's title, or its id when the scenario gives none. */
    public String issue(String id) {
        return issues.getOrDefault(id, id);
    }

    /** The readable label of a parameter path; a path of a kind it does not know is made readable word by word. */
    public String parameter(String path) {
        String known = TOP.get(path);
        if (known != null) return known;
        String[] p = path.split("\\.");
        if (p.length >= 3) {
            String id = p[1];
            String field = p[2];
            String rest = p.length > 3 ? String.join(".", java.util.Arrays.copyOfRange(p, 3, p.length)) : "";
            switch (p[0]) {
                case "parties":
                    if (PARTY.containsKey(field)) {
                        return possessive(party(id)) + " " + PARTY.get(field) + (rest.isEmpty() ? "" : " on " + issue(rest));
                    }
                    break;
                case "mediators":
                case "patrons":
                    if (MEDIATOR.containsKey(field)) {
                        String actor = p[0].equals("mediators") ? mediators.getOrDefault(id, id) : patrons.getOrDefault(id, id);
                        String to = field.equals("sidePayment") ? " to " : " on ";
                        return possessive(actor) + " " + MEDIATOR.get(field) + (rest.isEmpty() ? "" : to + party(rest));
                    }
                    break;
                case "deadlines":
                    if (field.equals("missed") && p.length >= 4 && MISSED.containsKey(p[3])) {
                        return deadlines.getOrDefault(id, id) + " if missed: " + MISSED.get(p[3])
                                + (p.length > 4 ? " for " + party(p[4]) : "");
                    }
                    if (DEADLINE.containsKey(field)) {
                        return deadlines.getOrDefault(id, id) + ": " + DEADLINE.get(field)
                                + (rest.isEmpty() ? "" : " on " + party(rest));
                    }
                    break;
                case "issues":
                    if (ISSUE.containsKey(field)) return issue(id) + ": " + ISSUE.get(field);
                    break;
                default:
                    break;
            }
        }
        if (p.length >= 3 && p[0].equals("events") && p[1].chars().allMatch(Character::isDigit)) {
            int index = Integer.parseInt(p[1]);
            String event = index < events.size() ? events.get(index) : "Event " + (index + 1);
            String target = String.join(".", java.util.Arrays.copyOfRange(p, 3, p.length));
            String change = EVENT.get(p[2]);
            if (change != null && !target.isEmpty()) return event + ": " + parameter(target) + ", " + change;
            return event + ": " + words(String.join(" ", java.util.Arrays.copyOfRange(p, 2, p.length)));
        }
        return upperFirst(words(path.replace('.', ' ')));
    }

    /**
     * {@code text} with each of {@code paths} replaced by its label, longer paths first (so that
     * {@code a.bDays} is not cut by {@code a.b}); for sentences written with paths, such as PRIM's.
     */
    public String relabel(String text, java.util.Collection<String> paths) {
        List<String> longestFirst = new java.util.ArrayList<>(new java.util.LinkedHashSet<>(paths));
        longestFirst.sort(java.util.Comparator.comparingInt(String::length).reversed());
        String result = text;
        for (String path : longestFirst) {
            result = java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(path) + "(?![\\w])")
                    .matcher(result).replaceAll(java.util.regex.Matcher.quoteReplacement(parameter(path)));
        }
        return result;
    }

    /**
     * The actor or mechanism a parameter belongs to, to group an annex of assumptions: a party's,
     * mediator's or patron's name, a deadline's label, "Issues", "Border clashes", "Ratification and
     * the referendum", "Scheduled events", or "Scenario settings".
     */
    public String group(String path) {
        String[] p = path.split("\\.");
        String id = p.length > 1 ? p[1] : "";
        return switch (p[0]) {
            case "parties" -> party(id);
            case "mediators" -> mediators.getOrDefault(id, id) + " (mediator)";
            case "patrons" -> patrons.getOrDefault(id, id) + " (outside power)";
            case "deadlines" -> deadlines.getOrDefault(id, id) + " (deadline)";
            case "issues" -> "Issues";
            case "shocks" -> "Border clashes";
            case "ratification" -> "Ratification and the referendum";
            case "events" -> "Scheduled events";
            default -> "Scenario settings";
        };
    }

    /** "Armenia's", "United States'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** camelCase and dashes split into lower-case words: "patienceDays" to "patience days". */
    private static String words(String text) {
        return text.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase(Locale.ROOT);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
