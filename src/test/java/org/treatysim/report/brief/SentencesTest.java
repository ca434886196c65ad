package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void theHeadlineReadsAsTheIssueAsksAndKeepsCharactersAsTheyAre() {
        assertThat(Sentences.render("headline", Map.of("date", "31 Dec 2025", "p", "0.13", "interval", "0.12–0.14",
                "runs", "10,000"))).isEqualTo("P(treaty signed by 31 Dec 2025) = 0.13 (95% interval 0.12–0.14, 10,000 runs)");
    }

    @Test
    void wrappedTemplatesCollapseToOneLineAndOptionalPartsComeAndGo() {
        String with = Sentences.render("key-dates-note", Map.of("runs", "10,000", "stepDays", Optional.of("7")));
        String without = Sentences.render("key-dates-note", Map.of("runs", "10,000", "stepDays", Optional.empty()));
        assertThat(with).doesNotContain("\n").doesNotContain("  ")
                .contains("The model moves in steps of 7 days: a date's figure");
        assertThat(without).contains("The model moves in steps: a date's figure");
    }

    @Test
    void valuesAreNotHtmlEscapedInPlainSentences() {
        assertThat(Sentences.render("referendum-earliest", Map.of("earliest", "1 Jul 2026", "p", "0.15",
                "interval", "0.15–0.16", "runs", "10,000")))
                .isEqualTo("The constitutional referendum cannot be held before 1 Jul 2026. By then, P(signed) = 0.15 "
                        + "(95% interval 0.15–0.16, 10,000 runs).");
    }
}
