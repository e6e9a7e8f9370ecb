package vn.hdndso.petitions.web;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG drawn on the server, for the public petition figures: each
 * row a label above its bar and the value after it, so long Vietnamese field names stay readable on
 * a 390-pixel phone. Text is escaped; the chart has a title and description for screen readers and
 * each bar a tooltip.
 */
final class FigureBars {

    private static final int WIDTH = 360;
    private static final int ROW = 34;
    private static final int TOP = 4;
    private static final int BAR_WIDTH = 300;

    private FigureBars() {}

    /** One labelled count. */
    record Bar(String label, long value) {}

    static String render(String id, List<Bar> bars, String title, String description) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = TOP + ROW * Math.max(1, bars.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"hbars\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\""
                        + " xmlns=\"http://www.w3.org/2000/svg\"><title id=\"%s-title\">%s</title>"
                        + "<desc id=\"%s-desc\">%s</desc>",
                WIDTH,
                height,
                id,
                id,
                id,
                escape(title),
                id,
                escape(description)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + ROW * i;
            double width = bar.value() == 0 ? 0 : Math.max(2, (double) BAR_WIDTH * bar.value() / max);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"label\" x=\"0\" y=\"%d\">%s</text>"
                            + "<rect class=\"track\" x=\"0\" y=\"%d\" width=\"%d\" height=\"12\"/>"
                            + "<rect class=\"bar\" x=\"0\" y=\"%d\" width=\"%.1f\" height=\"12\"><title>%s</title></rect>"
                            + "<text class=\"value\" x=\"%d\" y=\"%d\">%d</text>",
                    y + 12,
                    escape(bar.label()),
                    y + 17,
                    BAR_WIDTH,
                    y + 17,
                    width,
                    escape(bar.label() + ": " + bar.value()),
                    BAR_WIDTH + 6,
                    y + 27,
                    bar.value()));
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
