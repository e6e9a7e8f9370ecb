package vn.hdndso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlStatus;
import vn.hdndso.documents.EdxmlStatusCode;
import vn.hdndso.shared.InvalidInputException;

class EdxmlStatusXmlUnitTest {

    static EdxmlStatus status(EdxmlStatusCode code) {
        return new EdxmlStatus(
                EdxmlMessages.FROM + ",2026/11/25,02/KH-TTHĐND",
                EdxmlMessage.Organisation.of(EdxmlMessages.TO, "Hội đồng nhân dân phường Nhị Chiểu"),
                code,
                code.vietnameseName(),
                LocalDateTime.of(2026, 11, 25, 14, 5, 9),
                new EdxmlStatus.Staff("Nguyễn Thị Văn Thư", "Văn phòng", "vanthu@nhichieu.example", "0912 000 000"));
    }

    @ParameterizedTest
    @EnumSource(EdxmlStatusCode.class)
    void writesAndReadsBackEachStandardCode(EdxmlStatusCode code) {
        byte[] xml = EdxmlStatusXml.write(status(code));

        assertThat(new String(xml, StandardCharsets.UTF_8))
                .contains("<edXML:StatusCode>" + code.code() + "</edXML:StatusCode>")
                .contains("<edXML:Timestamp>2026/11/25 14:05:09</edXML:Timestamp>");
        assertThat(EdxmlStatusXml.read(xml)).isEqualTo(status(code));
    }

    @Test
    void knowsTheStandardCodes() {
        assertThat(EdxmlStatusCode.values())
                .extracting(EdxmlStatusCode::code)
                .containsExactly("01", "02", "03", "04", "05", "06", "13", "15", "16");
        assertThat(EdxmlStatusCode.byCode("13")).contains(EdxmlStatusCode.RECALL_REQUESTED);
        assertThat(EdxmlStatusCode.byCode("07")).isEmpty();
    }

    @Test
    void refusesAnUnknownCodeAndABadTimestampTogether() {
        String xml = new String(EdxmlStatusXml.write(status(EdxmlStatusCode.ARRIVED)), StandardCharsets.UTF_8)
                .replace(">01<", ">07<")
                .replace("2026/11/25 14:05:09", "25/11/2026");

        assertThatThrownBy(() -> EdxmlStatusXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.FieldProblem::field)
                                .containsExactly("StatusCode", "Timestamp"));
    }
}
