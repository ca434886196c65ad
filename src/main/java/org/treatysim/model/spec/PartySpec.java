package org.treatysim.model.spec;

import java.util.List;

/**
 * A principal (docs/model.md section 3). Per-issue lists have one entry per issue, in scenario order.
 *
 * @param id                short id (e.g. ARM), used in maps and output columns
 * @param name              display name
 * @param ideal             preferred value per issue, in [0, 1]
 * @param reservation       value per issue where concessions stop, in [0, 1]
 * @param salience          raw weight per issue, &ge; 0 (normalised to sum 1 by the model)
 * @param patienceDays      days of negotiation clock to reach the reservation without pressure, &gt; 0
 * @param stance            β of the concession tactic, &gt; 0 (&lt; 1 Boulware, &gt; 1 Conceder)
 * @param initialConcession k of the tactic, in [0, 1]
 * @param reciprocity       ρ: clock speed-up per unit of the other side's last concession, &ge; 0
 * @param batna             utility of no deal, in [0, 1]
 * @param lossExponent      γ &ge; 1 of the issue utilities u(x) = 1 − d(x)^γ (docs/model.md section 3): 1 is
 *                          linear (version 1), 2 the quadratic loss of spatial models
 * @param offers            how the party's concessions are spread over the issues in play
 */
public record PartySpec(String id, String name, List<Quantity> ideal, List<Quantity> reservation,
                        List<Quantity> salience, Quantity patienceDays, Quantity stance,
                        Quantity initialConcession, Quantity reciprocity, Quantity batna, Quantity lossExponent,
                        Offers offers) {
    /** The default loss exponent: linear utilities, as in version 1 of the model. */
    public static final Quantity LINEAR = Quantity.of(1);

    /** A party with linear utilities and uniform offers (the defaults, version 1 of the model). */
    public PartySpec(String id, String name, List<Quantity> ideal, List<Quantity> reservation,
                     List<Quantity> salience, Quantity patienceDays, Quantity stance,
                     Quantity initialConcession, Quantity reciprocity, Quantity batna) {
        this(id, name, ideal, reservation, salience, patienceDays, stance, initialConcession, reciprocity, batna,
                LINEAR, Offers.UNIFORM);
    }

    public PartySpec {
        Components.requireNonNull("id, patienceDays, stance, initialConcession, reciprocity, batna", id, patienceDays,
                stance, initialConcession, reciprocity, batna);
        name = name == null ? id : name;
        ideal = List.copyOf(ideal);
        reservation = List.copyOf(reservation);
        salience = List.copyOf(salience);
        lossExponent = lossExponent == null ? LINEAR : lossExponent;
        offers = offers == null ? Offers.UNIFORM : offers;
    }
}
