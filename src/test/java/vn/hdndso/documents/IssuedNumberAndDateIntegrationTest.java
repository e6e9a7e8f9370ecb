package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.files.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * On issue, the number/symbol and the place and date are written into the PDF — into its
 * placeholders when it has them, otherwise into the visible signature — so that a printed copy is
 * complete, and the signature stays valid.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedNumberAndDateIntegrationTest {

    private static final String SLUG = "le-thanh-nghi";
    private static final String PASSWORD = "Issue-Marks-Pass-2026";
    private static final String BASE = "/api/v1/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    @Autowired
    SignatureValidation validation;

    private String clerk;
    private String chair;

    @BeforeAll
    void accounts() {
        clerk = TestClient.uniqueUsername("marks.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử", "CLERK");
        chair = TestClient.uniqueUsername("marks.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch thử", "COUNCIL_ADMIN");
    }

    @Test
    void aPdfWithoutPlaceholdersCarriesTheNumberAndDateInItsVisibleSignature() throws Exception {
        byte[] signed = issue(TestPdfs.textPdf("KẾ HOẠCH\nGiám sát chuyên đề năm 2027"), "Kế hoạch giám sát");
        Issued issued = last;

        String printed = PrintedText.of(signed);
        assertThat(printed).contains("Số: " + issued.numberSymbol()).contains(issued.placeAndDate());
        assertThat(pageText(signed)).doesNotContain(issued.numberSymbol());
        assertValid(signed);
    }

    @Test
    void aPdfWithPlaceholdersGetsThemFilledInItsPage() throws Exception {
        byte[] signed = issue(PlaceholderPdfs.template(), "Kế hoạch tiếp xúc cử tri");
        Issued issued = last;

        String page = pageText(signed);
        assertThat(page).contains(issued.numberSymbol()).contains(issued.placeAndDate());
        assertValid(signed);
    }

    private record Issued(String numberSymbol, String placeAndDate) {}

    private Issued last = new Issued("", "");

    private byte[] issue(byte[] pdf, String subject) {
        var created = client.postMultipart(
                BASE,
                List.of(
                        Part.json(
                                "metadata",
                                OutgoingDocumentsIntegrationTest.metadata(
                                        "KH", "TTHĐND", subject + " " + System.nanoTime())),
                        Part.file("file", "ke-hoach.pdf", "application/pdf", pdf)),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request("POST", BASE + "/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String number = issued.json().get("numberSymbol").asString();
        assertThat(number).matches("\\d{2,}/KH-TTHĐND");
        LocalDate date = LocalDate.parse(issued.json().get("issueDate").asString());
        last = new Issued(number, new PlaceAndDate("Lê Thanh Nghị", date).format());
        var download = client.getBytes(BASE + "/" + id + "/signed.pdf", null, null);
        assertThat(download.status()).isEqualTo(200);
        return download.body();
    }

    private void assertValid(byte[] signed) {
        var report = validation.validate(signed);
        assertThat(report.signatures()).hasSize(1);
        assertThat(report.signatures().getFirst().integrity()).isEqualTo(SignatureFinding.Integrity.VALID);
        assertThat(report.signatures().getFirst().coversWholeDocument()).isTrue();
    }

    private static String pageText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
