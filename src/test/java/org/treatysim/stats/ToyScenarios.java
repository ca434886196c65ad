package org.treatysim.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.RatificationSpec;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ShockSpec;

/** Small hand-built scenarios for tests that need a {@link Scenario} but not a file. */
public final class ToyScenarios {
    private ToyScenarios() { }

    /**
     * Two issues (constitution, transit), ARM and AZE, a COP29 deadline, one event and a
     * referendum, from 2024-09-24 to 2026-12-31 in weekly steps.
     */
    public static Scenario toy(long seed) {
        List<Quantity> two = List.of(Quantity.of(0), Quantity.of(0));
        List<Quantity> ones = List.of(Quantity.of(1), Quantity.of(1));
        PartySpec arm = new PartySpec("ARM", "Armenia", two, List.of(Quantity.of(0.6), Quantity.of(0.45)), ones,
                new Quantity.Triangular(180, 365, 730), new Quantity.Uniform(1.0, 2.5), Quantity.of(0),
                Quantity.of(0.3), new Quantity.Uniform(0.2, 0.4));
        PartySpec aze = new PartySpec("AZE", "Azerbaijan", ones, List.of(Quantity.of(0.8), Quantity.of(0.5)), ones,
                new Quantity.Triangular(365, 730, 1460), new Quantity.Uniform(0.2, 0.8), Quantity.of(0),
                Quantity.of(0), new Quantity.Uniform(0.3, 0.6));
        DeadlineSpec cop29 = new DeadlineSpec("cop29", "COP29, Baku", LocalDate.of(2024, 11, 11),
                LocalDate.of(2024, 11, 22), List.of(Quantity.of(0.2), Quantity.of(1.5)), Quantity.of(30),
                Quantity.of(0), Quantity.of(0), Quantity.of(1));
        EventSpec usa = new EventSpec(LocalDate.of(2025, 1, 20), "New US administration", List.of());
        ReferendumSpec referendum = new ReferendumSpec(true, LocalDate.of(2026, 7, 1),
                new Quantity.Triangular(120, 240, 540), new Quantity.Beta(2, 3), new Quantity.Uniform(0.35, 0.6),
                Quantity.of(0.25), Quantity.of(0.2));
        return new Scenario("toy", "A toy scenario", "", LocalDate.of(2024, 9, 24), LocalDate.of(2026, 12, 31), 7,
                seed, 1000,
                List.of(new IssueSpec("constitution", "Constitution", true, 0.5, OptionalDouble.empty()),
                        new IssueSpec("transit", "Transit", false, 0, OptionalDouble.empty())),
                true, 0.02, Drafting.MIDPOINT, List.of(arm, aze), List.of(), Quantity.of(0.8), Quantity.of(0.2),
                List.of(), List.of(cop29), List.of(usa), ShockSpec.NONE,
                new RatificationSpec(new Quantity.Uniform(14, 120), new Quantity.Uniform(7, 60),
                        Optional.of(referendum)));
    }
}
