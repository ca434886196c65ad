package org.treatysim.report.sweep;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.treatysim.report.chart.ChartFormat;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.report.files.JsonFiles.LeftOutWhenNull;
import org.treatysim.report.files.JsonFiles.MayBeNull;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimBox;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.Restriction;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;

/**
 * sweep.json: what a sweep was and what it found, for readers and for the brief. Its keys are the
 * components of {@link Contents} and of the records under it, in order (docs/sweep.md lists them
 * for readers). {@code indices} is the PRCC or the Sobol ranking, most influential first, as
 * {@code kind} says, or null; {@code prim} holds each box PRIM chose without its insignificant
 * restrictions (those are under {@code dropped}; PRIM's own box is summarised in
 * {@code beforeDropping}), or null when PRIM found none; an unbounded side of a box is null.
 * Notes are null when there is nothing to explain; {@code files} names the folder's files, a chart
 * as {@code {png, svg, pdf}} or null when it was not drawn. Numbers, layout and reading rules are
 * {@link JsonFiles}'s, in its {@link JsonFiles.Layout#RESULTS} layout.
 */
public final class SweepJson {
    /** The design and the target at each point ({@link DesignCsv}), relative to the sweep folder. */
    public static final String DESIGN = "design.csv";
    /** The sensitivity indices ({@link IndicesCsv}). */
    public static final String INDICES = "indices.csv";
    /** PRIM's trajectories and boxes ({@link BoxesCsv}). */
    public static final String BOXES = "boxes.csv";
    /** This file. */
    public static final String SWEEP = "sweep.json";
    /** The tornado chart's files ({@link TornadoChart}); absent when there are no indices. */
    public static final Chart TORNADO = Chart.of("charts/tornado");
    /** The scatter chart's files ({@link ScatterChart}). */
    public static final Chart SCATTER = Chart.of("charts/scatter");

    private SweepJson() { }

    /** The file, key by key. */
    record Contents(String scenario, String title, String scenarioSha256,
                    @LeftOutWhenNull Provenance.CalibrationNote calibration, String version, String java,
                    Instant createdAt, Target target, double threshold, String method, @MayBeNull Integer samples,
                    @MayBeNull Integer levels, int points, int runsPerPoint, long runs, long seed,
                    List<SweepSummary.FactorEntry> factors, SweepSummary.Spread targetAcrossPoints,
                    @MayBeNull Indices indices, @MayBeNull String indicesNote, @MayBeNull String primSentence,
                    @MayBeNull String primCoverageSentence, @MayBeNull Prim prim, @MayBeNull String primNote,
                    FolderFiles files) {

        static Contents of(SweepSummary s) {
            Provenance p = s.provenance();
            Indices indices = s.sobol().<Indices>map(SobolRanking::of)
                    .orElse(s.prcc().isEmpty() ? null : PrccRanking.of(s.prcc()));
            return new Contents(p.scenario(), p.title(), p.scenarioSha256(), p.calibration(), p.version(), p.java(), p.createdAt(),
                    new Target(s.targetEvent(), s.targetDate(), s.targetText()), s.threshold(), s.method(),
                    positiveOrNull(s.samples()), positiveOrNull(s.levels()), s.points(), s.runsPerPoint(), p.runs(),
                    p.seed(), s.factors(), s.spread(), indices, s.indicesNote().orElse(null),
                    s.primSentence().orElse(null), s.primCoverageSentence().orElse(null), Prim.of(s),
                    s.boxesNote().orElse(null), new FolderFiles(DESIGN, INDICES, BOXES,
                            s.tornado() ? TORNADO : null, SCATTER));
        }

        private static Integer positiveOrNull(int value) {
            return value > 0 ? value : null;
        }
    }

    /** What the sweep measured, and when. */
    record Target(String event, LocalDate date, String text) { }

    /** The ranking of the parameters, most influential first; {@code kind} says which. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = PrccRanking.class, name = "prcc"),
            @JsonSubTypes.Type(value = SobolRanking.class, name = "sobol")})
    sealed interface Indices permits PrccRanking, SobolRanking { }

    /** Partial rank correlations, strongest first. */
    record PrccRanking(List<Prcc> ranking) implements Indices {
        static PrccRanking of(List<PrccIndex> indices) {
            return new PrccRanking(map(indices, i -> new Prcc(i.parameter(), i.prcc(), i.low(), i.high(), i.pValue())));
        }
    }

    /** One partial rank correlation with its interval. */
    record Prcc(String parameter, double prcc, double lo, double hi, double pValue) {
        PrccIndex index() {
            return new PrccIndex(parameter, prcc, lo, hi, pValue);
        }
    }

