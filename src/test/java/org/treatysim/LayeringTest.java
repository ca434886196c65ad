package org.treatysim;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import rules that the package-info files state, checked on the compiled main classes: the
 * command line on top; the scenario loader, the Monte Carlo engine and the reports below it; the
 * statistics below the engine and the reports; the model at the bottom, importing nothing of the
 * project but its spec, and doing no I/O and no drawing. A wrong arrow fails the build, and its
 * message names the class, what it imports and the rule.
 *
 * <p>The rules are also checked on a miniature of the project ({@code org.treatysim.layeringfixture}),
 * whose classes with the arrows right must pass and whose {@code Wrong…} classes, one wrong arrow
 * each, must each be rejected by the rule meant to catch it, so a rule that catches nothing fails
 * too.
 */
class LayeringTest {

    private static final String ROOT = "org.treatysim";
    private static final String FIXTURE = "org.treatysim.layeringfixture";

    /**
     * Per package (relative to the root), the project's packages it may import besides itself, as
     * its package-info states them. The command line may import everything and is left out; every
     * other package of the main classes must be here, so a new package states its rule.
     */
    private static final Map<String, Set<String>> MAY_IMPORT = new LinkedHashMap<>();

    static {
        allow("model", "model.spec");
        allow("model.spec");
        allow("scenario", "model.spec");
        allow("stats", "model", "model.spec");
        allow("stats.abc", "model.spec", "stats.sensitivity");
        allow("stats.backtest", "model.spec", "stats", "stats.scoring", "stats.sensitivity");
        allow("stats.calibration", "stats.sensitivity");
        allow("stats.scoring");
        allow("stats.sensitivity", "model.spec");
        allow("montecarlo", "model", "stats");
        allow("montecarlo.compare", "montecarlo", "model", "model.spec", "stats");
        allow("montecarlo.conditioning", "montecarlo", "model", "model.spec", "stats", "stats.abc");
        allow("montecarlo.sweep", "montecarlo", "model", "model.spec", "stats", "stats.sensitivity");
        allow("report.chart", "stats");
        allow("report.backtest", "report.chart", "report.files", "model.spec", "stats", "stats.backtest", "stats.scoring");
        allow("report.calibration", "report.backtest", "report.chart", "stats.backtest", "stats.calibration");
        allow("report.brief", "report.chart", "model.spec", "stats");
        allow("report.compare", "model.spec", "report.chart", "report.files", "stats");
        allow("report.files", "report.brief", "report.chart", "model", "stats");
        allow("report.trace", "model", "model.spec", "report.chart", "report.files");
        allow("report.sweep", "model.spec", "report.chart", "report.files", "stats", "stats.sensitivity");
        allow("report.update", "model.spec", "report.chart", "report.files", "stats", "stats.abc", "stats.scoring");
    }

    private static void allow(String pkg, String... imports) {
        MAY_IMPORT.put(pkg, new TreeSet<>(List.of(imports)));
    }

    private static JavaClasses mainClasses;

    private static synchronized JavaClasses mainClasses() {
        if (mainClasses == null) {
            mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(ROOT);
        }
        return mainClasses;
    }

    // ---- the rules, for the project's root or the fixture's ----

    /** cli → (scenario, montecarlo, report) → stats → model → model.spec; nothing imports cli. */
    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy(root + ".cli..")
                .layer("scenario").definedBy(root + ".scenario..")
                .layer("montecarlo").definedBy(root + ".montecarlo..")
                .layer("report").definedBy(root + ".report..")
                .layer("stats").definedBy(root + ".stats..")
                .layer("model").definedBy(root + ".model")
                .layer("model.spec").definedBy(root + ".model.spec..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("scenario").mayOnlyAccessLayers("model.spec")
                .whereLayer("montecarlo").mayOnlyAccessLayers("stats", "model", "model.spec")
                .whereLayer("report").mayOnlyAccessLayers("stats", "model", "model.spec")
                .whereLayer("stats").mayOnlyAccessLayers("model", "model.spec")
                .whereLayer("model").mayOnlyAccessLayers("model.spec")
                .whereLayer("model.spec").mayNotAccessAnyLayer()
                .because("dependencies point one way: cli -> (scenario, montecarlo, report) -> model");
    }

    /** Each package imports only the packages its package-info names ({@link #MAY_IMPORT}). */
    static ArchRule importsPerPackageInfo(String root) {
        return classes().that().resideInAPackage(root + "..").should(importOnlyWhatThePackageInfoAllows(root));
    }

