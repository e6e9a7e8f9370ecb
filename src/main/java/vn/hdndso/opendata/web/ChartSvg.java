package vn.hdndso.opendata.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import vn.hdndso.opendata.CellText;

/**
 * A bar or line chart as inline SVG, drawn on the server: no script, readable on a phone,
 * printable. Labels and values are escaped; the chart has a title and a description for screen
 * readers, and every bar or point a tooltip with its value.
 */
final class ChartSvg {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 10;
    private static final int TOP = 16;
    private static final int BOTTOM = 70;

    private ChartSvg() {}

    /** One labelled value. */
    record Point(String label, BigDecimal value) {}

    static String render(List<Point> points, boolean line, String title, String description) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append(
                        "\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"chart-title\">")
                .append(escape(title))
                .append("</title><desc id=\"chart-desc\">")
                .append(escape(description))
                .append("</desc>");
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        for (Point p : points) {
            max = max.max(p.value());
            min = min.min(p.value());
        }
        if (max.compareTo(min) == 0) {
            max = min.add(BigDecimal.ONE);
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double range = max.subtract(min).doubleValue();
        double zeroY = TOP + plotHeight * (max.doubleValue() / range);
        // grid lines and their values
        for (int i = 0; i <= 4; i++) {
            double value = min.doubleValue() + range * i / 4;
            double y = TOP + plotHeight - plotHeight * i / 4;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT,
                    WIDTH - RIGHT,
                    y,
                    y,
                    LEFT - 6,
                    y + 4,
                    escape(compact(value))));
        }
        double step = plotWidth / points.size();
        int labelEvery = Math.max(1, (int) Math.ceil(points.size() / 16.0));
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = LEFT + step * i;
            double y = TOP + plotHeight * ((max.doubleValue() - p.value().doubleValue()) / range);
            String tip = escape(p.label() + ": " + CellText.display(p.value()));
            if (line) {
                double cx = x + step / 2;
                path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", cx, y));
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%s</title></circle>",
                        cx,
                        y,
                        tip));
            } else {
                double top = Math.min(y, zeroY);
                double height = Math.max(1, Math.abs(zeroY - y));
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s</title></rect>",
                        x + step * 0.12,
                        top,
                        Math.max(1, step * 0.76),
                        height,
                        tip));
            }
            if (i % labelEvery == 0) {
                double lx = x + step / 2;
                double ly = HEIGHT - BOTTOM + 14;
                svg.append(String.format(
                        Locale.ROOT,
                        "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" transform=\"rotate(-40 %.1f %.1f)\">%s</text>",
                        lx,
                        ly,
                        lx,
                        ly,
                        escape(shorten(p.label()))));
            }
        }
        if (line) {
            svg.insert(svg.indexOf("<circle"), "<path class=\"line\" d=\"" + path + "\"/>");
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                LEFT,
                WIDTH - RIGHT,
                zeroY,
                zeroY));
        return svg.append("</svg>").toString();
    }

    /** 1234567 → "1,2 tr"; keeps the axis short. */
    static String compact(double value) {
        double abs = Math.abs(value);
        String text;
        if (abs >= 1e9) {
            text = format(value / 1e9) + " tỷ";
        } else if (abs >= 1e6) {
            text = format(value / 1e6) + " tr";
        } else if (abs >= 1e3) {
            text = format(value / 1e3) + " N";
        } else {
            text = format(value);
        }
        return text;
    }

    private static String format(double value) {
        return CellText.display(
                BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static String shorten(String label) {
        return label.length() > 18 ? label.substring(0, 17) + "…" : label;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
