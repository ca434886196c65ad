package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NashDrafting#nashPointOutside} against the Brent search it stands in for: whenever it
 * says the Nash point lies outside a range, the search's point (clamped to the segment) does.
 */
class NashShortcutTest {

    /** A random frontier, batnas, bias and segment; ranges around and near the searched point. */
    private static final class Case {
        final NashDrafting drafting;
        final double batna1;
        final double batna2;
        final double bias;
        final double segmentLow;
        final double segmentHigh;
        final boolean[] draftable;
        final double[] values;
        final double[] ideal2;
        final double[] w2;

        Case(SplittableRandom random) {
            int n = 1 + random.nextInt(8);
            drafting = new NashDrafting(n);
            draftable = new boolean[n];
            values = new double[n];
            double[] upper = new double[n];
            double[] ideal1 = new double[n];
            ideal2 = new double[n];
            double[] w1 = new double[n];
            w2 = new double[n];
            for (int i = 0; i < n; i++) {
                draftable[i] = random.nextInt(5) > 0;
                values[i] = random.nextDouble();
                upper[i] = random.nextInt(4) == 0 ? random.nextDouble(0.2, 1) : 1;
                boolean usual = random.nextInt(4) > 0;
                ideal1[i] = usual ? random.nextDouble(0, 0.3) : random.nextDouble();
                ideal2[i] = usual ? random.nextDouble(0.7, 1) : random.nextDouble();
                // Saliences over four orders of magnitude: steep and flat pieces of the frontier.
                w1[i] = Math.pow(10, -4 * random.nextDouble());
                w2[i] = Math.pow(10, -4 * random.nextDouble());
            }
            NegotiationMath.normaliseWeights(w1.clone(), w1, n);
            NegotiationMath.normaliseWeights(w2.clone(), w2, n);
            drafting.prepare(n, draftable, values, upper, ideal1, w1, ideal2, w2);
            batna1 = random.nextDouble(-0.2, 1);
            batna2 = random.nextDouble(-0.2, 1);
            int kind = random.nextInt(4);
            bias = kind == 0 ? 0 : kind == 1 ? (random.nextBoolean() ? 1 : -1) : random.nextDouble(-1, 1);
            double length = drafting.frontierLength();
            double a = random.nextDouble() * length;
            double b = random.nextDouble() * length;
            segmentLow = random.nextInt(4) == 0 ? 0 : Math.min(a, b);
            segmentHigh = random.nextInt(4) == 0 ? length : Math.max(a, b);
        }

        double draft() {
            return drafting.nashPoint(batna1, batna2, bias, segmentLow, segmentHigh);
        }
    }

    @Test
    void theShortcutNeverContradictsTheSearch() {
        SplittableRandom random = new SplittableRandom(20240924);
        int checked = 0;
        int vouched = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            Case c = new Case(random);
            double draft = c.draft();
            double length = c.drafting.frontierLength();
            double span = c.segmentHigh - c.segmentLow;
            // Ranges anywhere in the segment, and ranges with an end within 10^-3..10^-15 of the frontier length
            // of the searched point, on either side, where a careless shortcut would go wrong.
            for (int r = 0; r < 12; r++) {
                double low;
                double high;
                if (r < 4) {
                    double x = c.segmentLow + random.nextDouble() * span;
                    double y = c.segmentLow + random.nextDouble() * span;
                    low = Math.min(x, y);
                    high = Math.max(x, y);
                } else {
                    double offset = (random.nextBoolean() ? 1 : -1) * Math.pow(10, -3 - 12 * random.nextDouble()) * length;
                    double end = Math.min(c.segmentHigh, Math.max(c.segmentLow, draft + offset));
                    boolean lowEnd = r % 2 == 0;
                    low = lowEnd ? end : c.segmentLow + random.nextDouble() * (end - c.segmentLow);
                    high = lowEnd ? end + random.nextDouble() * (c.segmentHigh - end) : end;
                }
                checked++;
                if (c.drafting.nashPointOutside(c.batna1, c.batna2, c.bias, c.segmentLow, c.segmentHigh, low, high)) {
                    vouched++;
                    assertThat(draft < low || draft > high)
                            .as("trial %d: draft %s vouched outside [%s, %s]", trial, draft, low, high).isTrue();
                }
            }
        }
        // The shortcut must also be useful: it answers for a good share of the ranges that miss the draft.
        assertThat(vouched).as("ranges vouched for, of %d", checked).isGreaterThan(checked / 5);
    }

    /**
     * The table refuses without a search when the second party's needs exceed {@link
     * NashDrafting#secondBest()}; that is sound when no frontier point gives it more, i.e. when it
     * is the second party's utility of the package at the frontier's end (its best) and every
     * point before gives it no more.
     */
    @Test
    void secondBestIsTheMostADraftGivesTheSecondParty() {
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 5_000; trial++) {
            Case c = new Case(random);
            double length = c.drafting.frontierLength();
            double[] end = c.values.clone();
            c.drafting.valuesAt(length, c.draftable, end);
            double atEnd = NegotiationMath.utility(end, c.ideal2, c.w2, end.length);
            assertThat(c.drafting.secondBest()).as("trial %d", trial).isCloseTo(atEnd, within(1e-12));
            for (int k = 0; k <= 10; k++) {
                double[] package_ = c.values.clone();
                c.drafting.valuesAt(length * k / 10, c.draftable, package_);
                assertThat(NegotiationMath.utility(package_, c.ideal2, c.w2, end.length))
                        .as("trial %d at %d/10", trial, k).isLessThanOrEqualTo(c.drafting.secondBest() + 1e-12);
            }
        }
    }

    @Test
    void itStaysSilentWhenTheDraftIsInside() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 5_000; trial++) {
            Case c = new Case(random);
            double draft = c.draft();
            assertThat(c.drafting.nashPointOutside(c.batna1, c.batna2, c.bias, c.segmentLow, c.segmentHigh, draft, draft))
                    .as("trial %d", trial).isFalse();
        }
    }
}
