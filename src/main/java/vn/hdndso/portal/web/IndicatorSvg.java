package vn.hdndso.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The indicators' charts as inline SVG, drawn on the server: no script, printable, readable on a
 * phone. A month without data is a gap in the line, never a zero; the target is a dashed line; every
 * chart has a {@code <title>} (and a {@code <desc>} with its values in words) for screen readers.
 * Text is escaped; numbers are written with a decimal point so that the markup is the same in every
 * language.
 */
final class IndicatorSvg {

    /** The size of a chart and the room around its plot, in SVG units. */
    record Frame(int width, int height, int left, int right, int top, int bottom) {
        /** A card's chart: a year's months on a phone-wide card. */
        static final Frame CARD = new Frame(320, 150, 34, 8, 10, 22);

        /** An indicator's own chart, and the city's. */
        static final Frame WIDE = new Frame(480, 220, 38, 10, 12, 24);
    }

    static final int SPARK_WIDTH = 60;
    static final int SPARK_HEIGHT = 18;
    private static final double SPARK_PAD = 2;

    private IndicatorSvg() {}

    /**
     * One line of a chart: its values in the order of the labels, {@code null} where there is no
     * data.
     *
     * @param cssClass the class drawing it ({@code s1}, {@code s2} …)
     */
    record Series(String name, String cssClass, List<@Nullable Double> values) {}

    /** A horizontal line: the target ("≥ 90%"). */
    record Level(double value, String label) {}

