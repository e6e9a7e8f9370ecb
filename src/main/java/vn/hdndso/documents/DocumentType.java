package vn.hdndso.documents;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The types of administrative documents of Decree 30/2020/NĐ-CP (Art. 7, Annex III) with their
 * abbreviations. Công văn has no abbreviation: its number/symbol names the issuer and the drafting
 * unit instead ({@code 15/HĐND-VP}).
 */
public enum DocumentType {
    NGHI_QUYET("NQ", "Nghị quyết"),
    QUYET_DINH("QĐ", "Quyết định"),
    CHI_THI("CT", "Chỉ thị"),
    QUY_CHE("QC", "Quy chế"),
    QUY_DINH("QyĐ", "Quy định"),
    THONG_CAO("TC", "Thông cáo"),
    THONG_BAO("TB", "Thông báo"),
    HUONG_DAN("HD", "Hướng dẫn"),
    CHUONG_TRINH("CTr", "Chương trình"),
    KE_HOACH("KH", "Kế hoạch"),
    PHUONG_AN("PA", "Phương án"),
    DE_AN("ĐA", "Đề án"),
    DU_AN("DA", "Dự án"),
    BAO_CAO("BC", "Báo cáo"),
    BIEN_BAN("BB", "Biên bản"),
    TO_TRINH("TTr", "Tờ trình"),
    HOP_DONG("HĐ", "Hợp đồng"),
    CONG_DIEN("CĐ", "Công điện"),
    BAN_GHI_NHO("BGN", "Bản ghi nhớ"),
    BAN_THOA_THUAN("BTT", "Bản thỏa thuận"),
    GIAY_UY_QUYEN("GUQ", "Giấy ủy quyền"),
    GIAY_MOI("GM", "Giấy mời"),
    GIAY_GIOI_THIEU("GGT", "Giấy giới thiệu"),
    GIAY_NGHI_PHEP("GNP", "Giấy nghỉ phép"),
    PHIEU_GUI("PG", "Phiếu gửi"),
    PHIEU_CHUYEN("PC", "Phiếu chuyển"),
    PHIEU_BAO("PB", "Phiếu báo"),
    /** Công văn: no abbreviation in the number/symbol; its code in this software is "CV". */
    CONG_VAN(null, "Công văn");

    /** The code the API uses for công văn, which has no abbreviation of its own. */
    public static final String CONG_VAN_CODE = "CV";

    private final @Nullable String abbreviation;
    private final String vietnameseName;

    DocumentType(@Nullable String abbreviation, String vietnameseName) {
        this.abbreviation = abbreviation;
        this.vietnameseName = vietnameseName;
    }

    /** The abbreviation in the number/symbol ("KH"); empty for công văn. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /** The code used in the API and the database: the abbreviation, or "CV" for công văn. */
    public String code() {
        return abbreviation == null ? CONG_VAN_CODE : abbreviation;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isResolution() {
        return this == NGHI_QUYET;
    }

    /** The type with this code, exactly as written ("KH", "QyĐ", "CV"); Unicode NFC expected. */
    public static Optional<DocumentType> byCode(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        String nfc = java.text.Normalizer.normalize(code.strip(), java.text.Normalizer.Form.NFC);
        return Arrays.stream(values()).filter(t -> t.code().equals(nfc)).findFirst();
    }
}
