package org.treatysim.model.spec;

import java.util.List;

/**
 * An outside power that may spoil a deal (docs/model.md section 6).
 *
 * @param id                short id (e.g. RUS)
 * @param name              display name
 * @param influence         in [0, 1] at the start
 * @param decayPerYear      fraction of influence lost per year, in [0, 1]
 * @param spoilerPropensity in [0, 1]: scales the yearly hazard of a spoiler incident
 * @param leverage          pressure on each party (two entries), &ge; 0, acting against a deal
 * @param collapseOnIncident probability that one of its spoiler incidents ends the talks
 *                          (COLLAPSED), in [0, 1]
 */
public record PatronSpec(String id, String name, Quantity influence, Quantity decayPerYear,
                         Quantity spoilerPropensity, List<Quantity> leverage, Quantity collapseOnIncident) {
    /** A patron whose incidents never end the talks (the default). */
    public PatronSpec(String id, String name, Quantity influence, Quantity decayPerYear,
                      Quantity spoilerPropensity, List<Quantity> leverage) {
        this(id, name, influence, decayPerYear, spoilerPropensity, leverage, Quantity.of(0));
    }

    public PatronSpec {
        Components.requireNonNull("id, influence, decayPerYear, spoilerPropensity", id, influence, decayPerYear,
                spoilerPropensity);
        name = name == null ? id : name;
        leverage = List.copyOf(leverage);
        collapseOnIncident = collapseOnIncident == null ? Quantity.of(0) : collapseOnIncident;
    }
}
