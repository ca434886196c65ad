package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts the brief ships are the repository's own, so that they are kept in one place. */
class BriefResourcesTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = BriefResources.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCaveatsAreTheReadmesListOfWhatTheModelDoesNotCapture() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## What the model does not capture"),
                readme.indexOf("## Documentation"));
        String list = section.substring(section.indexOf("\n- ") + 1).strip() + "\n";
        assertThat(resource(BriefResources.CAVEATS)).as("src/main/resources/%s must be README.md's list: copy it over",
                BriefResources.CAVEATS).isEqualTo(list);
        List<String> caveats = BriefResources.caveats();
        assertThat(caveats).hasSize((int) list.lines().filter(l -> l.startsWith("- ")).count());
        assertThat(caveats.get(0)).startsWith("Strategic reasoning: parties follow time-dependent concession tactics")
                .endsWith("limits.");
        // Markdown's link and code marks are gone.
        assertThat(String.join(" ", caveats)).doesNotContain("](").doesNotContain("`").contains("(termsEffect)");
    }

    @Test
    void theSourcesAreDocsSourcesMdAndEachTagExpandsToItsCitationWithDatesAndLink() throws IOException {
        assertThat(resource(BriefResources.SOURCES)).as("src/main/resources/%s must be docs/sources.md: copy it over",
                BriefResources.SOURCES).isEqualTo(Files.readString(Path.of("docs/sources.md")));
        BriefResources.Source fact = BriefResources.source("F-13-of-16").orElseThrow();
        assertThat(fact.citation()).startsWith("Pashinyan offers to sign the 13 agreed articles")
                .contains("(2024-08-31; public by 2024-08-31)").endsWith("Source: azatutyun.am/amp/33114723.html.");
        assertThat(fact.link()).contains("https://azatutyun.am/amp/33114723.html");
        BriefResources.Source book = BriefResources.source("L-nash1950").orElseThrow();
        assertThat(book.citation()).startsWith("Nash, J. F. (1950). The bargaining problem. Econometrica 18(2), 155–162.")
                .contains("Used for: the Nash bargaining solution used in nash drafting.");
        assertThat(BriefResources.source("F-no-such-fact")).isEmpty();
        // Every tag the baseline cites is listed.
        String baseline = Files.readString(Path.of("scenarios/baseline-2024-09.yaml"));
        java.util.regex.Matcher tags = BriefResources.TAG.matcher(baseline);
        while (tags.find()) assertThat(BriefResources.source(tags.group(1))).as(tags.group()).isPresent();
    }

    @Test
    void theAnnexListsEachCitedSourceOnceInOrderOfFirstCitation() {
        List<BriefView.SourceView> sources = BriefView.sources(List.of(
                new Assumption("parties.ARM.batna", "0.2", "[F-offensive-2023] [L-binmore1986] assumption: …"),
                new Assumption("parties.AZE.batna", "0.4", "[F-offensive-2023] assumption: …"),
                new Assumption("seed", "1", "[F-unknown-tag] assumption: a tag the list does not have is left as written")));
        assertThat(sources).extracting(BriefView.SourceView::tag).containsExactly("[F-offensive-2023]", "[L-binmore1986]");
        assertThat(sources.get(0).link()).isEqualTo("https://babel.ua/en/news/98981");
        assertThat(sources.get(1).hasLink()).isFalse();
    }
}
