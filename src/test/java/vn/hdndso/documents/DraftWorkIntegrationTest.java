package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.hdndso.files.BlobStore;
import vn.hdndso.files.WordFiles;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * Drafts as work in progress through the JSON API, with DOCX and ODT converted by the LibreOffice
 * installed on the machine: the Vietnamese text survives, the original is kept, every version stays
 * downloadable, a returned draft carries its comment, a withdrawn one is never numbered, and a
 * password-protected, corrupt or zip-bomb DOCX leaves nothing behind.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftWorkIntegrationTest {

    static final String SLUG = "thanh-dong";
    static final String PASSWORD = "Drafts-Pass-2026";
    static final String BASE = "/api/v1/councils/" + SLUG + "/documents";
    static final List<String> TEXT = List.of(
            "HỘI ĐỒNG NHÂN DÂN XÃ THANH ĐỒNG",
            "Kế hoạch giám sát việc giải quyết kiến nghị của cử tri năm 2026",
            "Điều 1. Thường trực Hội đồng nhân dân tổ chức giám sát chuyên đề về đường giao thông nông thôn.",
            "Điều 2. Ủy ban nhân dân xã báo cáo kết quả trước ngày 15 tháng 9 năm 2026; ưu tiên những việc cấp bách.");

    @Autowired
    TestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BlobStore blobs;

    String clerk;
    String chair;

    @Autowired
    vn.hdndso.files.OfficeConversion conversion;

    @BeforeAll
    void accounts() {
        // LibreOffice starts on the first conversion, which on a busy machine outlasts an HTTP timeout
        assertThat(conversion.toPdf("khoi-dong.docx", WordFiles.docx(List.of("Khởi động"))))
                .isPresent();
        clerk = TestClient.uniqueUsername("drafts.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư Thanh Đồng", "CLERK");
        chair = TestClient.uniqueUsername("drafts.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch Thanh Đồng", "COUNCIL_ADMIN");
    }

    static String metadata(String typeCode, String subject, String extra) {
        return """
                {"typeCode":"%s","issuerSymbol":"TTHĐND","subject":"%s","signerName":"Lê Văn Hùng",
                 "signerPosition":"Phó Chủ tịch HĐND","recipients":["Thường trực HĐND","Lưu: VT"]%s}""".formatted(typeCode, subject, extra);
    }

    TestClient.Response create(String metadata, String fileName, String type, byte[] content) {
        return client.postMultipart(
                BASE,
                List.of(Part.json("metadata", metadata), Part.file("file", fileName, type, content)),
                clerk,
                PASSWORD);
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Unicode NFC, any run of white space as one space. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void aDocxDraftIsConvertedToPdfWithItsVietnameseTextAndTheDocxIsKept() throws Exception {
        byte[] docx = WordFiles.docx(TEXT);
        var created =
                create(metadata("KH", "Kế hoạch giám sát (DOCX)", ""), "ke-hoach.docx", WordFiles.DOCX_TYPE, docx);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        var pdf = client.getBytes(BASE + "/" + id + "/original.pdf", clerk, PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(normal(text(pdf.body()))).isEqualTo(normal(String.join("\n", TEXT)));

        var original = client.getBytes(BASE + "/" + id + "/original.docx", clerk, PASSWORD);
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(docx);
        assertThat(original.headers().firstValue("Content-Type").orElseThrow()).startsWith(WordFiles.DOCX_TYPE);

        JsonNode versions =
                client.get(BASE + "/" + id + "/versions", clerk, PASSWORD).json();
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).get("fileName").asString()).isEqualTo("ke-hoach.pdf");
        assertThat(versions.get(0).get("originalName").asString()).isEqualTo("ke-hoach.docx");
        var detail = client.get(BASE + "/" + id, clerk, PASSWORD).json();
        assertThat(detail.get("originalName").asString()).isEqualTo("ke-hoach.docx");
        assertThat(detail.get("restricted").asBoolean()).isFalse();
    }

    @Test
    void anOdtDraftIsConvertedToo() throws Exception {
        var created = create(
                metadata("KH", "Kế hoạch (ODT)", ""),
                "ke-hoach.odt",
                "application/vnd.oasis.opendocument.text",
                WordFiles.odt(TEXT));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var pdf = client.getBytes(BASE + "/" + created.json().get("id").asString() + "/original.pdf", clerk, PASSWORD);
        assertThat(normal(text(pdf.body()))).isEqualTo(normal(String.join("\n", TEXT)));
    }

    @Test
    void aDraftIsEditedReturnedWithACommentGivenANewFileAndIssued() throws Exception {
        byte[] docx = WordFiles.docx(TEXT);
        var created = create(metadata("KH", "Kế hoạch bản đầu", ""), "ban-dau.docx", WordFiles.DOCX_TYPE, docx);
        String id = created.json().get("id").asString();

        var edited = client.request(
                "PUT", BASE + "/" + id, metadata("KH", "Kế hoạch giám sát năm 2026", ""), clerk, PASSWORD);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("subject").asString()).isEqualTo("Kế hoạch giám sát năm 2026");
        var badEdit = client.request("PUT", BASE + "/" + id, metadata("XX", "", ""), clerk, PASSWORD);
        assertThat(badEdit.status()).isEqualTo(400);
        assertThat(badEdit.body()).contains("typeCode").contains("subject");

        assertThat(post(id, "submit", null, clerk).status()).isEqualTo(200);
        assertThat(post(id, "return", Map.of("comment", "x"), clerk).status()).isEqualTo(403);
        var noComment = post(id, "return", Map.of("comment", " "), chair);
        assertThat(noComment.status()).isEqualTo(409);
        assertThat(noComment.body()).contains("ý kiến");
        var returned = post(id, "return", Map.of("comment", "Bổ sung thời hạn báo cáo ở Điều 2"), chair);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("DRAFT");
        JsonNode detail = client.get(BASE + "/" + id, clerk, PASSWORD).json();
        assertThat(detail.get("returnComment").asString()).isEqualTo("Bổ sung thời hạn báo cáo ở Điều 2");
        assertThat(detail.get("history")
                        .valueStream()
                        .filter(h -> h.get("action").asString().equals("documents.document.returned"))
                        .map(h -> h.get("details").asString()))
                .singleElement()
                .asString()
                .contains("Bổ sung thời hạn báo cáo ở Điều 2");

        byte[] second = TestPdfs.plan("Kế hoạch giám sát năm 2026 (bản sửa)", 2);
        var replaced = client.postMultipart(
                BASE + "/" + id + "/file",
                List.of(Part.file("file", "ban-sua.pdf", "application/pdf", second)),
                clerk,
                PASSWORD);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("version").asInt()).isEqualTo(2);
        assertThat(client.getBytes(BASE + "/" + id + "/original.pdf", clerk, PASSWORD)
                        .body())
                .isEqualTo(second);
        assertThat(client.getBytes(BASE + "/" + id + "/original.docx", clerk, PASSWORD)
                        .status())
                .isEqualTo(404);

        JsonNode versions =
                client.get(BASE + "/" + id + "/versions", clerk, PASSWORD).json();
        assertThat(versions.size()).isEqualTo(2);
        var first = client.getBytes(versions.get(0).get("pdfUrl").asString(), clerk, PASSWORD);
        assertThat(normal(text(first.body()))).isEqualTo(normal(String.join("\n", TEXT)));
        assertThat(client.getBytes(versions.get(0).get("originalUrl").asString(), clerk, PASSWORD)
                        .body())
                .isEqualTo(docx);
        assertThat(client.getBytes(versions.get(1).get("pdfUrl").asString(), clerk, PASSWORD)
                        .body())
                .isEqualTo(second);
        assertThat(versions.get(1).get("originalUrl").isNull()).isTrue();

        assertThat(post(id, "submit", null, clerk).status()).isEqualTo(200);
        var issued = post(id, "issue", null, chair);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("numberSymbol").asString()).matches("\\d{2,}/KH-TTHĐND");
        var late = client.postMultipart(
                BASE + "/" + id + "/file",
                List.of(Part.file("file", "muon.pdf", "application/pdf", second)),
                clerk,
                PASSWORD);
        assertThat(late.status()).isEqualTo(409);
        assertThat(client.request("PUT", BASE + "/" + id, metadata("KH", "Sửa sau ban hành", ""), clerk, PASSWORD)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aWithdrawnDraftStaysInTheRegisterHistoryAndIsNeverNumbered() {
        var created = create(
                metadata("KH", "Kế hoạch sẽ rút", ""),
                "rut.pdf",
                "application/pdf",
                TestPdfs.plan("Kế hoạch sẽ rút", 1));
        String id = created.json().get("id").asString();
        var withdrawn = post(id, "withdraw", Map.of("reason", "Đã gộp vào kế hoạch chung"), clerk);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
        var issue = post(id, "issue", null, chair);
        assertThat(issue.status()).isEqualTo(409);
        assertThat(issue.body()).contains("đã được rút");
        JsonNode detail = client.get(BASE + "/" + id, clerk, PASSWORD).json();
        assertThat(detail.get("numberSymbol").isNull()).isTrue();
        assertThat(detail.get("history").toString()).contains("Đã gộp vào kế hoạch chung");
        JsonNode listed =
                client.get(BASE + "?status=WITHDRAWN&size=100", clerk, PASSWORD).json();
        assertThat(listed.get("items").valueStream().map(i -> i.get("id").asString()))
                .contains(id);
    }

    @Test
    void aProtectedCorruptOrZipBombDocxIsRefusedNamingTheProblemAndNothingIsStored() throws Exception {
        long documentsBefore = count("outgoing_document");
        long filesBefore = count("stored_file");
        var cases = Map.of(
                "mat-khau.docx", WordFiles.encryptedDocx(TEXT, "bi-mat"),
                "hong.docx", WordFiles.truncatedDocx(TEXT),
                "bom.docx", WordFiles.zipBombDocx(64));
        var expected = Map.of("mat-khau.docx", "mật khẩu", "hong.docx", "bị hỏng", "bom.docx", "zip bomb");
        for (var c : cases.entrySet()) {
            var refused = create(metadata("KH", "Tệp xấu", ""), c.getKey(), WordFiles.DOCX_TYPE, c.getValue());
            assertThat(refused.status()).as(c.getKey() + " " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).contains(expected.get(c.getKey())).contains(c.getKey());
            assertThat(blobs.exists(sha256(c.getValue()))).as(c.getKey()).isFalse();
        }
        assertThat(count("outgoing_document")).isEqualTo(documentsBefore);
        assertThat(count("stored_file")).isEqualTo(filesBefore);
    }

    @Test
    void anIncomingDocumentArrivingAsDocxIsRegisteredAsItsPdfWithTheDocxKept() throws Exception {
        byte[] docx = WordFiles.docx(TEXT);
        var registered = client.postMultipart(
                "/api/v1/councils/" + SLUG + "/incoming",
                List.of(
                        Part.json("metadata", """
                                {"issuingBody":"UBND xã Thanh Đồng","numberSymbol":"%s/BC-UBND",
                                 "documentDate":"2026-01-05","typeCode":"BC","subject":"Báo cáo kết quả giải quyết kiến nghị"}""".formatted(System.nanoTime() % 100_000)),
                        Part.file("file", "bao-cao.docx", WordFiles.DOCX_TYPE, docx)),
                clerk,
                PASSWORD);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        var base = "/api/v1/councils/" + SLUG + "/incoming/" + id;
        assertThat(normal(text(
                        client.getBytes(base + "/file.pdf", clerk, PASSWORD).body())))
                .isEqualTo(normal(String.join("\n", TEXT)));
        assertThat(client.getBytes(base + "/original", clerk, PASSWORD).body()).isEqualTo(docx);
    }

    TestClient.Response post(String id, String action, Object body, String user) {
        return body == null
                ? client.request("POST", BASE + "/" + id + "/" + action, null, user, PASSWORD)
                : client.postJson(BASE + "/" + id + "/" + action, body, user, PASSWORD);
    }

    long count(String table) {
        return Tenancy.call(
                TenantScope.allCouncils("test: count " + table),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from " + table
                                + " where council_id = (select id from council where slug = :slug)")
                        .param("slug", SLUG)
                        .query(Long.class)
                        .single()));
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
