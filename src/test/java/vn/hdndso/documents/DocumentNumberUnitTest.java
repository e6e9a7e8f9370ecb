package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentNumberUnitTest {

    @Test
    void padsNumbersBelowTenWithAZero() {
        assertThat(DocumentNumber.of(2, 2025, DocumentType.KE_HOACH, "TTHĐND").format())
                .isEqualTo("02/KH-TTHĐND");
        assertThat(DocumentNumber.of(10, 2025, DocumentType.KE_HOACH, "TTHĐND").format())
                .isEqualTo("10/KH-TTHĐND");
        assertThat(DocumentNumber.of(15, 2025, DocumentType.NGHI_QUYET, "HĐND").format())
                .isEqualTo("15/NQ-HĐND");
        assertThat(DocumentNumber.of(123, 2025, DocumentType.QUY_DINH, "HĐND").format())
                .isEqualTo("123/QyĐ-HĐND");
    }

    @Test
    void writesTheYearIntoNormativeResolutionsWhenConfigured() {
        assertThat(new DocumentNumber(1, 2025, DocumentType.NGHI_QUYET, "HĐND", null, true).format())
                .isEqualTo("01/2025/NQ-HĐND");
        assertThat(new DocumentNumber(1, 2025, DocumentType.NGHI_QUYET, "HĐND", null, false).format())
                .isEqualTo("01/NQ-HĐND");
    }

    @Test
    void writesAnOfficialLetterWithIssuerAndUnitButNoAbbreviation() {
        assertThat(new DocumentNumber(7, 2025, DocumentType.CONG_VAN, "HĐND", "VP", false).format())
                .isEqualTo("07/HĐND-VP");
        assertThat(DocumentNumber.of(7, 2025, DocumentType.CONG_VAN, "TTHĐND").format())
                .isEqualTo("07/TTHĐND");
    }

    @Test
    void refusesNumbersBelowOneAndSymbolsWithSpaces() {
        assertThatThrownBy(() -> DocumentNumber.of(0, 2025, DocumentType.KE_HOACH, "TTHĐND"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumber.of(1, 2025, DocumentType.KE_HOACH, "TT HĐND"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsTheTwentySevenTypesAndOfficialLetters() {
        assertThat(DocumentType.values()).hasSize(28);
        assertThat(DocumentType.byCode("KH")).contains(DocumentType.KE_HOACH);
        assertThat(DocumentType.byCode("QyĐ")).contains(DocumentType.QUY_DINH);
        assertThat(DocumentType.byCode("CV")).contains(DocumentType.CONG_VAN);
        assertThat(DocumentType.CONG_VAN.abbreviation()).isEmpty();
        assertThat(DocumentType.byCode("XX")).isEmpty();
    }

    @Test
    void writesThePlaceAndDateLineWithPaddedDaysAndEarlyMonths() {
        assertThat(new PlaceAndDate("Lạc Phượng", LocalDate.of(2025, 9, 5)).format())
                .isEqualTo("Lạc Phượng, ngày 05 tháng 9 năm 2025");
        assertThat(new PlaceAndDate("Nhị Chiểu", LocalDate.of(2025, 9, 22)).format())
                .isEqualTo("Nhị Chiểu, ngày 22 tháng 9 năm 2025");
        assertThat(new PlaceAndDate("Lạc Phượng", LocalDate.of(2026, 2, 3)).format())
                .isEqualTo("Lạc Phượng, ngày 03 tháng 02 năm 2026");
        assertThat(new PlaceAndDate("Lạc Phượng", LocalDate.of(2026, 1, 15)).format())
                .isEqualTo("Lạc Phượng, ngày 15 tháng 01 năm 2026");
        assertThat(new PlaceAndDate("Lạc Phượng", LocalDate.of(2026, 12, 31)).format())
                .isEqualTo("Lạc Phượng, ngày 31 tháng 12 năm 2026");
        assertThat(PlaceAndDate.placeOf("Xã Lạc Phượng")).isEqualTo("Lạc Phượng");
        assertThat(PlaceAndDate.placeOf("Phường Nhị Chiểu")).isEqualTo("Nhị Chiểu");
    }
}
