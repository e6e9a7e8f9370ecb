package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.Unit;

class TableReaderUnitTest {

    static final Path DATA = Path.of("testdata/opendata");

    static byte[] real(String name) throws IOException {
        return Files.readAllBytes(DATA.resolve(name));
    }

    @Test
    void readsTheRealCommuneInvestmentProjectsWithCrlfAndDates() throws IOException {
        SourceTable table = TableReader.read(
                real("investment-projects-2023-commune.csv"),
                "investment-projects-2023-commune.csv",
                TableReader.Options.detect());
        assertThat(table.encoding()).isEqualTo("UTF-8");
        assertThat(table.lineEnds()).isEqualTo("CRLF");
        assertThat(table.delimiter()).isEqualTo(',');
        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.columns())
                .extracting(Column::key)
                .containsExactly("code", "name", "bid-solicitor", "date-create", "khlcnt");
        assertThat(table.columns())
                .extracting(Column::type)
                .containsExactly(
                        ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.DATE, ColumnType.INTEGER);
        assertThat(table.rows()).hasSize(196);
        var result = TableCheck.check(table, table.columns(), null);
        assertThat(result.badRows()).isZero();
        assertThat(result.good().getFirst().values())
                .containsExactly(
                        "PR2300047768-00",
                        "Nâng cấp, cải tạo tuyến đường GTNT thôn 8, xã Tân Trường, thị xã Nghi Sơn",
                        "Ủy ban nhân dân xã Tân Trường",
                        LocalDate.of(2023, 10, 2),
                        new BigDecimal("1"));
    }

    @Test
    void readsTheRealProvincialBudgetWithDecimalPointsAndYears() throws IOException {
        SourceTable table = TableReader.read(
                real("provincial-budget-2006-2015.csv"),
                "provincial-budget-2006-2015.csv",
                TableReader.Options.detect());
        assertThat(table.lineEnds()).isEqualTo("LF");
        assertThat(table.columns()).hasSize(10);
        assertThat(table.columns().getFirst().name()).isEqualTo("Cột 1");
        assertThat(table.columns().get(9)).isEqualTo(new Column("year", "year", ColumnType.YEAR, Unit.NONE));
        assertThat(table.columns().get(4).type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(table.rows()).hasSize(633);
        var result = TableCheck.check(table, table.columns(), null);
        assertThat(result.badRows()).isZero();
        var haGiang2006 = result.good().get(1).values();
        assertThat(haGiang2006.get(1)).isEqualTo("Ha Giang");
        assertThat(haGiang2006.get(4)).isEqualTo(new BigDecimal("755768.814"));
        assertThat(haGiang2006.get(8)).isEqualTo(new BigDecimal("-551768.814"));
        assertThat(haGiang2006.get(9)).isEqualTo(2006);
    }

    @Test
    void readsTheBudgetCsvConvertedToWindows1258WithCrOnlyLineEnds() throws IOException {
        String vietnamese =
                "Tỉnh;Tổng thu (triệu đồng);Năm\r" + "Hải Phòng;9.752.000;2006\r\r" + "Quảng Ninh;4.371.000,5;2006\r";
        byte[] ansi = vn.hdndso.opendata.TestFiles.windows1258(vietnamese);
        SourceTable table = TableReader.read(ansi, "ngan-sach.csv", TableReader.Options.detect());
        assertThat(table.encoding()).isEqualTo("windows-1258");
        assertThat(table.lineEnds()).isEqualTo("CR");
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.emptyRows()).isEqualTo(1);
        assertThat(table.columns())
                .containsExactly(
                        new Column("Tỉnh", "tinh", ColumnType.TEXT, Unit.NONE),
                        new Column("Tổng thu (triệu đồng)", "tong-thu-trieu-dong", ColumnType.MONEY, Unit.TRIEU_DONG),
                        new Column("Năm", "nam", ColumnType.YEAR, Unit.NONE));
        var result = TableCheck.check(table, table.columns(), null);
        assertThat(result.good()).extracting(r -> r.values().get(0)).containsExactly("Hải Phòng", "Quảng Ninh");
        assertThat(result.good().get(0).values().get(1)).isEqualTo(new BigDecimal("9752000"));
        assertThat(result.good().get(1).values().get(1)).isEqualTo(new BigDecimal("4371000.5"));
        assertThat(result.good().get(1).number()).isEqualTo(4);
    }

    @Test
    void composesDecomposedTextAndReadsUtf16AndBom() {
        String nfd = Normalizer.normalize("Tên,Ngày\nNhị Chiểu,05/9/2025\n", Normalizer.Form.NFD);
        SourceTable fromNfd =
                TableReader.read(nfd.getBytes(StandardCharsets.UTF_8), "a.csv", TableReader.Options.detect());
        assertThat(fromNfd.rows().getFirst().cells().getFirst()).isEqualTo("Nhị Chiểu");
        byte[] utf16 = ("\uFEFF" + "Tên\tNgày\nLạc Phượng\t05/9/2025\n").getBytes(StandardCharsets.UTF_16LE);
        SourceTable fromUtf16 = TableReader.read(utf16, "a.txt", TableReader.Options.detect());
        assertThat(fromUtf16.encoding()).isEqualTo("UTF-16LE");
        assertThat(fromUtf16.delimiter()).isEqualTo('\t');
        assertThat(fromUtf16.columns().get(1).type()).isEqualTo(ColumnType.DATE);
        byte[] bom = ("\uFEFFTên,Số\nA,1\n").getBytes(StandardCharsets.UTF_8);
        assertThat(TableReader.read(bom, "a.csv", TableReader.Options.detect())
                        .columns()
                        .getFirst()
                        .name())
                .isEqualTo("Tên");
    }

    @Test
    void refusesBadRowsOneByOneWithReasons() {
        String csv = "Công trình,Vốn (đồng),Khởi công,Tỷ lệ\n"
                + "Đường thôn 1,1.234.567,05/9/2025,12,5%\n"
                + "Đường thôn 2,khoảng 2 tỷ,31/02/2025,abc\n"
                + ",,,\n"
                + "Nhà văn hóa,\"2.500.000\",1/10/2025,100%\n";
        SourceTable table =
                TableReader.read(csv.getBytes(StandardCharsets.UTF_8), "a.csv", TableReader.Options.detect());
        // "12,5%" has a comma inside an unquoted field: the row has one cell too many
        assertThat(table.emptyRows()).isEqualTo(1);
        List<Column> mapping = List.of(
                new Column("Công trình", "cong-trinh", ColumnType.TEXT, Unit.NONE),
                new Column("Vốn", "von", ColumnType.MONEY, Unit.DONG),
                new Column("Khởi công", "khoi-cong", ColumnType.DATE, Unit.NONE),
                new Column("Tỷ lệ", "ty-le", ColumnType.PERCENT, Unit.PERCENT));
        var result = TableCheck.check(table, mapping, null);
        assertThat(result.good()).extracting(TableCheck.GoodRow::number).containsExactly(5);
        assertThat(result.good().getFirst().values())
                .containsExactly(
                        "Nhà văn hóa", new BigDecimal("2500000"), LocalDate.of(2025, 10, 1), new BigDecimal("100"));
        assertThat(result.badRows()).isEqualTo(2);
        assertThat(result.problems())
                .extracting(TableCheck.Problem::row, TableCheck.Problem::column, TableCheck.Problem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, "#5", "opendata.row.extraCell"),
                        org.assertj.core.groups.Tuple.tuple(3, "Vốn", "opendata.cell.notNumber"),
                        org.assertj.core.groups.Tuple.tuple(3, "Khởi công", "opendata.cell.noSuchDate"),
                        org.assertj.core.groups.Tuple.tuple(3, "Tỷ lệ", "opendata.cell.notPercent"));
    }

    @Test
    void readsMergedTwoRowHeadingsOfAWorkbook() throws IOException {
        byte[] xlsx;
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Dự toán");
            s.createRow(0).createCell(0).setCellValue("DỰ TOÁN THU CHI NGÂN SÁCH XÃ NĂM 2026");
            s.createRow(1).createCell(3).setCellValue("Đơn vị: triệu đồng");
            Row h1 = s.createRow(2);
            h1.createCell(0).setCellValue("STT");
            h1.createCell(1).setCellValue("Nội dung");
            h1.createCell(2).setCellValue("Dự toán");
            h1.createCell(4).setCellValue("Ghi chú");
            s.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            s.addMergedRegion(new CellRangeAddress(2, 3, 4, 4));
            Row h2 = s.createRow(3);
            h2.createCell(2).setCellValue("Năm 2025");
            h2.createCell(3).setCellValue("Năm 2026");
            Row d1 = s.createRow(4);
            d1.createCell(0).setCellValue(1);
            d1.createCell(1).setCellValue("Thu ngân sách");
            d1.createCell(2).setCellValue(12345.5);
            d1.createCell(3).setCellValue("13.000");
            s.createRow(5);
            Row d2 = s.createRow(6);
            d2.createCell(0).setCellValue(2);
            d2.createCell(1).setCellValue("Chi ngân sách");
            d2.createCell(2).setCellValue(11000);
            d2.createCell(3).setCellValue(12000);
            d2.createCell(4).setCellValue("tạm tính");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        SourceTable table = TableReader.read(xlsx, "du-toan.xlsx", TableReader.Options.detect());
        assertThat(table.format()).isEqualTo("XLSX");
        assertThat(table.headerRow()).isEqualTo(3);
        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.columns())
                .extracting(Column::name)
                .containsExactly("STT", "Nội dung", "Dự toán – Năm 2025", "Dự toán – Năm 2026", "Ghi chú");
        assertThat(table.columns().get(2).unit()).isEqualTo(Unit.TRIEU_DONG);
        assertThat(table.columns().get(2).type()).isEqualTo(ColumnType.MONEY);
        assertThat(table.emptyRows()).isEqualTo(1);
        var result = TableCheck.check(table, table.columns(), null);
        assertThat(result.badRows()).isZero();
        assertThat(result.good().get(0).values().get(2)).isEqualTo(new BigDecimal("12345.5"));
        assertThat(result.good().get(0).values().get(3)).isEqualTo(new BigDecimal("13000"));
        assertThat(result.good().get(1).number()).isEqualTo(7);
    }

    @Test
    void readsTheLegacyMofWorkbook() throws IOException {
        SourceTable table = TableReader.read(
                real("mof-budget-plan-2017.xls"), "mof-budget-plan-2017.xls", TableReader.Options.detect());
        assertThat(table.format()).isEqualTo("XLS");
        assertThat(table.sheets()).startsWith("M01", "M02");
        // title lines merged across the sheet, "Đơn vị tính: Tỷ đồng", then a heading over two rows
        assertThat(table.headerRow()).isEqualTo(8);
        assertThat(table.headerRows()).isEqualTo(2);
        Column amount = table.columns().getLast();
        assertThat(amount.name()).isEqualTo("Dự toán – năm 2017");
        assertThat(amount.type()).isEqualTo(ColumnType.MONEY);
        assertThat(amount.unit()).isEqualTo(Unit.TY_DONG);
        var result = TableCheck.check(table, table.columns(), null);
        assertThat(result.good())
                .filteredOn(r -> "Thu nội địa".equals(r.values().get(1)))
                .singleElement()
                .satisfies(r -> assertThat(r.values().getLast()).isEqualTo(new BigDecimal("990280")));
        // the merged footnote under the table is refused with its row number, not read as data
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(30);
            assertThat(p.messageKey()).isEqualTo("opendata.cell.notNumber");
        });
    }

    @Test
    void refusesWhatIsNoTable() {
        assertThatThrownBy(() -> TableReader.read(new byte[0], "a.csv", TableReader.Options.detect()))
                .hasMessage("opendata.file.empty");
        assertThatThrownBy(() -> TableReader.read(
                        "%PDF-1.7\n\u0001\u0002\u0003".getBytes(StandardCharsets.ISO_8859_1),
                        "a.pdf",
                        TableReader.Options.detect()))
                .hasMessage("opendata.file.unsupported");
        byte[] brokenXlsx = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertThatThrownBy(() -> TableReader.read(brokenXlsx, "a.xlsx", TableReader.Options.detect()))
                .hasMessage("opendata.file.corruptWorkbook");
    }
}
