package org.treatysim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated observations (or outcomes) file: dated facts about the history in date order, and
 * optionally other forecasters' probabilities for the same events.
 *
 * @param file         the file as named to the loader
 * @param observations at least one, in date order (earliest first), no two of the same event
 *                     and date, none contradicting another
 * @param forecasts    other forecasters' entries, in file order; possibly empty
 */
public record Observations(String file, List<Observation> observations, List<ExternalForecast> forecasts) {
    public Observations {
        Objects.requireNonNull(file, "file");
        observations = List.copyOf(observations);
        forecasts = List.copyOf(forecasts);
        if (observations.isEmpty()) {
            throw new IllegalArgumentException("an observations file holds at least one observation");
        }
    }

    /** The date of the latest observation. */
    public LocalDate latest() {
        return observations.get(observations.size() - 1).date();
    }

    /** The date of the earliest observation. */
    public LocalDate earliest() {
        return observations.get(0).date();
    }

    /** The observations dated on or before {@code asOf}, in date order. */
    public List<Observation> upTo(LocalDate asOf) {
        List<Observation> kept = new ArrayList<>();
        for (Observation o : observations) {
            if (!o.date().isAfter(asOf)) kept.add(o);
        }
        return List.copyOf(kept);
    }

    /** The forecasters named in {@code forecasts}, in order of first appearance. */
    public List<String> sources() {
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (ExternalForecast f : forecasts) {
            sources.add(f.source());
        }
        return List.copyOf(sources);
    }

    /** {@code source}'s forecast of the outcome of {@code observation} (same event and date), if it gave one. */
    public Optional<ExternalForecast> forecastOf(String source, Observation observation) {
        for (ExternalForecast f : forecasts) {
            if (f.source().equals(source) && f.event() == observation.event() && f.date().equals(observation.date())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
