package org.treatysim.model.spec;

import java.util.List;
import java.util.Optional;

/**
 * A mediator (docs/model.md section 5). Per-party lists have two entries, first party then second.
 *
 * @param id          short id (e.g. USA)
 * @param name        display name
 * @param engagement  how much effort it spends, in [0, 1]
 * @param leverage    pressure it can put on each party, &ge; 0
 * @param bias        in [-1, 1]; &gt; 0 favours the first party
 * @param sidePayment utility each party gains if the treaty is signed, &ge; 0
 * @param budget      cap on the sum of side payments it can promise, &ge; 0; empty = no cap
 * @param misjudgement standard deviation σ &ge; 0 of the error with which it sees each party's
 *                    acceptance floor when it drafts (utility units; 0: it sees them exactly)
 */
public record MediatorSpec(String id, String name, Quantity engagement, List<Quantity> leverage,
                           Quantity bias, List<Quantity> sidePayment, Optional<Quantity> budget,
                           Quantity misjudgement) {
    /** A mediator that sees the parties' floors exactly (the default). */
    public MediatorSpec(String id, String name, Quantity engagement, List<Quantity> leverage,
                        Quantity bias, List<Quantity> sidePayment, Optional<Quantity> budget) {
        this(id, name, engagement, leverage, bias, sidePayment, budget, Quantity.of(0));
    }

    public MediatorSpec {
        Components.requireNonNull("id, engagement, bias", id, engagement, bias);
        name = name == null ? id : name;
        leverage = List.copyOf(leverage);
        sidePayment = List.copyOf(sidePayment);
        budget = budget == null ? Optional.empty() : budget;
        misjudgement = misjudgement == null ? Quantity.of(0) : misjudgement;
    }
}
