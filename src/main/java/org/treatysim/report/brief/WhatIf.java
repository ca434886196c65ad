package org.treatysim.report.brief;

import java.time.LocalDate;
import java.util.Objects;
import org.treatysim.stats.Estimate;

/**
 * One variant that {@code treatysim compare} ran against the forecast's scenario, for the brief's
 * "What if" section: its chance of a signature by a date and the paired difference from the
 * forecast's scenario (common random numbers: run i against run i).
 *
 * @param title       the variant's title
 * @param date        the signature date
 * @param probability P(signed by the date) in the variant, with its Wilson 95% interval
 * @param runs        runs per scenario
 * @param difference  the variant's P minus the reference's, in [-1, 1]
 * @param low         the difference's 95% interval (Tango's score interval), lower end
 * @param high        its upper end
 */
public record WhatIf(String title, LocalDate date, Estimate probability, long runs, double difference, double low,
                     double high) {
    public WhatIf {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(probability, "probability");
    }
}