    private static ArchCondition<JavaClass> importOnlyWhatThePackageInfoAllows(String root) {
        return new ArchCondition<>("import only the packages their package-info allows") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String pkg = relative(root, item.getPackageName());
                if (pkg.equals("cli") || pkg.startsWith("cli.")) return;
                Set<String> allowed = MAY_IMPORT.get(pkg);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in package " + pkg
                            + ", whose import rule is not stated (add it to its package-info and to LayeringTest)"));
                    return;
                }
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.equals(root) && !target.startsWith(root + ".")) continue;
                    String targetPkg = relative(root, target);
                    if (targetPkg.equals(pkg) || allowed.contains(targetPkg)) continue;
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": package "
                            + pkg + " may import only " + (allowed.isEmpty() ? "nothing of the project" : allowed)));
                }
            }
        };
    }

    private static String relative(String root, String pkg) {
        return pkg.equals(root) ? "" : pkg.substring(root.length() + 1);
    }

    /** Opening files by name or path: the command line's job (and the scenario loader's, for its inputs). */
    private static final DescribedPredicate<JavaClass> FILE_ACCESS = resideInAnyPackage("java.nio.file..")
            .or(belongToAnyOf(File.class, FileInputStream.class, FileOutputStream.class, FileReader.class,
                    FileWriter.class, RandomAccessFile.class, FileChannel.class));

    /** I/O of any kind, drawing, and the libraries of files and pictures. */
    private static final DescribedPredicate<JavaClass> IO_OR_DRAWING = resideInAnyPackage("java.io..",
            "java.nio.file..", "java.nio.channels..", "java.net..", "java.awt..", "javax.imageio..", "javax.swing..",
            "org.jfree..", "org.apache.pdfbox..", "de.rototor..", "org.apache.batik..", "com.fasterxml.jackson..",
            "org.yaml.snakeyaml..", "com.github.mustachejava..", "picocli..", "me.tongfei..", "org.jline..")
            .and(DescribedPredicate.not(belongToAnyOf(Serializable.class)));

    /** The model (and its spec) and the statistics are pure computation: no I/O, no drawing, no printing. */
    static ArchRule pureComputation(String root) {
        return noClasses().that().resideInAnyPackage(root + ".model..", root + ".stats..")
                .should().dependOnClassesThat(IO_OR_DRAWING).orShould(ACCESS_STANDARD_STREAMS)
                .because("the model and the statistics do no I/O; the command line opens every file");
    }

    /** The Monte Carlo engine and the reports write to streams the caller opens; they never open files. */
    static ArchRule noFileAccess(String root) {
        return noClasses().that().resideInAnyPackage(root + ".montecarlo..", root + ".report..")
                .should().dependOnClassesThat(FILE_ACCESS)
                .because("only the command line and the scenario loader open files");
    }

    static Map<String, ArchRule> rules(String root) {
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("layers", layers(root));
        rules.put("imports", importsPerPackageInfo(root));
        rules.put("pure", pureComputation(root));
        rules.put("files", noFileAccess(root));
        return rules;
    }

    // ---- the project ----

    static Stream<String> ruleNames() {
        return rules(ROOT).keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleNames")
    void theProjectKeepsTheRule(String name) {
        rules(ROOT).get(name).check(mainClasses());
    }

    @Test
    void everyStatedRuleIsAboutAPackageThatExists() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : mainClasses()) packages.add(relative(ROOT, c.getPackageName()));
        Set<String> named = new TreeSet<>(MAY_IMPORT.keySet());
        MAY_IMPORT.values().forEach(named::addAll);
        assertThat(packages).containsAll(named);
    }

    // ---- the rules themselves, on the fixture ----

    private static final List<String> RIGHT = List.of("cli.Command", "scenario.Loader", "montecarlo.Runner",
            "report.chart.Chart", "stats.Tally", "model.Engine", "model.spec.SpecRecord");

    private static JavaClasses fixture(String... extra) throws ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : RIGHT) classes.add(Class.forName(FIXTURE + "." + name));
        for (String name : extra) classes.add(Class.forName(FIXTURE + "." + name));
        return new ClassFileImporter().importClasses(classes);
    }

    @Test
    void theRulesPassAProjectWithTheArrowsRight() throws Exception {
        JavaClasses right = fixture();
        assertThat(right).hasSize(RIGHT.size());
        for (ArchRule rule : rules(FIXTURE).values()) rule.check(right);
    }

    static Stream<Arguments> wrongArrows() {
        return Stream.of(
                Arguments.of("model.WrongModelUsesStats", "layers"),
                Arguments.of("model.WrongModelUsesStats", "imports"),
                Arguments.of("model.WrongModelReadsAFile", "pure"),
                Arguments.of("model.WrongModelPrints", "pure"),
                Arguments.of("model.WrongModelDraws", "pure"),
                Arguments.of("stats.WrongStatsUsesReport", "layers"),
                Arguments.of("scenario.WrongScenarioRunsTheModel", "layers"),
                Arguments.of("scenario.WrongScenarioUsesMonteCarlo", "layers"),
                Arguments.of("report.chart.WrongReportUsesCli", "layers"),
                Arguments.of("report.chart.WrongChartUsesModel", "imports"),
                Arguments.of("montecarlo.WrongMonteCarloWritesAFile", "files"));
    }

    @ParameterizedTest(name = "{1} rejects {0}")
    @MethodSource("wrongArrows")
    void aRuleRejectsAWrongArrow(String wrongClass, String ruleName) throws Exception {
        JavaClasses withWrongArrow = fixture(wrongClass);
        String simpleName = wrongClass.substring(wrongClass.lastIndexOf('.') + 1);
        assertThatThrownBy(() -> rules(FIXTURE).get(ruleName).check(withWrongArrow))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(simpleName);
    }
}
