package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioNamesTest {
    static final ScenarioNames NAMES = new ScenarioNames(Map.of("ARM", "Armenia", "AZE", "Azerbaijan"),
            Map.of("minsk", "Dissolution of the OSCE Minsk Group", "constitution", "Armenian constitution"),
            Map.of("USA", "United States"), Map.of("RUS", "Russia"), Map.of("cop29", "COP29, Baku"),
            List.of("US presidential election", "New US administration"));

    @Test
    void parametersReadInTheScenariosOwnNames() {
        assertThat(NAMES.parameter("parties.ARM.patienceDays")).isEqualTo("Armenia's patience (days)");
        assertThat(NAMES.parameter("mediators.USA.sidePayment.AZE")).isEqualTo("United States' side payment to Azerbaijan");
        assertThat(NAMES.parameter("mediators.USA.leverage.ARM")).isEqualTo("United States' leverage on Armenia");
        assertThat(NAMES.parameter("parties.AZE.reservation.minsk"))
                .isEqualTo("Azerbaijan's reservation value on Dissolution of the OSCE Minsk Group");
        assertThat(NAMES.parameter("patrons.RUS.spoilerPropensity")).isEqualTo("Russia's readiness to spoil a deal");
        assertThat(NAMES.parameter("deadlines.cop29.pressure.AZE")).isEqualTo("COP29, Baku: pressure on Azerbaijan");
        assertThat(NAMES.parameter("ratification.referendum.prepDays")).isEqualTo("Days to prepare the referendum");
        assertThat(NAMES.parameter("issues.constitution.referendum")).isEqualTo("Armenian constitution: needs the referendum");
        assertThat(NAMES.parameter("events.1.set.mediators.USA.engagement"))
                .isEqualTo("New US administration: United States' engagement, set to");
        assertThat(NAMES.parameter("events.7.date")).isEqualTo("Event 8: date");
        // Version 2's keys read in words too.
        assertThat(NAMES.parameter("deadlines.cop29.missed.trustLoss"))
                .isEqualTo("COP29, Baku if missed: trust lost in every mediator");
        assertThat(NAMES.parameter("deadlines.cop29.missed.batna.ARM"))
                .isEqualTo("COP29, Baku if missed: walk-away value raised for Armenia");
        assertThat(NAMES.parameter("parties.AZE.lossExponent")).isEqualTo("Azerbaijan's curvature of losses (loss exponent)");
        assertThat(NAMES.parameter("mediators.USA.misjudgement"))
                .isEqualTo("United States' error in reading each side's bottom line");
        assertThat(NAMES.parameter("patrons.RUS.collapseOnIncident"))
                .isEqualTo("Russia's chance that one of its incidents ends the talks");
        assertThat(NAMES.parameter("ratification.referendum.termsEffect"))
                .isEqualTo("Referendum: support gained per unit of the first party's utility of the text");
        // A path of a kind it does not know is still made readable, never left dotted.
        assertThat(NAMES.parameter("ratification.referendum.someFutureKey")).isEqualTo("Ratification referendum some future key");
        assertThat(NAMES.party("XYZ")).isEqualTo("XYZ");
    }

    @Test
    void everyParameterIsGroupedByItsActorOrMechanism() {
        assertThat(NAMES.group("parties.ARM.batna")).isEqualTo("Armenia");
        assertThat(NAMES.group("mediators.USA.bias")).isEqualTo("United States (mediator)");
        assertThat(NAMES.group("patrons.RUS.influence")).isEqualTo("Russia (outside power)");
        assertThat(NAMES.group("deadlines.cop29.end")).isEqualTo("COP29, Baku (deadline)");
        assertThat(NAMES.group("shocks.escalation")).isEqualTo("Border clashes");
        assertThat(NAMES.group("ratification.signingDays")).isEqualTo("Ratification and the referendum");
        assertThat(NAMES.group("events.0.date")).isEqualTo("Scheduled events");
        assertThat(NAMES.group("tolerance")).isEqualTo("Scenario settings");
    }

    @Test
    void sentencesWrittenWithPathsAreRelabelledLongestPathFirst() {
        String prim = "P(signed by 2026-12-31) ≥ 0.5 in 30% of cases where parties.AZE.patienceDays ≤ 676 and"
                + " ratification.referendum.prepDays ≤ 456";
        assertThat(NAMES.relabel(prim, List.of("parties.AZE.patience", "parties.AZE.patienceDays",
                "ratification.referendum.prepDays"))).isEqualTo("P(signed by 2026-12-31) ≥ 0.5 in 30% of cases where"
                + " Azerbaijan's patience (days) ≤ 676 and Days to prepare the referendum ≤ 456");
    }
}
