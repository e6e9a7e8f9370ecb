package vn.hdndso.training.web;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server (SVG in the template): each bar a figure out of a
 * whole, its width in percent of the drawing.
 */
record LevelChart(List<Bar> bars) {

    /** One bar: its label's message key, the figure, the whole it is out of, and its width (0–100). */
    record Bar(String labelKey, long value, long of, int width, String css) {}

    static Bar bar(String labelKey, long value, long of, String css) {
        int width = of <= 0 ? 0 : (int) Math.round(100.0 * Math.min(value, of) / of);
        return new Bar(labelKey, value, of, width, css);
    }

    /** The term's delegates: assessed, proficient, of all. */
    static LevelChart of(int delegates, long assessed, long proficient) {
        return new LevelChart(List.of(
                bar("training.chart.delegates", delegates, delegates, "bar-all"),
                bar("training.chart.assessed", assessed, delegates, "bar-basic"),
                bar("training.chart.proficient", proficient, delegates, "bar-proficient")));
    }
}
