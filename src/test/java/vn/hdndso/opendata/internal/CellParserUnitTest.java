package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hdndso.opendata.ColumnType;

class CellParserUnitTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234.567|1234567",
                "1.234.567,89|1234567.89",
                "1,234,567.89|1234567.89",
                "12,5|12.5",
                "755768.814|755768.814",
                "0.5|0.5",
                "1.234|1234",
                "-551768.814|-551768.814",
                "(1.200)|-1200",
                "2 500 000|2500000",
                "1.234.567 đồng|1234567",
                "15 ha|15",
                "3.00E+05|300000"
            })
    void readsVietnameseAndInternationalNumbers(String written, String expected) {
        assertThat(CellParser.number(written)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1.23.4", "12,34,5", "abc", "1.2.3,4.5", "--", "1,2.3,4"})
    void refusesWhatIsNoNumber(String written) {
        assertThat(CellParser.number(written)).isNull();
    }

    @Test
    void readsDatesDayFirst() {
        assertThat(CellParser.parse("05/9/2025", ColumnType.DATE).value()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(CellParser.parse("5-9-2025", ColumnType.DATE).value()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(CellParser.parse("2025-09-05", ColumnType.DATE).value()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(CellParser.parse("31/02/2025", ColumnType.DATE).problemKey()).isEqualTo("opendata.cell.noSuchDate");
        assertThat(CellParser.parse("tháng 9", ColumnType.DATE).problemKey()).isEqualTo("opendata.cell.notDate");
    }

    @Test
    void readsYearsIntegersAndPercentages() {
        assertThat(CellParser.parse("2025", ColumnType.YEAR).value()).isEqualTo(2025);
        assertThat(CellParser.parse("1850", ColumnType.YEAR).problemKey()).isEqualTo("opendata.cell.yearOutOfRange");
        assertThat(CellParser.parse("12,5", ColumnType.INTEGER).problemKey()).isEqualTo("opendata.cell.notInteger");
        assertThat(CellParser.parse("12,5%", ColumnType.PERCENT).value()).isEqualTo(new BigDecimal("12.5"));
        assertThat(CellParser.parse("  ", ColumnType.INTEGER).value()).isNull();
        assertThat(CellParser.parse(" Lạc  Phượng ", ColumnType.TEXT).value()).isEqualTo("Lạc Phượng");
    }
}
