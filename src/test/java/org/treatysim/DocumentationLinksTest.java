package org.treatysim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/*.md point only at files in the repository: every relative link, and every
 * relative path written in code quotes that climbs out of its folder ({@code ../...}), names a file
 * or folder that a user who cloned the repository has.
 */
class DocumentationLinksTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern QUOTED_PARENT_PATH = Pattern.compile("`(\\.\\./[^`\\s]+)`");

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    @Test
    void everyRelativePathInTheDocumentationExistsInTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            List<String> lines = Files.readAllLines(document);
            for (int i = 0; i < lines.size(); i++) {
                List<String> paths = new ArrayList<>();
                Matcher link = LINK.matcher(lines.get(i));
                while (link.find()) paths.add(link.group(1));
                Matcher quoted = QUOTED_PARENT_PATH.matcher(lines.get(i));
                while (quoted.find()) paths.add(quoted.group(1));
                for (String path : paths) {
                    if (path.matches("[a-z]+:.*") || path.startsWith("#")) continue;
                    String file = path.replaceFirst("#.*$", "");
                    Path resolved = document.getParent().resolve(file).normalize();
                    if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                        broken.add(ROOT.relativize(document) + ":" + (i + 1) + ": " + path);
                    }
                }
            }
        }
        assertThat(broken).as("paths that a clone of the repository does not have").isEmpty();
    }
}
