package vn.hdndso.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class IndicatorSvgUnitTest {

    private static final IndicatorSvg.Frame FRAME = IndicatorSvg.Frame.WIDE;
    private static final double PLOT_TOP = FRAME.top();
    private static final double PLOT_BOTTOM = FRAME.height() - FRAME.bottom();

    @Test
    void aChartIsWellFormedSvgWithATitleAndADescription() throws Exception {
        Document svg = parse(chart(List.of(40.0, 60.0, 90.0), List.of(new IndicatorSvg.Level(90, "≥ 90%"))));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c-title c-desc");
        assertThat(first(svg, "title").getTextContent()).isEqualTo("T1 & <2026>");
        assertThat(first(svg, "desc").getTextContent()).isEqualTo("tháng 1: 40,0%");
    }

    @Test
    void valuesAreScaledFromZeroAtTheBottomToOneHundredAtTheTopForShares() throws Exception {
        Document svg = parse(chart(List.of(0.0, 50.0, 100.0), List.of()));

        NodeList circles = svg.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(3);
        assertThat(y(circles, 0)).isEqualTo(PLOT_BOTTOM);
        assertThat(y(circles, 1)).isEqualTo((PLOT_TOP + PLOT_BOTTOM) / 2);
        assertThat(y(circles, 2)).isEqualTo(PLOT_TOP);
        double x0 = Double.parseDouble(((Element) circles.item(0)).getAttribute("cx"));
        double x1 = Double.parseDouble(((Element) circles.item(1)).getAttribute("cx"));
        double x2 = Double.parseDouble(((Element) circles.item(2)).getAttribute("cx"));
        assertThat(x1 - x0).isEqualTo(x2 - x1).isPositive();
        assertThat(((Element) circles.item(1)).getTextContent()).isEqualTo("T1, 2/26: 50.0 %");
    }

    @Test
    void theTargetIsADashedLineAtItsLevelWithItsWords() throws Exception {
        Document svg = parse(chart(List.of(40.0), List.of(new IndicatorSvg.Level(90, "≥ 90%"))));

        Element threshold = byClass(svg, "line", "threshold");
        double y = Double.parseDouble(threshold.getAttribute("y1"));
        assertThat(y)
                .isEqualTo(PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * 0.9, org.assertj.core.data.Offset.offset(0.06));
        assertThat(threshold.getTextContent()).isEqualTo("≥ 90%");
        assertThat(byClass(svg, "text", "threshold-label").getTextContent()).isEqualTo("≥ 90%");
    }

    @Test
    void aMonthWithoutDataIsAGapNotAZero() throws Exception {
        Document svg = parse(chart(Arrays.asList(40.0, 50.0, null, 70.0, 80.0), List.of()));

        String d = byClass(svg, "path", "line s1").getAttribute("d");
        assertThat(d).startsWith("M").contains(" M");
        assertThat(d.split("M")).hasSize(3); // two runs: Jan–Feb, Apr–May
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            assertThat(y(svg.getElementsByTagName("circle"), i)).isLessThan(PLOT_BOTTOM);
        }
    }

    @Test
    void aChartWithoutAnyDataHasNoLineButKeepsItsAxesAndTitle() throws Exception {
        Document svg = parse(chart(Arrays.asList(null, null), List.of()));

        assertThat(svg.getElementsByTagName("path").getLength()).isZero();
        assertThat(svg.getElementsByTagName("circle").getLength()).isZero();
        assertThat(svg.getElementsByTagName("title").getLength()).isEqualTo(1);
    }

    @Test
    void countsGetAWholeNumberedAxisAboveTheirLargestValue() throws Exception {
        String svg = IndicatorSvg.chart(
                FRAME,
                "c",
                List.of("1", "2"),
                List.of(new IndicatorSvg.Series("T5", "s1", List.of(3.0, 37.0))),
                List.of(),
                false,
                d -> Long.toString(Math.round(d)),
                "T5",
                "d");
        Document doc = parse(svg);
        List<String> axis = new ArrayList<>();
        NodeList texts = doc.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("axis")) {
                axis.add(t.getTextContent());
            }
        }
        assertThat(axis).containsExactly("0", "10", "20", "30", "40");
        assertThat(IndicatorSvg.niceMax(3)).isEqualTo(4);
        assertThat(IndicatorSvg.niceMax(115)).isEqualTo(200);
        assertThat(IndicatorSvg.niceMax(7)).isEqualTo(8);
    }

    @Test
    void aSparklineDrawsRunsAndGapsScaledToItsBoxWithATitle() throws Exception {
        Document svg =
                parse(IndicatorSvg.sparkline(Arrays.asList(0.0, 100.0, null, 50.0, null, 20.0), 90.0, 100, "12 tháng"));

        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 60 18");
        assertThat(first(svg, "title").getTextContent()).isEqualTo("12 tháng");
        NodeList lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(1);
        assertThat(((Element) lines.item(0)).getAttribute("points")).isEqualTo("2.0,16.0 13.2,2.0");
        // 50 stands alone between two gaps, 20 is the last value: dots
        NodeList dots = svg.getElementsByTagName("circle");
        assertThat(dots.getLength()).isEqualTo(3);
        assertThat(((Element) dots.item(0)).getAttribute("cy")).isEqualTo("9.0");
        Element target = byClass(svg, "line", "t");
        assertThat(target.getAttribute("y1")).isEqualTo("3.4");
    }

    @Test
    void aSparklineWithoutDataIsAnEmptyBoxThatStillSaysWhatItIs() throws Exception {
        Document svg = parse(IndicatorSvg.sparkline(Arrays.asList(null, null, null), null, 100, "Chưa có số liệu"));

        assertThat(svg.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(svg.getElementsByTagName("circle").getLength()).isZero();
        assertThat(first(svg, "title").getTextContent()).isEqualTo("Chưa có số liệu");
    }

    private static String chart(List<@Nullable Double> values, List<IndicatorSvg.Level> levels) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            labels.add((i + 1) + "/26");
        }
        return IndicatorSvg.chart(
                FRAME,
                "c",
                labels,
                List.of(new IndicatorSvg.Series("T1", "s1", values)),
                levels,
                true,
                d -> String.format(java.util.Locale.ROOT, "%.1f %%", d),
                "T1 & <2026>",
                "tháng 1: 40,0%");
    }

    private static Document parse(String svg) throws Exception {
        if (!svg.contains("xmlns")) {
            svg = svg.replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element first(Document svg, String tag) {
        return (Element) svg.getElementsByTagName(tag).item(0);
    }

    private static Element byClass(Document svg, String tag, String cssClass) {
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                return e;
            }
        }
        throw new AssertionError("no " + tag + "." + cssClass);
    }

    private static double y(NodeList circles, int i) {
        return Double.parseDouble(((Element) circles.item(i)).getAttribute("cy"));
    }
}
