package org.treatysim.report.brief;

import java.util.List;
import java.util.Map;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.report.chart.SummaryFixtures;

/** Inputs for brief tests: the toy baseline with assumptions as a scenario file would give them. */
final class BriefFixtures {
    static final String DESCRIPTION = "The situation at the UN General Assembly in September 2024: about 80% of the text "
            + "agreed, Azerbaijan's demand that Armenia change its constitution first, COP29 in Baku ahead.";

    static final List<Assumption> ASSUMPTIONS = List.of(
            new Assumption("parties.ARM.patienceDays", "{ triangular: [180, 365, 730] }",
                    "assumption: Pashinyan's government wants a deal before the June 2026 election"),
            new Assumption("parties.AZE.patienceDays", "{ triangular: [365, 730, 1460] }",
                    "facts-2024-09.md §4: Baku can wait; İlham Əliyev, UNGA speech, 24 Sep 2024"),
            new Assumption("parties.AZE.reservation.constitution", "0.8",
                    "facts-2024-09.md §2: the constitutional precondition, restated < 2024-09"),
            new Assumption("mediators.USA.engagement", "0.7", "assumption: active State Department mediation & shuttle talks"),
            new Assumption("deadlines.cop29.pressure.AZE", "1.5", "facts-2024-09.md §6: COP29 host, 11–22 Nov 2024"),
            new Assumption("ratification.referendum.support", "{ beta: [2, 3] }", ""),
            new Assumption("ratification.referendum.quorum", "0.25", "Constitution of Armenia, art. 207: a quarter of registered voters"));

    /** The toy baseline's names, as scenario.json keeps them. */
    static final ScenarioNames NAMES = new ScenarioNames(Map.of("ARM", "Armenia", "AZE", "Azerbaijan"),
            Map.of(), Map.of("USA", "United States"), Map.of("RUS", "Russia"), Map.of("cop29", "COP29, Baku"),
            List.of("US presidential election", "New US administration"));

    private BriefFixtures() { }

    static BriefInput baseline() {
        SummaryFixtures.Fixture f = SummaryFixtures.baseline();
        return BriefInput.of(f.summary(), f.window(), ASSUMPTIONS).withDescription(DESCRIPTION).withNames(NAMES);
    }
}
