package org.treatysim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * spark/pom.xml compiles the main sources itself, so it must list the same libraries at the same
 * versions as pom.xml: a library bumped in one and not the other would build a Spark jar that
 * behaves differently from the command line. Jackson is the exception: Spark brings its own, and the
 * Spark build must use that one.
 */
class SparkBuildTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void theSparkBuildListsEveryLibraryOfTheMainBuildAtTheSameVersion() throws Exception {
        Map<String, String> main = libraries(ROOT.resolve("pom.xml"));
        Map<String, String> spark = libraries(ROOT.resolve("spark/pom.xml"));
        main.keySet().removeIf(library -> library.startsWith("com.fasterxml.jackson"));
        assertThat(main).as("the main build's libraries").isNotEmpty().containsKey("fr.irit.smac.thirdparty.edu.gmu.cs:mason");

        assertThat(spark).as("spark/pom.xml's libraries and versions").containsAllEntriesOf(main);
    }

    @Test
    void theSparkBuildHasTheMainBuildsVersion() throws Exception {
        assertThat(projectVersion(ROOT.resolve("spark/pom.xml"))).isEqualTo(projectVersion(ROOT.resolve("pom.xml")));
    }

    /** The compile-scope dependencies, "groupId:artifactId" to version (empty when a BOM manages it). */
    private static Map<String, String> libraries(Path pom) throws Exception {
        Element project = parse(pom).getDocumentElement();
        Map<String, String> libraries = new LinkedHashMap<>();
        Element dependencies = child(project, "dependencies");
        NodeList all = dependencies.getElementsByTagName("dependency");
        for (int i = 0; i < all.getLength(); i++) {
            Element dependency = (Element) all.item(i);
            if (dependency.getParentNode() != dependencies) continue;
            String scope = text(dependency, "scope");
            if (!scope.isEmpty() && !scope.equals("compile") && !scope.equals("runtime")) continue;
            libraries.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), text(dependency, "version"));
        }
        libraries.remove("org.apache.spark:spark-core_2.13");
        return libraries;
    }

    private static String projectVersion(Path pom) throws Exception {
        return text(parse(pom).getDocumentElement(), "version");
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e;
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) return e.getTextContent().strip();
        }
        return "";
    }
}
