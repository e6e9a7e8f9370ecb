package vn.hdndso.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status codes of an edXML status message (QCVN 102:2016/BTTTT, amended 2022), as DOMAIN.md
 * lists them, with their Vietnamese names.
 */
public enum EdxmlStatusCode {
    ARRIVED("01", "Đã đến"),
    REJECTED("02", "Từ chối tiếp nhận"),
    REGISTERED("03", "Đã tiếp nhận (vào sổ)"),
    ASSIGNED("04", "Phân công xử lý"),
    IN_PROGRESS("05", "Đang xử lý"),
    COMPLETED("06", "Hoàn thành"),
    RECALL_REQUESTED("13", "Yêu cầu thu hồi"),
    RECALL_ACCEPTED("15", "Đồng ý thu hồi/cập nhật"),
    REFUSED("16", "Từ chối thu hồi/cập nhật");

    private final String code;
    private final String vietnameseName;

    EdxmlStatusCode(String code, String vietnameseName) {
        this.code = code;
        this.vietnameseName = vietnameseName;
    }

    /** The two-digit code written in {@code StatusCode}. */
    public String code() {
        return code;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** "01 (Đã đến), 02 (Từ chối tiếp nhận), …" for messages. */
    public static String listing() {
        return Arrays.stream(values())
                .map(c -> c.code + " (" + c.vietnameseName + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<EdxmlStatusCode> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code.strip())).findFirst();
    }
}
