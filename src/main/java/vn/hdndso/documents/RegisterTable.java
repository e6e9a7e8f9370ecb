package vn.hdndso.documents;

import java.util.List;

/**
 * A register (sổ) of Decree 30, Annex IV, ready to print or export: its title, the council, the
 * columns of the form and one row per entry (empty cells for what is not tracked).
 *
 * @param kind which register
 * @param title e.g. {@code SỔ ĐĂNG KÝ VĂN BẢN ĐẾN – NĂM 2026}
 * @param councilName the council keeping the register
 */
public record RegisterTable(
        Kind kind, int year, String title, String councilName, List<Column> columns, List<List<String>> rows) {

    public RegisterTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * A column of the form.
     *
     * @param weight its share of the page width
     */
    public record Column(String header, int weight) {}

    /** The three registers of a council's office. */
    public enum Kind {
        INCOMING("so-van-ban-den", "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"),
        OUTGOING("so-van-ban-di", "SỔ ĐĂNG KÝ VĂN BẢN ĐI"),
        FOLLOW_UP("so-theo-doi-giai-quyet", "SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN");

        private final String fileName;
        private final String title;

        Kind(String fileName, String title) {
            this.fileName = fileName;
            this.title = title;
        }

        /** The address segment: {@code incoming}, {@code outgoing}, {@code follow-up}. */
        public String segment() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static java.util.Optional<Kind> bySegment(String segment) {
            return java.util.Arrays.stream(values())
                    .filter(k -> k.segment().equals(segment))
                    .findFirst();
        }

        public String fileName(int year) {
            return fileName + "-" + year;
        }

        public String title(int year) {
            return title + " – NĂM " + year;
        }
    }
}
