package org.treatysim.stats;

import java.time.LocalDate;

/**
 * A dated label for charts: a deadline window, a scheduled event, the referendum's earliest date.
 *
 * @param date  the day marked
 * @param end   last day of a window, or the same as date
 * @param label text shown beside the marker
 * @param kind  DEADLINE, EVENT or REFERENDUM
 */
public record Marker(LocalDate date, LocalDate end, String label, Kind kind) {
    /** What a marker stands for. */
    public enum Kind { DEADLINE, EVENT, REFERENDUM }
}
