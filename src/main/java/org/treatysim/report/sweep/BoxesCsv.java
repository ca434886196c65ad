package org.treatysim.report.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.sensitivity.PrimBox;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.PrimResult;
import org.treatysim.stats.sensitivity.Restriction;

/**
 * boxes.csv: PRIM's peeling trajectories and chosen boxes, columns
 * {@code box,kind,step,cases,positives,coverage,density,support} and then
 * {@code lower.<parameter>,upper.<parameter>} for every factor.
 * <ul>
 *   <li>{@code box}: 1 for the first box, 2 … for the boxes found on the points left outside the
 *       earlier simplified boxes (PRIM's covering strategy);</li>
 *   <li>{@code kind}: {@code trajectory} for each box the peeling passed through (step 0 is the
 *       whole space, each later step one peel), {@code chosen} for the box chosen from the
 *       trajectory, after pasting, and {@code simplified} for the chosen box without the
 *       restrictions that add nothing significant (quasi-p-value above 0.05), the box the
 *       sentences describe; their {@code step} is the trajectory step the box was chosen at;</li>
 *   <li>{@code cases}, {@code positives}: design points in the box, and of them those whose target
 *       reached the threshold; {@code coverage} = positives in the box / positives in all points
 *       (for the trajectory of a later box: of the points it was peeled from), {@code density} =
 *       positives / cases, {@code support} = cases / all points;</li>
 *   <li>{@code lower.X}, {@code upper.X}: the box's inclusive bounds on factor X, empty where the
 *       box does not restrict it.</li>
 * </ul>
 * When there is no box (no point reaches the threshold, or the target does not vary) the file
 * holds its header only.
 */
public final class BoxesCsv {
    private BoxesCsv() { }

    /** The header line for these factors. */
    public static String header(List<String> factors) {
        StringBuilder line = new StringBuilder("box,kind,step,cases,positives,coverage,density,support");
        for (String factor : factors) {
            Csv.plain(factor);
            line.append(",lower.").append(factor).append(",upper.").append(factor);
        }
        return line.toString();
    }

    /**
     * Writes the boxes, best first; does not close {@code out}.
     *
     * @param factors    the design's factors, in column order
     * @param boxes      PRIM's boxes
     * @param simplified the same boxes with their insignificant restrictions dropped
     */
    public static void write(List<String> factors, List<PrimResult> boxes, List<PrimPruning.Pruned> simplified,
                             Writer out) throws IOException {
        if (simplified.size() != boxes.size()) {
            throw new IllegalArgumentException(simplified.size() + " simplified boxes for " + boxes.size());
        }
        out.write(header(factors));
        out.write('\n');
        for (int b = 0; b < boxes.size(); b++) {
            PrimResult result = boxes.get(b);
            List<PrimBox> trajectory = result.trajectory();
            for (int step = 0; step < trajectory.size(); step++) {
                out.write(row(factors, b + 1, "trajectory", step, trajectory.get(step)));
            }
            out.write(row(factors, b + 1, "chosen", result.selectedStep(), result.box()));
            out.write(row(factors, b + 1, "simplified", result.selectedStep(), simplified.get(b).box()));
        }
        out.flush();
    }

    private static String row(List<String> factors, int box, String kind, int step, PrimBox p) {
        StringBuilder line = new StringBuilder();
        line.append(box).append(',').append(kind).append(',').append(step).append(',').append(p.cases()).append(',')
                .append(p.positives()).append(',').append(Numbers.format(p.coverage())).append(',')
                .append(Numbers.format(p.density())).append(',').append(Numbers.format(p.support()));
        for (String factor : factors) {
            Restriction r = p.restrictions().stream().filter(x -> x.parameter().equals(factor)).findFirst()
                    .orElse(null);
            line.append(',');
            if (r != null && r.boundedBelow()) line.append(Numbers.format(r.lower()));
            line.append(',');
            if (r != null && r.boundedAbove()) line.append(Numbers.format(r.upper()));
        }
        return line.append('\n').toString();
    }
}
