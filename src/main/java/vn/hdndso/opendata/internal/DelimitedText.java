package vn.hdndso.opendata.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reading of delimited text with any line end (CRLF, LF, CR alone) and quoted fields
 * that may hold delimiters, quotes ("") and line breaks. The delimiter is detected from the
 * first lines: the candidate (comma, semicolon, tab, bar) that splits them most consistently.
 */
final class DelimitedText {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private DelimitedText() {}

    public static char detectDelimiter(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", 30)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
            if (lines.size() >= 20) {
                break;
            }
        }
        char best = ',';
        double bestScore = -1;
        for (char candidate : CANDIDATES) {
            int[] counts = lines.stream()
                    .mapToInt(l -> countOutsideQuotes(l, candidate))
                    .toArray();
            if (counts.length == 0) {
                continue;
            }
            int max = 0;
            int consistent = 0;
            for (int c : counts) {
                max = Math.max(max, c);
            }
            if (max == 0) {
                continue;
            }
            // the most frequent non-zero count and how many lines have it
            java.util.Map<Integer, Integer> frequency = new java.util.HashMap<>();
            for (int c : counts) {
                if (c > 0) {
                    frequency.merge(c, 1, Integer::sum);
                }
            }
            int mode = 0;
            for (var e : frequency.entrySet()) {
                if (e.getValue() > consistent || (e.getValue() == consistent && e.getKey() > mode)) {
                    consistent = e.getValue();
                    mode = e.getKey();
                }
            }
            double score = consistent * 1000.0 + mode;
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** The records of the text; each record's fields as written (quotes removed). */
    public static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The line-end convention of the text, for the import report: "CRLF", "LF", "CR" or "-". */
    public static String lineEnds(String text) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf == 0 && lf == 0 && cr == 0) {
            return "-";
        }
        if (crlf >= lf && crlf >= cr) {
            return "CRLF";
        }
        return lf >= cr ? "LF" : "CR";
    }
}
