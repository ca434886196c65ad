package org.treatysim.report.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with an interval whisker on each (JFreeChart's statistical bars take a symmetric standard
 * deviation; these intervals are not symmetric). Optionally colours each bar by its sign, for a
 * tornado of correlations: what raises the target and what lowers it.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    /** Bars of factors that raise the target. */
    static final Color RAISES = new Color(0x2b, 0x6c, 0xb0);
    /** Bars of factors that lower it. */
    static final Color LOWERS = new Color(0xc8, 0x4b, 0x31);

    private final double[][] values;
    private final double[][] low;
    private final double[][] high;
    private final boolean colourBySign;

    /**
     * @param values       bar values by [series][category], as in the dataset
     * @param low          lower ends of the intervals, same shape
     * @param high         upper ends of the intervals, same shape
     * @param colourBySign true to paint negative bars {@link #LOWERS} and the others {@link #RAISES}
     */
    WhiskerBarRenderer(double[][] values, double[][] low, double[][] high, boolean colourBySign) {
        this.values = values;
        this.low = low;
        this.high = high;
        this.colourBySign = colourBySign;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        if (colourBySign) {
            return values[row][column] < 0 ? LOWERS : RAISES;
        }
        return super.getItemPaint(row, column);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        PlotOrientation orientation = plot.getOrientation();
        double middle = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column)
                + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double from = rangeAxis.valueToJava2D(low[row][column], dataArea, edge);
        double to = rangeAxis.valueToJava2D(high[row][column], dataArea, edge);
        double cap = Math.min(6, state.getBarWidth() / 3);
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.3f));
        if (orientation == PlotOrientation.HORIZONTAL) {
            g2.draw(new Line2D.Double(from, middle, to, middle));
            g2.draw(new Line2D.Double(from, middle - cap, from, middle + cap));
            g2.draw(new Line2D.Double(to, middle - cap, to, middle + cap));
        } else {
            g2.draw(new Line2D.Double(middle, from, middle, to));
            g2.draw(new Line2D.Double(middle - cap, from, middle + cap, from));
            g2.draw(new Line2D.Double(middle - cap, to, middle + cap, to));
        }
    }
}