    /**
     * A line chart of one or more series over labelled months.
     *
     * @param frame the chart's size
     * @param id a prefix unique in the page, for the title's and description's ids
     * @param percent whether the values are shares (the axis runs 0–100) or counts
     * @param display how a value is written in a point's tooltip (in the reader's language)
     */
    static String chart(
            Frame frame,
            String id,
            List<String> labels,
            List<Series> series,
            List<Level> levels,
            boolean percent,
            DoubleFunction<String> display,
            String title,
            String description) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg class=\"chart indicator-chart\" viewBox=\"0 0 ")
                .append(frame.width())
                .append(' ')
                .append(frame.height())
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title ")
                .append(escape(id))
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(escape(id))
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        double max = percent ? 100 : niceMax(maxOf(series, levels));
        double plotWidth = frame.width() - frame.left() - frame.right();
        double plotHeight = frame.height() - frame.top() - frame.bottom();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = frame.top() + plotHeight - plotHeight * i / 4;
            svg.append(format(
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    frame.left(),
                    frame.width() - frame.right(),
                    y,
                    y,
                    frame.left() - 4,
                    y + 4,
                    axisLabel(value, percent)));
        }
        int n = Math.max(1, labels.size());
        double step = plotWidth / n;
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < labels.size(); i++) {
            if (i % labelEvery == 0) {
                svg.append(format(
                        "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        frame.left() + step * (i + 0.5), frame.height() - frame.bottom() + 15, escape(labels.get(i))));
            }
        }
        for (Level level : levels) {
            double y = frame.top() + plotHeight * (1 - clamp(level.value() / max));
            svg.append(format(
                    "<line class=\"threshold\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"><title>%s</title></line>"
                            + "<text class=\"threshold-label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    frame.left(),
                    frame.width() - frame.right(),
                    y,
                    y,
                    escape(level.label()),
                    frame.width() - frame.right() - 2,
                    // above the line, or below it when the line runs along the top of the plot
                    y - frame.top() < 12 ? y + 11 : y - 4,
                    escape(level.label())));
        }
        for (Series s : series) {
            List<double[]> points = new ArrayList<>();
            StringBuilder path = new StringBuilder();
            boolean open = false;
            for (int i = 0; i < s.values().size() && i < labels.size(); i++) {
                Double value = s.values().get(i);
                if (value == null) {
                    open = false;
                    continue;
                }
                double x = frame.left() + step * (i + 0.5);
                double y = frame.top() + plotHeight * (1 - clamp(value / max));
                path.append(open ? " L" : (path.isEmpty() ? "M" : " M")).append(format("%.1f %.1f", x, y));
                open = true;
                points.add(new double[] {x, y, i, value});
            }
            if (!path.isEmpty()) {
                svg.append("<path class=\"line ")
                        .append(escape(s.cssClass()))
                        .append("\" d=\"")
                        .append(path)
                        .append("\"/>");
            }
            for (double[] p : points) {
                svg.append(format(
                        "<circle class=\"point %s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%s</title></circle>",
                        escape(s.cssClass()),
                        p[0],
                        p[1],
                        escape(s.name() + ", " + labels.get((int) p[2]) + ": " + display.apply(p[3]))));
            }
        }
        svg.append(format(
                "<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                frame.left(),
                frame.width() - frame.right(),
                frame.height() - frame.bottom(),
                frame.height() - frame.bottom()));
        return svg.append("</svg>").toString();
    }

    /**
     * A word-sized trend line: the values left to right, gaps where there is no data, the target
     * dashed, the last value marked.
     *
     * @param max the top of the scale (100 for shares; the largest count of the row for counts)
     * @param title what a screen reader says ("12 tháng: 40,0% → 90,0%")
     */
    static String sparkline(List<@Nullable Double> values, @Nullable Double threshold, double max, String title) {
        StringBuilder svg = new StringBuilder(320);
        // no xmlns, width or height: a sparkline lives inline in HTML (1,265 of them in the city
        // table) and the stylesheet sizes it
        svg.append("<svg class=\"spark\" viewBox=\"0 0 ")
                .append(SPARK_WIDTH)
                .append(' ')
                .append(SPARK_HEIGHT)
                .append("\" role=\"img\"><title>")
                .append(escape(title))
                .append("</title>");
        double top = max > 0 ? max : 1;
        int n = values.size();
        double step = n > 1 ? (SPARK_WIDTH - 2 * SPARK_PAD) / (n - 1) : 0;
        if (threshold != null) {
            double y = sparkY(threshold, top);
            svg.append(format("<line class=\"t\" x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", SPARK_WIDTH, y, y));
        }
        StringBuilder points = new StringBuilder();
        double lastX = -1;
        double lastY = -1;
        for (int i = 0; i < n; i++) {
            Double value = values.get(i);
            if (value == null) {
                appendPolyline(svg, points);
                points.setLength(0);
                continue;
            }
            double x = n > 1 ? SPARK_PAD + step * i : SPARK_WIDTH / 2.0;
            double y = sparkY(value, top);
            if (!points.isEmpty()) {
                points.append(' ');
            }
            points.append(format("%.1f,%.1f", x, y));
            lastX = x;
            lastY = y;
        }
        appendPolyline(svg, points);
        if (lastX >= 0) {
            svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\"/>", lastX, lastY));
        }
        return svg.append("</svg>").toString();
    }

    /** A run of consecutive values: a line, or a dot when the month stands alone between gaps. */
    private static void appendPolyline(StringBuilder svg, StringBuilder points) {
        if (points.indexOf(" ") > 0) {
            svg.append("<polyline points=\"").append(points).append("\"/>");
        } else if (!points.isEmpty()) {
            String[] xy = points.toString().split(",");
            svg.append("<circle cx=\"")
                    .append(xy[0])
                    .append("\" cy=\"")
                    .append(xy[1])
                    .append("\" r=\"1.2\"/>");
        }
    }

    private static double sparkY(double value, double top) {
        return SPARK_HEIGHT - SPARK_PAD - (SPARK_HEIGHT - 2 * SPARK_PAD) * clamp(value / top);
    }

    private static double maxOf(List<Series> series, List<Level> levels) {
        double max = 0;
        for (Series s : series) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        for (Level level : levels) {
            max = Math.max(max, level.value());
        }
        return max;
    }

    /**
     * The top of a count axis: four grid steps of 1, 2 or 5 × a power of ten, so that every grid
     * line is a whole number (at least 4).
     */
    static double niceMax(double value) {
        if (value <= 4) {
            return 4;
        }
        double quarter = value / 4;
        double power = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= quarter) {
                return 4 * factor * power;
            }
        }
        return 40 * power;
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }

    private static String axisLabel(double value, boolean percent) {
        String number =
                Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value)) : format("%.1f", value);
        return percent ? number + "%" : number;
    }

    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
