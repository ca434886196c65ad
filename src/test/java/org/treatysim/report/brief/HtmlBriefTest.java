package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.report.chart.Charts;
import org.treatysim.report.chart.SummaryFixtures;

/** brief.html as a file: self-contained, escaped, complete. */
class HtmlBriefTest {
    private static String html;
    private static BriefView view;

    @BeforeAll
    static void render() {
        BriefInput input = BriefFixtures.baseline();
        view = BriefView.of(input);
        html = new String(Brief.render(input).html(), StandardCharsets.UTF_8);
    }

    /** The text as a browser shows it, for the entities mustache writes. */
    static String unescape(String text) {
        return text.replace("&#61;", "=").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#96;", "`").replace("&amp;", "&");
    }

    @Test
    void requestsNothingFromTheNetwork() {
        // The only URLs allowed are the SVG namespace names, which browsers never fetch.
        String withoutNamespaces = html.replaceAll("xmlns(:\\w+)?=\"http://www\\.w3\\.org/[^\"]*\"", "");
        assertThat(withoutNamespaces).doesNotContainPattern("(?i)https?://");
        assertThat(html).doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)@import").doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:|//)")
                .doesNotContainPattern("(?i)\\s(src|href)\\s*=");
    }

    @Test
    void isOneUtf8PageWithInlineStyleAndFiveInlineCharts() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>")
                .contains("font: 16px/1.5 \"DejaVu Sans\"").endsWith("</html>\n");
        assertThat(html.split("<svg", -1).length - 1).isEqualTo(5);
        assertThat(html).contains("Azərbaycan–Hayastan").contains("İlham Əliyev");
    }

    @Test
    void saysTheHeadlineTheTablesAndEverySection() {
        assertThat(unescape(html)).contains(view.headline()).contains(BriefFixtures.DESCRIPTION);
        for (String id : List.of("key-judgments", "signposts", "headline", "key-dates", "deadlines", "referendum", "drivers",
                "caveats", "charts", "assumptions", "provenance")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        // In reading order: the judgments, the main chart and the signposts first, the annex last.
        assertThat(html.indexOf("id=\"key-judgments\"")).isLessThan(html.indexOf("id=\"fig-signed-by-date\""));
        assertThat(html.indexOf("id=\"fig-signed-by-date\"")).isLessThan(html.indexOf("id=\"signposts\""));
        assertThat(html.indexOf("id=\"signposts\"")).isLessThan(html.indexOf("id=\"headline\""));
        assertThat(html.indexOf("id=\"caveats\"")).isLessThan(html.indexOf("id=\"charts\""));
        // Without runs.csv.gz the brief says why it has no signposts and no drivers.
        assertThat(unescape(html)).contains(view.signpostsNote()).contains(view.driversNote());
        for (BriefView.KeyDateRow row : view.keyDates()) {
            assertThat(html).contains("<th scope=\"row\">" + row.date() + "</th><td>" + row.textAgreed() + "</td><td>"
                    + row.initialed() + "</td><td>" + row.signed() + "</td>");
        }
        assertThat(html).contains("<tr class=\"headline-row\"><th scope=\"row\">31 Dec 2025</th>");
        for (BriefView.FigureView f : view.figures()) {
            assertThat(unescape(html)).contains("<strong>Figure " + f.number() + ".</strong> " + f.caption() + "</figcaption>");
        }
        assertThat(html).contains(SummaryFixtures.baseline().summary().provenance().scenarioSha256());
    }

    @Test
    void escapesWhatTheScenarioSays() {
        assertThat(html).contains("restated &lt; 2024-09").contains("mediation &amp; shuttle talks")
                .doesNotContain("restated < 2024-09");
        assertThat(html).contains("<tr><td>Referendum: share of votes for</td><td>beta(2, 3), between 0 and 1 with mean 0.4</td>"
                + "<td><span class=\"missing\">no source given</span></td></tr>");
        // Parameters by their labels, never by their paths.
        for (Assumption a : BriefFixtures.ASSUMPTIONS) {
            assertThat(html).contains("<td>" + BriefFixtures.NAMES.parameter(a.path()).replace("'", "&#39;") + "</td>")
                    .doesNotContain(a.path());
        }
        assertThat(html).contains("<h3>Armenia</h3>").contains("<h3>Ratification and the referendum</h3>");
    }

    @Test
    void everyIdOnThePageIsUnique() {
        Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
        Set<String> seen = new HashSet<>();
        int count = 0;
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("duplicate id %s", ids.group(1)).isTrue();
            count++;
        }
        assertThat(count).isGreaterThan(20);
    }

    @Test
    void aSweepAddsItsSentenceAndCharts() {
        SummaryFixtures.Fixture f = SummaryFixtures.baseline();
        BriefInput input = BriefInput.of(f.summary(), f.window(), List.of()).withSweep(
                "P(signed by end-2025) ≥ 0.5 in 83% of cases where AZE patience < 500 days",
                List.of(new CaptionedChart(Charts.build(f.summary(), f.window()).get(0), "Stand-in for the tornado chart.")));
        String swept = new String(Brief.render(input).html(), StandardCharsets.UTF_8);
        assertThat(swept).contains("id=\"drivers\"").contains("≥ 0.5 in 83% of cases where AZE patience &lt; 500 days")
                .contains("<strong>Figure 2.</strong> Stand-in for the tornado chart.");
        assertThat(swept).contains("No assumptions were supplied with these results.");
    }
}
