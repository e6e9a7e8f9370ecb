package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Issue 14, item 14: the convening notice is an outgoing document numbered and signed on issue;
 * the minutes carry the session's date, are edited, approved once the session is closed, signed
 * through documents and published.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionPapersIntegrationTest {

    static final String SLUG = "hop-tien";

    @Autowired
    TestClient client;

    SessionFixture council;

    @BeforeAll
    void aCouncilOfTwoDelegates() {
        council = SessionFixture.withDelegates(client, SLUG, 2);
    }

    private TestClient.Response post(String path, String user) {
        return client.request("POST", path, null, user, SessionFixture.PASSWORD);
    }

    @Test
    void theNoticeIsNumberedAndSignedAndTheMinutesCarryTheSessionsDateThroughSigningAndPublishing() throws IOException {
        var created = client.postJson(
                council.base(),
                Map.of(
                        "title",
                        "Kỳ họp thứ hai (biên bản)",
                        "startsAt",
                        "2026-11-05T08:00:00+07:00",
                        "kind",
                        "REGULAR"),
                council.clerk,
                SessionFixture.PASSWORD);
        String id = created.json().get("id").asString();
        String s = council.base() + "/" + id;
        council.motion(id, "Tờ trình về kế hoạch năm", "MORE_THAN_HALF_OF_ALL");
        String docs = "/api/v1/councils/" + SLUG + "/documents/";

        var notice = post(s + "/notice", council.clerk);
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
        String noticeDoc = notice.json().get("documentId").asString();
        JsonNode draft = client.get(docs + noticeDoc, council.clerk, SessionFixture.PASSWORD)
                .json();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("typeCode").asString()).isEqualTo("GM");
        assertThat(draft.get("issuerSymbol").asString()).isEqualTo("TTHĐND");
        assertThat(post(s + "/notice", council.clerk).status()).isEqualTo(409);
        assertThat(post(s + "/notice/issue", council.clerk).status()).isEqualTo(403);
        var issued = post(s + "/notice/issue", council.chair);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("state").asString()).isEqualTo("SIGNED");
        JsonNode noticeDocument = client.get(docs + noticeDoc, council.clerk, SessionFixture.PASSWORD)
                .json();
        assertThat(noticeDocument.get("status").asString()).isEqualTo("ISSUED");
        assertThat(noticeDocument.get("numberSymbol").asString()).matches("\\d{2,}/GM-TTHĐND");
        assertThat(client.getBytes(docs + noticeDoc + "/signed.pdf", council.clerk, SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(200);

        JsonNode minutes = client.get(s + "/minutes", council.clerk, SessionFixture.PASSWORD)
                .json();
        assertThat(minutes.get("state").asString()).isEqualTo("DRAFT");
        assertThat(minutes.get("text").asString()).contains("Tờ trình về kế hoạch năm");
        String text = minutes.get("text").asString() + "\nÝ kiến thảo luận: đại biểu đề nghị bổ sung chỉ tiêu.";
        var edited = client.request(
                "PUT", s + "/minutes", json(Map.of("text", text)), council.clerk, SessionFixture.PASSWORD);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(client.request(
                                "PUT", s + "/minutes", json(Map.of("text", "")), council.clerk, SessionFixture.PASSWORD)
                        .status())
                .isEqualTo(400);
        var early = post(s + "/minutes/approve", council.chair);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("bế mạc");

        assertThat(post(s + "/start", council.chair).status()).isEqualTo(200);
        assertThat(post(s + "/close", council.chair).status()).isEqualTo(200);
        assertThat(post(s + "/minutes/approve", council.clerk).status()).isEqualTo(403);
        assertThat(post(s + "/minutes/approve", council.chair).status()).isEqualTo(200);
        assertThat(client.request(
                                "PUT",
                                s + "/minutes",
                                json(Map.of("text", "khác")),
                                council.clerk,
                                SessionFixture.PASSWORD)
                        .status())
                .as("approved minutes are not edited")
                .isEqualTo(409);
        assertThat(post(s + "/minutes/publish", council.clerk).status())
                .as("not signed yet")
                .isEqualTo(409);

        var signed = post(s + "/minutes/sign", council.chair);
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        String minutesDoc = signed.json().get("documentId").asString();
        JsonNode minutesDocument = client.get(docs + minutesDoc, council.clerk, SessionFixture.PASSWORD)
                .json();
        assertThat(minutesDocument.get("status").asString()).isEqualTo("ISSUED");
        assertThat(minutesDocument.get("numberSymbol").asString()).matches("\\d{2,}/BB-HĐND");

        assertThat(client.getBytes(s + "/minutes/signed.pdf", null, null).status())
                .isEqualTo(404);
        assertThat(post(s + "/minutes/publish", council.clerk).status()).isEqualTo(200);
        var pdf = client.getBytes(s + "/minutes/signed.pdf", null, null);
        assertThat(pdf.status()).isEqualTo(200);
        String pdfText = text(pdf.body());
        assertThat(pdfText).contains("ngày 05 tháng 11 năm 2026", "Ý kiến thảo luận", "BIÊN BẢN");
    }

    private static String json(Map<String, String> body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(
                    new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFC);
        }
    }
}
