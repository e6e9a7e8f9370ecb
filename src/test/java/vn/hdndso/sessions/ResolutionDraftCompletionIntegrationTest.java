package vn.hdndso.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.files.WordFiles;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * The draft resolution a passed motion leaves in the documents is completed by the office: its
 * metadata edited, its final text uploaded in Word, and it is issued like any document, the signed
 * PDF carrying the final text.
 */
@IntegrationTest
class ResolutionDraftCompletionIntegrationTest {

    @Autowired
    TestClient client;

    @Autowired
    vn.hdndso.files.OfficeConversion conversion;

    @Test
    void theDraftResolutionOfAPassedMotionGetsItsFinalTextAndIsIssued() throws Exception {
        // LibreOffice starts with the first conversion, which on a busy machine outlasts an HTTP timeout
        assertThat(conversion.toPdf("khoi-dong.docx", WordFiles.docx(List.of("Khởi động"))))
                .isPresent();
        var council = SessionFixture.withDelegates(client, "thanh-dong", 3);
        String session = council.sessionInProgress("Kỳ họp hoàn thiện nghị quyết");
        String item = council.motion(session, "Kế hoạch đầu tư công năm 2027", "MORE_THAN_HALF_OF_ALL");
        council.open(session, item);
        for (String d : council.delegates) {
            council.vote(session, item, d, "YES");
        }
        council.close(session, item);
        String resolution = client.get(council.base() + "/" + session, council.clerk, SessionFixture.PASSWORD)
                .json()
                .get("agenda")
                .valueStream()
                .filter(i -> i.get("id").asString().equals(item))
                .findFirst()
                .orElseThrow()
                .get("resolutionId")
                .asString();
        String documents = "/api/v1/councils/thanh-dong/documents/" + resolution;

        var edited = client.request("PUT", documents, """
                {"typeCode":"NQ","issuerSymbol":"HĐND","subject":"Nghị quyết về kế hoạch đầu tư công năm 2027",
                 "signerName":"Nguyễn Thị Chủ Tọa","signerPosition":"Chủ tịch HĐND",
                 "recipients":["Thường trực HĐND tỉnh","UBND xã","Lưu: VT"]}""", council.clerk, SessionFixture.PASSWORD);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        List<String> finalText = List.of(
                "NGHỊ QUYẾT về kế hoạch đầu tư công năm 2027",
                "Điều 1. Thông qua kế hoạch đầu tư công năm 2027 với tổng vốn 12,5 tỷ đồng.",
                "Điều 2. Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này.");
        var replaced = client.postMultipart(
                documents + "/file",
                List.of(Part.file("file", "nghi-quyet.docx", WordFiles.DOCX_TYPE, WordFiles.docx(finalText))),
                council.clerk,
                SessionFixture.PASSWORD);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("version").asInt()).isEqualTo(2);

        var issued = client.request("POST", documents + "/issue", null, council.chair, SessionFixture.PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("numberSymbol").asString()).matches("\\d{2,}/NQ-HĐND");
        var detail =
                client.get(documents, council.clerk, SessionFixture.PASSWORD).json();
        assertThat(detail.get("signerName").asString()).isEqualTo("Nguyễn Thị Chủ Tọa");
        assertThat(detail.get("recipients").size()).isEqualTo(3);

        byte[] signed = client.getBytes(documents + "/signed.pdf", null, null).body();
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains(finalText.get(1)).doesNotContain("DỰ THẢO");
        }
    }
}
