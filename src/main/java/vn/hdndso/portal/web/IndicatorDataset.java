package vn.hdndso.portal.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.IndicatorStatus;

/**
 * The indicators as an open dataset: one row per council, indicator and period. CSV is UTF-8 with
 * a byte-order mark (Excel then reads Vietnamese correctly), CRLF, RFC 4180 quoting, numbers with
 * a decimal point and an empty cell where there is no data; JSON has the same fields in camelCase.
 */
final class IndicatorDataset {

    static final List<String> HEADINGS = List.of(
            "council_code",
            "council_name",
            "slug",
            "code",
            "period",
            "value",
            "numerator",
            "denominator",
            "status",
            "as_of");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private IndicatorDataset() {}

    /**
     * One value of the dataset.
     *
     * @param value the share in percent or the count, {@code null} when there is no data
     */
    record Row(
            String councilCode,
            String councilName,
            String slug,
            IndicatorCode code,
            Period period,
            @Nullable Double value,
            long numerator,
            @Nullable Long denominator,
            IndicatorStatus status,
            Instant asOf) {}

    static byte[] csv(List<Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 96 + 128);
        text.append(String.join(",", HEADINGS)).append("\r\n");
        for (Row r : rows) {
            List<String> cells = List.of(
                    r.councilCode(),
                    r.councilName(),
                    r.slug(),
                    r.code().name(),
                    r.period().toString(),
                    number(r.value()),
                    Long.toString(r.numerator()),
                    r.denominator() == null ? "" : Long.toString(r.denominator()),
                    r.status().name(),
                    r.asOf().toString());
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append(quote(cells.get(i)));
            }
            text.append("\r\n");
        }
        var out = new ByteArrayOutputStream(text.length() * 2);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] json(List<Row> rows, Map<String, Object> about) {
        List<Map<String, @Nullable Object>> items = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, @Nullable Object> item = new LinkedHashMap<>();
            item.put("councilCode", r.councilCode());
            item.put("councilName", r.councilName());
            item.put("slug", r.slug());
            item.put("code", r.code().name());
            item.put("period", r.period().toString());
            String value = number(r.value());
            item.put("value", value.isEmpty() ? null : new BigDecimal(value));
            item.put("numerator", r.numerator());
            item.put("denominator", r.denominator());
            item.put("status", r.status().name());
            item.put("asOf", r.asOf().toString());
            items.add(item);
        }
        Map<String, Object> document = new LinkedHashMap<>(about);
        document.put("fields", HEADINGS);
        document.put("items", items);
        return JSON.writeValueAsBytes(document);
    }

    /** 90.4761… → "90.48"; no data → "". */
    static String number(@Nullable Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String quote(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
