package org.treatysim.report.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.treatysim.report.files.JsonFiles.LeftOutWhenNull;

/**
 * The data the trace page's script draws, embedded in the page as JSON. Numbers are rounded to four
 * decimals as {@code trace --csv} writes them, so the page shows the very numbers of the CSV; a
 * number that does not apply (no draft tabled, no acceptable set worked out) is null. Utilities,
 * issue values, trust, engagement and influence are in [0, 1]; clocks &ge; 0; pressures &ge; 0.
 */
public final class TraceJson {
    private TraceJson() { }

    /**
     * The page: the scenario's names, its dated markers, the charts' palette and the runs.
     *
     * @param deadlines the deadline windows, at their dates in the scenario file
     * @param events    the scheduled events
     * @param palette   colours, as CSS hex
     */
    public record Page(String scenario, String title, String version, List<Named> parties, List<Named> issues,
                       List<Named> mediators, List<Named> patrons, List<Marker> deadlines, List<Marker> events,
                       Palette palette, List<Run> runs) { }

    /** A party, issue, mediator or patron: its id and the name or title to show. */
    public record Named(String id, String name) { }

    /** A dated marker; {@code end} only for a window (a deadline). */
    public record Marker(String label, LocalDate date, @LeftOutWhenNull LocalDate end) { }

    /**
     * The charts' colours (Okabe–Ito).
     *
     * @param parties one colour per party, first then second
     * @param draft   the mediator's draft
     * @param agreed  settled and agreed values
     * @param series  further lines: mediators, then patrons
     * @param states  per negotiation state, its colour in the chart of state shares
     */
    public record Palette(List<String> parties, String draft, String agreed, String deadline, String clash,
                          String spoiler,
                          List<String> series, Map<String, String> states) { }

    /**
     * One run.
     *
     * @param outcome     SIGNED, COLLAPSED or STALLED
     * @param milestones  the ratification milestones it reached, in order, with their days
     * @param ideal       [party][issue] ideal values drawn for the run
     * @param reservation [party][issue] reservation values drawn for the run
     */
    public record Run(int run, long seed, String outcome, List<Marker> milestones, List<List<Double>> ideal,
                      List<List<Double>> reservation, List<Step> steps) { }

    /**
     * One step, as {@code trace --csv} has it, and what happened in plain language.
     *
     * @param lead      id of the mediator that drafted, or empty
     * @param mediators per mediator, in scenario order
     * @param patrons   per patron, its influence
     * @param log       sentences about what happened, with the scenario's names
     */
    public record Step(int step, LocalDate date, String state, boolean paused, String lead, List<PartyAt> parties,
                       List<IssueAt> issues, List<MediatorAt> mediators, List<Double> patrons, int clashes,
                       int spoilers, List<String> log) { }

    /**
     * One party in one step; the names are {@code trace --csv}'s column suffixes.
     *
     * @param accepts whether it accepts the tabled draft; null when none was tabled
     */
    public record PartyAt(Double clock, Double share, Double offerUtility, Double mediator, Double deadline,
                          Double reciprocity, Double patron, Double batna, Double sidePayments, Double draftUtility,
                          Double acceptanceFloor, Boolean accepts, Double acceptableLow, Double acceptableHigh,
                          Double floorMiss) { }

    /** One issue in one step: OPEN, TENTATIVE or AGREED, both offers, the draft and the settled value. */
    public record IssueAt(String status, Double first, Double second, Double drafted, Double value) { }

    /** One mediator in one step. */
    public record MediatorAt(Double engagement, Double firstTrust, Double secondTrust, Double standing) { }
}
