package org.treatysim.scenario;

import java.time.LocalDate;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.Milestone;

/**
 * Another forecaster's probability for a dated outcome, from the {@code forecasts:} list of an
 * outcomes file; {@code score} pairs it with the observation of the same event and date.
 *
 * @param source      who made the forecast, e.g. "Expert panel"; non-blank
 * @param date        the outcome's date
 * @param event       the outcome's event
 * @param probability the forecast probability that the event happens by {@code date}, in [0, 1]
 * @param location    where the entry stands, {@code FILE:LINE:COLUMN}, for messages
 */
public record ExternalForecast(String source, LocalDate date, Milestone event, double probability,
                               String location) {
    public ExternalForecast {
        Components.requireNonNull("source, date, event, location", source, date, event, location);
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability " + probability + " outside [0, 1]");
        }
    }

    /** The outcome it forecasts, e.g. "signed by 2024-12-31", as {@link Observation#outcome()} spells it. */
    public String outcome() {
        return event.key() + " by " + date;
    }
}
