package vn.hdndso.petitions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PublicPetitionFigures;

/**
 * The public figures as labelled rows: one list behind the charts, the page's tables and the CSV
 * download, so that all three say the same.
 */
final class FiguresText {

    /** One row: group (field, channel, status, summary), code, label in the visitor's language, count. */
    record Row(String group, String code, String label, long count) {}

    private FiguresText() {}

    static List<Row> rows(PublicPetitionFigures.Figures f, PetitionIssues issues, MessageSource messages) {
        List<Row> rows = new ArrayList<>();
        f.issuesByField().forEach((k, v) -> rows.add(new Row("field", k, issues.fieldName(k), v)));
        add(rows, "channel", f.petitionsByChannel(), "petitions.channel.", messages);
        add(rows, "status", f.issuesByStatus(), "petitions.status.", messages);
        rows.add(new Row("total", "petitions", text(messages, "figures.petitions"), f.petitions()));
        rows.add(new Row("total", "issues", text(messages, "figures.issues"), f.issues()));
        rows.add(new Row("total", "answered", text(messages, "figures.answered"), f.answered()));
        rows.add(new Row("total", "answeredOnTime", text(messages, "figures.onTime"), f.answeredOnTime()));
        rows.add(new Row("total", "reopened", text(messages, "figures.reopened"), f.reopened()));
        rows.add(new Row("total", "ratings", text(messages, "figures.ratings"), f.ratings()));
        rows.add(new Row("total", "satisfied", text(messages, "figures.satisfied"), f.satisfied()));
        return rows;
    }

    static List<FigureBars.Bar> bars(List<Row> rows, String group) {
        return rows.stream()
                .filter(r -> r.group().equals(group))
                .map(r -> new FigureBars.Bar(r.label(), r.count()))
                .toList();
    }

    /** Comma-separated, quoted where needed, with a byte-order mark so spreadsheet programs read UTF-8. */
    static String csv(List<Row> rows, MessageSource messages) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(
                        ",",
                        text(messages, "figures.csv.group"),
                        text(messages, "figures.csv.code"),
                        text(messages, "figures.csv.label"),
                        text(messages, "figures.csv.count")))
                .append("\r\n");
        for (Row r : rows) {
            out.append(cell(r.group()))
                    .append(',')
                    .append(cell(r.code()))
                    .append(',')
                    .append(cell(r.label()))
                    .append(',')
                    .append(r.count())
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }

    private static void add(
            List<Row> rows, String group, Map<String, Long> counts, String prefix, MessageSource messages) {
        counts.forEach((k, v) -> rows.add(new Row(group, k, text(messages, prefix + k), v)));
    }

    static String text(MessageSource messages, String key, Object... args) {
        return Objects.requireNonNullElse(messages.getMessage(key, args, key, LocaleContextHolder.getLocale()), key);
    }
}
