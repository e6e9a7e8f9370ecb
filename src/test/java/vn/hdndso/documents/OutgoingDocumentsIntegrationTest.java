package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/** The outgoing flow through the JSON API, as API.md states it, with independent signature checks. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutgoingDocumentsIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String PASSWORD = "Documents-Pass-2026";
    private static final String BASE = "/api/v1/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    private String clerk;
    private String chair;
    private String otherChair;

    @BeforeAll
    void accounts() {
        clerk = TestClient.uniqueUsername("docs.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư thử", "CLERK");
        chair = TestClient.uniqueUsername("docs.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch thử", "COUNCIL_ADMIN");
        otherChair = TestClient.uniqueUsername("docs.other");
        client.createUser("nhi-chieu", otherChair, PASSWORD, "Chủ tịch phường khác", "COUNCIL_ADMIN");
    }

    static String metadata(String typeCode, String issuer, String subject) {
        return """
                {"typeCode":"%s","issuerSymbol":"%s","subject":"%s","signerName":"Bùi Văn Dũng",
                 "signerPosition":"Chủ tịch HĐND","recipients":["Thường trực HĐND thành phố","Lưu: VT"]}""".formatted(typeCode, issuer, subject);
    }

    TestClient.Response create(String metadata, String fileName, String contentType, byte[] content) {
        return client.postMultipart(
                BASE,
                List.of(Part.json("metadata", metadata), Part.file("file", fileName, contentType, content)),
                clerk,
                PASSWORD);
    }

    String draft(String subject) {
        var created =
                create(metadata("KH", "TTHĐND", subject), "ke-hoach.pdf", "application/pdf", TestPdfs.plan(subject, 2));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
        return created.json().get("id").asString();
    }

    TestClient.Response issue(String id) {
        return client.request("POST", BASE + "/" + id + "/issue", null, chair, PASSWORD);
    }

    @Test
    void numbersTwoPlansOfTheStandingCommitteeInSequenceAndSignsThem() throws Exception {
        String first = draft("Kế hoạch thực hiện Nghị quyết 57 (lần 1)");
        String second = draft("Kế hoạch thực hiện Nghị quyết 57 (lần 2)");

        TestClient.Response one = issue(first);
        TestClient.Response two = issue(second);

        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(two.status()).as(two.body()).isEqualTo(200);
        assertThat(one.json().get("status").asString()).isEqualTo("ISSUED");
        String a = one.json().get("numberSymbol").asString();
        String b = two.json().get("numberSymbol").asString();
        assertThat(a).matches("\\d{2,}/KH-TTHĐND");
        int n = Integer.parseInt(a.substring(0, a.indexOf('/')));
        assertThat(b).isEqualTo(String.format("%02d/KH-TTHĐND", n + 1));
        assertThat(one.json().get("issuedAt").asString()).endsWith("+07:00");

        var signed = client.getBytes(BASE + "/" + first + "/signed.pdf", null, null);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(new String(signed.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        List<SignatureWrapper> signatures = SignedPdfs.signatures(signed.body());
        assertThat(signatures).hasSize(1);
        SignatureWrapper signature = signatures.getFirst();
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
        assertThat(signature.getSignatureFormat().toString()).startsWith("PAdES-BASELINE-B");
        assertThat(signature.getSigningCertificate().getCommonName()).isEqualTo("HĐND Xã Lạc Phượng (khóa thử nghiệm)");

        String pdfsig = SignedPdfs.pdfsig(signed.body());
        if (pdfsig != null) {
            assertThat(pdfsig).contains("Signature is Valid");
        }

        byte[] tampered = signed.body().clone();
        int offset = SignedPdfs.offsetInsideSignedRange(tampered);
        tampered[offset] = (byte) (tampered[offset] ^ 0x01);
        List<SignatureWrapper> afterTampering = SignedPdfs.signatures(tampered);
        assertThat(afterTampering).hasSize(1);
        assertThat(afterTampering.getFirst().isSignatureIntact()).isFalse();
        String pdfsigTampered = SignedPdfs.pdfsig(tampered);
        if (pdfsigTampered != null) {
            assertThat(pdfsigTampered).doesNotContain("Signature is Valid");
        }
    }

    @Autowired
    vn.hdndso.shared.InstallationProperties installation;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    vn.hdndso.councils.Councils councils;

    @Test
    void storesTheDraftAndTheSignedPdfThroughTheFilesModuleWithTheirText() {
        String id = draft("Kế hoạch giám sát chuyên đề năm 2027");
        assertThat(issue(id).status()).isEqualTo(200);
        JsonNode detail = client.get(BASE + "/" + id, clerk, PASSWORD).json();
        var council = councils.requireBySlug(SLUG).id();
        for (String sha : List.of(
                detail.get("originalSha256").asString(),
                detail.get("signedSha256").asString())) {
            String text = vn.hdndso.shared.tenancy.Tenancy.call(
                    vn.hdndso.shared.tenancy.TenantScope.staffOf(council),
                    () -> transactions.execute(status -> jdbc.sql(
                                    "select text from stored_file where sha256 = ? and council_id = ? limit 1")
                            .params(sha, council.value())
                            .query(String.class)
                            .single()));
            assertThat(text).contains("Kế hoạch giám sát chuyên đề năm 2027");
        }
    }

    @Test
    void numbersNothingWhenSigningFails() throws Exception {
        String before = draftBy("BVHXH", "Báo cáo trước lỗi ký");
        String failing = draftBy("BVHXH", "Báo cáo gặp lỗi ký " + java.util.UUID.randomUUID());
        String after = draftBy("BVHXH", "Báo cáo sau lỗi ký");
        int first = number(issue(before));

        // the stored original disappears: signing fails inside the issuing transaction
        String sha = client.get(BASE + "/" + failing, clerk, PASSWORD)
                .json()
                .get("originalSha256")
                .asString();
        java.nio.file.Path stored = installation
                .dataDir()
                .resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
        java.nio.file.Path aside = stored.resolveSibling(sha + ".aside");
        java.nio.file.Files.move(stored, aside);
        try {
            assertThat(issue(failing).status()).isEqualTo(500);
        } finally {
            java.nio.file.Files.move(aside, stored);
        }
        assertThat(client.get(BASE + "/" + failing, clerk, PASSWORD)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");

        assertThat(number(issue(after))).isEqualTo(first + 1);
        assertThat(number(issue(failing))).isEqualTo(first + 2);
    }

    private String draftBy(String issuer, String subject) {
        var created =
                create(metadata("BC", issuer, subject), "bao-cao.pdf", "application/pdf", TestPdfs.plan(subject, 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static int number(TestClient.Response issued) {
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String symbol = issued.json().get("numberSymbol").asString();
        assertThat(symbol).endsWith("/BC-BVHXH");
        return Integer.parseInt(symbol.substring(0, symbol.indexOf('/')));
    }

    @Test
    void issuesAPdfThatAlreadyCarriesASignature() {
        String first = draft("Kế hoạch đã ký một lần");
        assertThat(issue(first).status()).isEqualTo(200);
        byte[] signedOnce =
                client.getBytes(BASE + "/" + first + "/signed.pdf", null, null).body();
        var created = create(metadata("KH", "TTHĐND", "Ký lần hai"), "da-ky.pdf", "application/pdf", signedOnce);
        assertThat(created.status()).isEqualTo(201);
        String second = created.json().get("id").asString();

        assertThat(issue(second).status()).isEqualTo(200);

        byte[] signedTwice =
                client.getBytes(BASE + "/" + second + "/signed.pdf", null, null).body();
        assertThat(SignedPdfs.signatures(signedTwice)).hasSize(2).allMatch(SignatureWrapper::isSignatureIntact);
    }

    @Test
    void recordsEveryStepInTheDocumentsHistory() {
        String id = draft("Kế hoạch có lịch sử");
        assertThat(client.request("POST", BASE + "/" + id + "/submit", null, clerk, PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(client.request("POST", BASE + "/" + id + "/approve", null, chair, PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(issue(id).status()).isEqualTo(200);
        var recall =
                client.request("POST", BASE + "/" + id + "/recall", "{\"reason\":\"Sai số liệu\"}", chair, PASSWORD);
        assertThat(recall.status()).as(recall.body()).isEqualTo(200);

        JsonNode detail = client.get(BASE + "/" + id, clerk, PASSWORD).json();
        assertThat(detail.get("status").asString()).isEqualTo("RECALLED");
        assertThat(detail.get("recallReason").asString()).isEqualTo("Sai số liệu");
        assertThat(detail.get("history").valueStream().map(h -> h.get("action").asString()))
                .containsExactly(
                        "documents.document.created",
                        "documents.document.submitted",
                        "documents.document.approved",
                        "documents.document.issued",
                        "documents.document.recalled");
        // recalled: no longer public
        assertThat(client.getBytes(BASE + "/" + id + "/signed.pdf", null, null).status())
                .isEqualTo(404);
    }

    @Test
    void refusesIllegalTransitionsWithAConflict() {
        String id = draft("Kế hoạch chuyển trạng thái sai");
        var approveDraft = client.request("POST", BASE + "/" + id + "/approve", null, chair, PASSWORD);
        assertThat(approveDraft.status()).isEqualTo(409);
        assertThat(approveDraft.json().get("detail").asString()).contains("dự thảo");
        var recallDraft = client.request("POST", BASE + "/" + id + "/recall", "{\"reason\":\"x\"}", chair, PASSWORD);
        assertThat(recallDraft.status()).isEqualTo(409);

        assertThat(issue(id).status()).isEqualTo(200);
        assertThat(issue(id).status()).isEqualTo(409);
        assertThat(client.request("POST", BASE + "/" + id + "/submit", null, clerk, PASSWORD)
                        .status())
                .isEqualTo(409);
        assertThat(client.request(
                                "POST", BASE + "/" + id + "/recall", "{\"reason\":\"Ban hành nhầm\"}", chair, PASSWORD)
                        .status())
                .isEqualTo(200);
        var issueRecalled = issue(id);
        assertThat(issueRecalled.status()).isEqualTo(409);
        assertThat(issueRecalled.json().get("detail").asString()).contains("thu hồi");
    }

    @Test
    void refusesBadInputNamingTheFieldAndStoresNothing() {
        long before = count();
        var badType = create(metadata("XX", "TTHĐND", "Loại sai"), "a.pdf", "application/pdf", TestPdfs.plan("a", 1));
        assertThat(badType.status()).isEqualTo(400);
        assertThat(fields(badType)).contains("typeCode");

        var noSubject = create(metadata("KH", "TTHĐND", " "), "a.pdf", "application/pdf", TestPdfs.plan("a", 1));
        assertThat(noSubject.status()).isEqualTo(400);
        assertThat(fields(noSubject)).contains("subject");

        var badIssuer =
                create(metadata("KH", "UBND", "Cơ quan sai"), "a.pdf", "application/pdf", TestPdfs.plan("a", 1));
        assertThat(fields(badIssuer)).contains("issuerSymbol");

        var notPdf = create(
                metadata("KH", "TTHĐND", "Không phải PDF"),
                "a.pdf",
                "application/pdf",
                "xin chào".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(fields(notPdf)).contains("file");

        var docx = create(
                metadata("KH", "TTHĐND", "DOCX"),
                "ke-hoach.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertThat(docx.status()).isEqualTo(400);
        assertThat(docx.body()).contains("Tệp «ke-hoach.docx» bị hỏng hoặc không đọc được");

        var encrypted =
                create(metadata("KH", "TTHĐND", "Có mật khẩu"), "a.pdf", "application/pdf", TestPdfs.encrypted());
        assertThat(encrypted.status()).isEqualTo(400);
        assertThat(fields(encrypted)).contains("file");
        assertThat(encrypted.body()).contains("mật khẩu");

        var corrupt = create(
                metadata("KH", "TTHĐND", "Hỏng"),
                "a.pdf",
                "application/pdf",
                "%PDF-1.7\nrác".getBytes(StandardCharsets.UTF_8));
        assertThat(fields(corrupt)).contains("file");

        var badJson = create("{not json", "a.pdf", "application/pdf", TestPdfs.plan("a", 1));
        assertThat(fields(badJson)).contains("metadata");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void hidesACouncilsDocumentsFromAnotherCouncilAndUnissuedOnesFromThePublic() {
        String id = draft("Kế hoạch nội bộ");
        assertThat(client.get(BASE + "/" + id, otherChair, PASSWORD).status()).isEqualTo(404);
        assertThat(client.request("POST", BASE + "/" + id + "/issue", null, otherChair, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.getBytes(BASE + "/" + id + "/signed.pdf", null, null).status())
                .isEqualTo(404);
        assertThat(client.getBytes(BASE + "/" + id + "/signed.pdf", chair, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.getBytes(BASE + "/" + id + "/original.pdf", null, null)
                        .status())
                .isEqualTo(401);
        assertThat(client.getBytes("/api/v1/councils/nhi-chieu/documents/" + id + "/signed.pdf", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(client.get(BASE, otherChair, PASSWORD).status()).isEqualTo(404);
    }

    @Test
    void listsTheRegisterWithFilters() {
        String id = draft("Kế hoạch để lọc danh sách");
        issue(id);
        JsonNode page = client.get(BASE + "?status=ISSUED&type=KH&q=l%E1%BB%8Dc", chair, PASSWORD)
                .json();
        assertThat(page.get("items").valueStream().map(i -> i.get("id").asString()))
                .contains(id);
        assertThat(page.get("items").valueStream().map(i -> i.get("status").asString()))
                .containsOnly("ISSUED");
        assertThat(client.get(BASE + "?type=XX", chair, PASSWORD).status()).isEqualTo(400);
    }

    private long count() {
        return client.get(BASE + "?size=1", chair, PASSWORD).json().get("total").asLong();
    }

    private static List<String> fields(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