    /** Sobol indices, largest total index first. */
    record SobolRanking(int baseSamples, double outputVariance, int bootstrapResamples, double confidence,
                        List<Sobol> ranking) implements Indices {
        static SobolRanking of(SobolResult sobol) {
            return new SobolRanking(sobol.baseSamples(), sobol.outputVariance(), sobol.bootstrapResamples(),
                    sobol.confidence(), map(sobol.byTotalDescending(), i -> new Sobol(i.parameter(), i.first(),
                            i.firstLow(), i.firstHigh(), i.total(), i.totalLow(), i.totalHigh())));
        }
    }

    /** One parameter's first-order and total Sobol indices with their intervals. */
    record Sobol(String parameter, double first, double firstLo, double firstHi, double total, double totalLo,
                 double totalHi) {
        SobolIndex index() {
            return new SobolIndex(parameter, first, firstLo, firstHi, total, totalLo, totalHi);
        }
    }

    /** PRIM's boxes, best first. */
    record Prim(String outcome, List<Box> boxes) {
        /** Null when PRIM found no box. */
        static Prim of(SweepSummary s) {
            if (s.boxes().isEmpty()) return null;
            List<Box> boxes = new ArrayList<>();
            for (int b = 0; b < s.boxes().size(); b++) {
                boxes.add(Box.of(s.outcome(), s.simplified().get(b), s.boxes().get(b).box()));
            }
            return new Prim(s.outcome(), boxes);
        }
    }

    /** A box without its insignificant restrictions, and PRIM's own box summarised. */
    record Box(String sentence, String coverageSentence, int cases, int positives, double coverage, double density,
               double support, List<Kept> restrictions, List<Side> dropped, BeforeDropping beforeDropping) {
        static Box of(String outcome, PrimPruning.Pruned simplified, PrimBox original) {
            PrimBox box = simplified.box();
            List<Kept> kept = new ArrayList<>();
            for (int i = 0; i < box.restrictions().size(); i++) {
                Side side = Side.of(box.restrictions().get(i));
                kept.add(new Kept(side.parameter(), side.lower(), side.upper(), simplified.quasiPValues().get(i)));
            }
            return new Box(box.sentence(outcome), box.coverageSentence(outcome), box.cases(), box.positives(),
                    box.coverage(), box.density(), box.support(), kept, map(simplified.dropped(), Side::of),
                    new BeforeDropping(original.cases(), original.positives(), original.coverage(),
                            original.density(), original.support(), original.restrictions().size()));
        }
    }

    /** A restriction of a box; null for an unbounded side. */
    record Side(String parameter, @MayBeNull Double lower, @MayBeNull Double upper) {
        static Side of(Restriction r) {
            return new Side(r.parameter(), r.boundedBelow() ? r.lower() : null, r.boundedAbove() ? r.upper() : null);
        }
    }

    /** A restriction kept in the box, with its quasi-p-value. */
    record Kept(String parameter, @MayBeNull Double lower, @MayBeNull Double upper, double quasiP) { }

    /** PRIM's own box, before the insignificant restrictions were dropped. */
    record BeforeDropping(int cases, int positives, double coverage, double density, double support,
                          int restricted) { }

    /** The folder's files, relative to it; a chart is null when it was not drawn. */
    record FolderFiles(String design, String indices, String boxes, @MayBeNull Chart tornado, Chart scatter) { }

    /** A chart's files, relative to the sweep folder: the same drawing as PNG, SVG and PDF. */
    public record Chart(String png, String svg, String pdf) {
        /** The files of the chart at {@code base}, e.g. {@code charts/tornado}, in each {@link ChartFormat}. */
        static Chart of(String base) {
            return new Chart(base + "." + ChartFormat.PNG.extension(), base + "." + ChartFormat.SVG.extension(),
                    base + "." + ChartFormat.PDF.extension());
        }
    }

    private static <A, B> List<B> map(List<A> from, Function<A, B> convert) {
        return from.stream().map(convert).toList();
    }

    /** Writes the summary as UTF-8 JSON; does not close {@code out}. */
    public static void write(SweepSummary s, OutputStream out) throws IOException {
        JsonFiles.write(Contents.of(s), JsonFiles.Layout.RESULTS, out);
    }

    /** Reads back what {@link #write} wrote, key by key. */
    static Contents read(InputStream in) throws IOException {
        return JsonFiles.read(in, Contents.class, SWEEP);
    }
}
