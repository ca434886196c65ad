package org.treatysim.stats;

import java.time.LocalDate;

/**
 * Shares of runs in each state on {@code date}; they sum to 1.
 *
 * @param negotiating        no agreed text (or a text reopened after a failed referendum)
 * @param textAgreed         text agreed or initialed, not yet awaiting a referendum or signed
 * @param awaitingReferendum initialed, waiting for the first party's constitutional referendum
 * @param signed             signed
 * @param collapsed          collapsed
 */
public record StateShares(LocalDate date, double negotiating, double textAgreed, double awaitingReferendum,
                          double signed, double collapsed) {
}
