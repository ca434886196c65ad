package org.treatysim.report.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.report.files.Csv;
import org.treatysim.stats.Estimate;

/**
 * Scores of a small table computed by hand (the table of docs/scoring.md), skill against another
 * forecaster, and the three CSV files.
 */
class ScoreTableTest {
    static ScoredForecast ours(String event, String date, boolean happened, double p) {
        return new ScoredForecast(ScoreTable.TREATYSIM, event, LocalDate.parse(date), happened,
                new Estimate(p, p / 2, (1 + p) / 2), 10_000);
    }

    /**
     * treatysim: 0.9 (yes), 0.2 (no), 0.6 (no), 0.5 (yes). Brier: (0.01 + 0.04 + 0.36 + 0.25) / 4 =
     * 0.165; log score: (−ln 0.9 − ln 0.8 − ln 0.4 − ln 0.5) / 4 = (0.1053605 + 0.2231436 + 0.9162907
     * + 0.6931472) / 4 = 0.4844855; skill vs a coin flip 1 − 0.165 / 0.25 = 0.34.
     */
    static final List<ScoredForecast> OURS = List.of(
            ours("signed", "2024-11-22", true, 0.9),
            ours("textAgreed", "2025-03-13", false, 0.2),
            ours("initialed", "2025-06-30", false, 0.6),
            ours("collapsed", "2025-12-31", true, 0.5));

    /**
     * A panel that forecast all four: 0.7, 0.1, 0.3, 0.4 → Brier (0.09 + 0.01 + 0.09 + 0.36) / 4 =
     * 0.1375; treatysim's skill against it 1 − 0.165 / 0.1375 = −0.2. A market that forecast two,
     * listed out of order: 0.5 for textAgreed, 0.95 for signed → Brier (0.25 + 0.0025) / 2 =
     * 0.12625; treatysim on the same two: (0.01 + 0.04) / 2 = 0.025, skill 1 − 0.025 / 0.12625 =
     * 0.80198.
     */
    static final List<ScoredForecast> OTHERS = List.of(
            ScoredForecast.point("Panel", "signed", LocalDate.parse("2024-11-22"), true, 0.7),
            ScoredForecast.point("Panel", "textAgreed", LocalDate.parse("2025-03-13"), false, 0.1),
            ScoredForecast.point("Market, Inc.", "textAgreed", LocalDate.parse("2025-03-13"), false, 0.5),
            ScoredForecast.point("Panel", "initialed", LocalDate.parse("2025-06-30"), false, 0.3),
            ScoredForecast.point("Panel", "collapsed", LocalDate.parse("2025-12-31"), true, 0.4),
            ScoredForecast.point("Market, Inc.", "signed", LocalDate.parse("2024-11-22"), true, 0.95));

    @Test
    void scoresMatchTheHandComputedTable() {
        ScoreTable table = ScoreTable.build("toy", 10_000, 1, OURS, OTHERS);

        List<SkillRow> skill = table.skill();
        assertThat(skill).extracting(SkillRow::forecaster, SkillRow::reference).containsExactly(
                org.assertj.core.groups.Tuple.tuple("treatysim", "coin flip"),
                org.assertj.core.groups.Tuple.tuple("treatysim", "Panel"),
                org.assertj.core.groups.Tuple.tuple("treatysim", "Market, Inc."),
                org.assertj.core.groups.Tuple.tuple("Panel", "coin flip"),
                org.assertj.core.groups.Tuple.tuple("Market, Inc.", "coin flip"));
        SkillRow coin = skill.get(0);
        assertThat(coin.outcomes()).isEqualTo(4);
        assertThat(coin.brier()).isCloseTo(0.165, within(1e-12));
        assertThat(coin.logScore()).isCloseTo(0.4844855, within(1e-7));
        assertThat(coin.skill()).isCloseTo(0.34, within(1e-12));
        assertThat(coin.baseRate()).isEqualTo(0.5);
        assertThat(skill.get(1).referenceBrier()).isCloseTo(0.1375, within(1e-12));
        assertThat(skill.get(1).skill()).isCloseTo(-0.2, within(1e-12));
        assertThat(skill.get(2).outcomes()).isEqualTo(2);
        assertThat(skill.get(2).brier()).isCloseTo(0.025, within(1e-12));
        assertThat(skill.get(2).referenceBrier()).isCloseTo(0.12625, within(1e-12));
        assertThat(skill.get(2).skill()).isCloseTo(1 - 0.025 / 0.12625, within(1e-12));
        assertThat(skill.get(3).skill()).isCloseTo(1 - 0.1375 / 0.25, within(1e-12));
        // Each forecaster's rows follow the outcomes' order.
        assertThat(table.of("Market, Inc.")).extracting(ScoredForecast::event).containsExactly("signed", "textAgreed");
        assertThat(table.reliability().keySet()).containsExactly("treatysim", "Panel", "Market, Inc.");
    }

