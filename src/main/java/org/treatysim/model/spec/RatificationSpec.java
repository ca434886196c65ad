package org.treatysim.model.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * From agreed text to signature (docs/model.md section 9).
 *
 * @param initialingDays days from text agreed to initialing, &ge; 0
 * @param signingDays    days from initialing (or a passed referendum) to signature, &ge; 0
 * @param referendum     the first party's constitutional referendum, if the scenario has one
 */
public record RatificationSpec(Quantity initialingDays, Quantity signingDays, Optional<ReferendumSpec> referendum) {
    /** Immediate initialing and signature, no referendum. */
    public static final RatificationSpec IMMEDIATE = new RatificationSpec(Quantity.of(0), Quantity.of(0), Optional.empty());

    public RatificationSpec {
        Objects.requireNonNull(initialingDays, "initialingDays");
        Objects.requireNonNull(signingDays, "signingDays");
        referendum = referendum == null ? Optional.empty() : referendum;
    }
}
