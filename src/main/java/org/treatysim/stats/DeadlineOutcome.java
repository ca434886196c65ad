package org.treatysim.stats;

import java.time.LocalDate;

/**
 * Probabilities by a deadline's end date, written under {@code deadlines.<id>} in summary.json.
 *
 * @param id         the deadline's id
 * @param label      its label
 * @param end        its last day (the fixed date, before any per-run shift)
 * @param signed     P(signed by end)
 * @param textAgreed P(text agreed by end)
 */
public record DeadlineOutcome(String id, String label, LocalDate end, Estimate signed, Estimate textAgreed) {
}
