package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.RunSink;
import org.treatysim.report.brief.TraceLink;

/**
 * The runs of a forecast that {@code run --representative-traces} writes pages of, in
 * {@code traces/} beside the brief: the median signing (the first run that signed on the median
 * signing day), a collapse (likewise, the median collapse) and a stall (the first run that stalled).
 * Watches every run of the forecast in run order as a {@link RunSink}, keeping per outcome only a
 * count and the first run of each day, so the memory does not grow with the number of runs.
 */
final class RepresentativeRuns {
    /** The folder of the pages, inside the results folder. */
    static final String FOLDER = "traces";

    /** A kind of representative run: its words in the brief, and its name as its pages' names start. */
    enum Kind {
        MEDIAN_SIGNING("The median signing"),
        COLLAPSE("A collapse (the median one)"),
        STALL("A stall (neither signed nor collapsed by the horizon)");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** How its pages' file names start, e.g. "median-signing". */
        String stem() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The kind whose pages start with {@code stem}. */
        static Kind ofStem(String stem) {
            return Arrays.stream(values()).filter(k -> k.stem().equals(stem)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no kind of representative run " + stem));
        }
    }

    /** A page's file name, "<kind's stem>-run-<run>.html". */
    private static final Pattern PAGE = Pattern.compile("("
            + Arrays.stream(Kind.values()).map(Kind::stem).collect(Collectors.joining("|")) + ")-run-(\\d+)\\.html");

    /** A run to write the page of. */
    record Representative(Kind kind, int run) {
        /** Its page's file name in {@link #FOLDER}. */
        String fileName() {
            return kind.stem() + "-run-" + run + ".html";
        }
    }

    /** Per day, how many runs ended so and the first of them. */
    private final Map<LocalDate, long[]> signed = new TreeMap<>();
    private final Map<LocalDate, long[]> collapsed = new TreeMap<>();
    private int firstStall = -1;

    /** A sink that watches every run and then hands the chunk on to {@code then}, if any. */
    <C> RunSink<Chunk<C>> watching(RunSink<C> then) {
        return new RunSink<>() {
            @Override
            public Chunk<C> prepare(List<RunResult> runs) {
                List<Ending> endings = runs.stream().map(RepresentativeRuns::ending).toList();
                return new Chunk<>(then == null ? null : then.prepare(runs), endings);
            }

            @Override
            public void write(Chunk<C> chunk) throws IOException {
                for (Ending ending : chunk.endings()) see(ending);
                if (then != null) then.write(chunk.then());
            }
        };
    }

    /** A chunk: what the next sink prepared, and how its runs ended. */
    record Chunk<C>(C then, List<Ending> endings) { }

    /** How a run ended: its outcome and the day it was signed or collapsed (null for a stall). */
    record Ending(int run, Outcome outcome, LocalDate day) { }

    static Ending ending(RunResult run) {
        LocalDate day = switch (run.outcome()) {
            case SIGNED -> run.signed();
            case COLLAPSED -> run.collapsed();
            case STALLED -> null;
        };
        return new Ending(run.run(), run.outcome(), day);
    }

    /** Takes note of one run; runs come in run order. */
    void see(Ending run) {
        if (run.outcome() == Outcome.SIGNED) {
            count(signed, run.day(), run.run());
        } else if (run.outcome() == Outcome.COLLAPSED) {
            count(collapsed, run.day(), run.run());
        } else if (firstStall < 0) {
            firstStall = run.run();
        }
    }

    private static void count(Map<LocalDate, long[]> days, LocalDate day, int run) {
        long[] entry = days.computeIfAbsent(day, d -> new long[] {0, run});
        entry[0]++;
    }

    /** The representative runs of the runs seen, in the order of {@link Kind}; a kind no run had is left out. */
    List<Representative> chosen() {
        List<Representative> chosen = new ArrayList<>();
        medianFirst(signed).ifPresent(run -> chosen.add(new Representative(Kind.MEDIAN_SIGNING, run)));
        medianFirst(collapsed).ifPresent(run -> chosen.add(new Representative(Kind.COLLAPSE, run)));
        if (firstStall >= 0) chosen.add(new Representative(Kind.STALL, firstStall));
        return chosen;
    }

    /** The first run on the lower median day of {@code days}, if any run. */
    private static java.util.OptionalInt medianFirst(Map<LocalDate, long[]> days) {
        long total = days.values().stream().mapToLong(entry -> entry[0]).sum();
        if (total == 0) return java.util.OptionalInt.empty();
        long position = (total - 1) / 2;
        long seen = 0;
        for (long[] entry : days.values()) {
            seen += entry[0];
            if (seen > position) return java.util.OptionalInt.of((int) entry[1]);
        }
        throw new IllegalStateException("the counts add up to " + total);
    }

    /** Writes the page of every chosen run into {@code folder}/traces/. */
    void writePages(Scenario scenario, Path folder) throws IOException {
        List<Representative> runs = chosen();
        if (runs.isEmpty()) return;
        Path pages = Files.createDirectories(folder.resolve(FOLDER));
        for (Representative run : runs) {
            Files.write(pages.resolve(run.fileName()), TraceCommand.page(scenario, List.of(run.run())));
        }
    }

    /** Links to the pages in {@code folder}/traces/, in the order of {@link Kind}; none without the folder. */
    static List<TraceLink> links(Path folder) throws IOException {
        Path pages = folder.resolve(FOLDER);
        if (!Files.isDirectory(pages)) return List.of();
        List<Representative> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher name = PAGE.matcher(file.getFileName().toString());
                if (!name.matches()) continue;
                found.add(new Representative(Kind.ofStem(name.group(1)), Integer.parseInt(name.group(2))));
            }
        }
        found.sort(java.util.Comparator.comparing(Representative::kind).thenComparingInt(Representative::run));
        return found.stream().map(r -> new TraceLink(FOLDER + "/" + r.fileName(), r.kind().words + ": run " + r.run()))
                .toList();
    }
}