    @Test
    void identicalForecastsHaveNoSkill() {
        List<ScoredForecast> same = OURS.stream().map(f -> ScoredForecast.point("Mirror", f.event(), f.date(),
                f.happened(), f.p())).toList();

        SkillRow vsMirror = ScoreTable.build("toy", 10_000, 1, OURS, same).skill().get(1);

        assertThat(vsMirror.reference()).isEqualTo("Mirror");
        assertThat(vsMirror.skill()).isZero();
    }

    @Test
    void aForecastOfAnOutcomeNotInTheTableIsRefused() {
        ScoredForecast stray = ScoredForecast.point("Panel", "signed", LocalDate.parse("2026-01-01"), false, 0.1);

        assertThatThrownBy(() -> ScoreTable.build("toy", 10_000, 1, OURS, List.of(stray)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed by 2026-01-01");
    }

    @Test
    void theFilesHoldEveryForecastSkillAndBin() throws Exception {
        List<ScoredForecast> perfect = List.of(ScoredForecast.point("Oracle", "signed", LocalDate.parse("2024-11-22"),
                true, 1.0));
        ScoreTable table = ScoreTable.build("toy", 10_000, 1, OURS.subList(0, 2), perfect);
        StringWriter scores = new StringWriter();
        StringWriter skill = new StringWriter();
        StringWriter reliability = new StringWriter();

        ScoreFiles.writeScores(table, scores);
        ScoreFiles.writeSkill(table, skill);
        ScoreFiles.writeReliability(table, reliability);

        // −ln 0.9 = 0.10536051565782628; −ln 0.8 = 0.2231435513142097; −ln 0.999 = 0.0010005003335835344.
        assertThat(scores.toString().split("\n")).containsExactly(ScoreFiles.SCORE_HEADER,
                "treatysim,signed,2024-11-22,true,0.9,0.45,0.95,10000,0.009999999999999995,0.10536051565782628",
                "treatysim,textAgreed,2025-03-13,false,0.2,0.1,0.6,10000,0.04000000000000001,0.2231435513142097",
                "Oracle,signed,2024-11-22,true,1,,,,0,0.0010005003335835344");
        // Against a perfect reference (Brier 0) an imperfect forecaster's skill is −∞.
        assertThat(skill.toString().split("\n")).contains(
                "treatysim,1,0.009999999999999995,0.10536051565782628,1,Oracle,0,-Infinity");
        assertThat(reliability.toString().split("\n")).contains(ScoreFiles.RELIABILITY_HEADER)
                .anyMatch(l -> l.startsWith("treatysim,0.9,1,1,0.9,1,"))
                .anyMatch(l -> l.startsWith("Oracle,0.9,1,1,1,1,"));
        assertThat(Csv.quote("Market, Inc.")).isEqualTo("\"Market, Inc.\"");
        assertThat(Csv.quote("say \"hi\", then")).isEqualTo("\"say \"\"hi\"\", then\"");
    }

    @Test
    void theTextTableShowsEachOutcomeAndEverySkill() {
        List<String> lines = ScoreFiles.textTable(ScoreTable.build("toy", 10_000, 1, OURS, OTHERS), "-");

        assertThat(lines.get(0)).isEqualTo("Scores of toy (10000 runs, seed 1) against 4 outcomes:");
        assertThat(lines.get(2)).startsWith("  signed by 2024-11-22").contains("yes").contains("0.900 (0.450-0.950)")
                .contains("0.700").contains("0.950");
        assertThat(lines.get(4)).contains("initialed by 2025-06-30").endsWith("-");
        assertThat(lines).contains("treatysim on 4 outcomes: Brier 0.1650, log score 0.4845 nats; Brier skill vs coin"
                + " flip (Brier 0.2500): 0.340");
        assertThat(lines).contains("treatysim on 4 outcomes: Brier 0.1650, log score 0.4845 nats; Brier skill vs Panel"
                + " (Brier 0.1375): -0.200");
    }
}
