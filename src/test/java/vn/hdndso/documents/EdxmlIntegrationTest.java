package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hdndso.documents.edxml.EdxmlStatusXml;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/** edXML through the API: export of an issued document, validation of a package, status messages. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EdxmlIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String PASSWORD = "Edxml-Pass-2026";
    private static final String BASE = "/api/v1/councils/" + SLUG;
    private static final String LAC_PHUONG = "000.00.99.T01";
    private static final String NHI_CHIEU = "000.00.99.T02";

    @Autowired
    TestClient client;

    @Autowired
    EdxmlPackages packages;

    private String clerk;
    private String chair;
    private String issuedId;
    private String numberSymbol;
    private String exported;

    @BeforeAll
    void anIssuedPlanExportedOnce() {
        clerk = TestClient.uniqueUsername("edxml.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư edXML", "CLERK");
        chair = TestClient.uniqueUsername("edxml.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch edXML", "COUNCIL_ADMIN");
        issuedId = draft("Kế hoạch trao đổi văn bản điện tử theo edXML");
        var issued = client.request("POST", BASE + "/documents/" + issuedId + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        numberSymbol = issued.json().get("numberSymbol").asString();
        var export = export(issuedId, "?to=" + NHI_CHIEU);
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        exported = export.body();
    }

    private String draft(String subject) {
        var created = client.postMultipart(
                BASE + "/documents",
                List.of(
                        Part.json("metadata", """
                                {"typeCode":"KH","issuerSymbol":"TTHĐND","subject":"%s","signerName":"Bùi Văn Dũng",
                                 "signerPosition":"Chủ tịch HĐND","recipients":["Thường trực HĐND thành phố","Lưu: VT"]}""".formatted(subject)),
                        Part.file("file", "ke-hoach.pdf", "application/pdf", TestPdfs.plan(subject, 2))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private TestClient.Response export(String id, String query) {
        return client.get(BASE + "/documents/" + id + "/edxml" + query, clerk, PASSWORD);
    }

    private TestClient.Response validate(String xml) {
        return client.postBytes(
                BASE + "/edxml/validate", "application/xml", xml.getBytes(StandardCharsets.UTF_8), clerk, PASSWORD);
    }

    @Test
    void exportsAnIssuedDocumentThatValidatesWithItsSignedPdf() throws Exception {
        var response = export(issuedId, "?to=" + NHI_CHIEU);
        assertThat(response.header("Content-Type")).startsWith("application/xml");
        byte[] signedPdf = client.getBytes(BASE + "/documents/" + issuedId + "/signed.pdf", null, null)
                .body();

        var validated = validate(response.body());

        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        JsonNode json = validated.json();
        assertThat(json.get("valid").asBoolean()).isTrue();
        JsonNode header = json.get("header");
        assertThat(header.get("from").get("organId").asString()).isEqualTo(LAC_PHUONG);
        assertThat(header.get("from").get("organName").asString()).isEqualTo("Hội đồng nhân dân xã Lạc Phượng");
        assertThat(header.get("to").get(0).get("organId").asString()).isEqualTo(NHI_CHIEU);
        assertThat(header.get("to").get(0).get("organName").asString()).isEqualTo("Hội đồng nhân dân phường Nhị Chiểu");
        String number = numberSymbol.substring(0, numberSymbol.indexOf('/'));
        assertThat(header.get("code").get("codeNumber").asString()).isEqualTo(number);
        assertThat(header.get("code").get("codeNotation").asString()).isEqualTo("KH-TTHĐND");
        String issueDate = client.get(BASE + "/documents/" + issuedId, clerk, PASSWORD)
                .json()
                .get("issueDate")
                .asString();
        assertThat(header.get("documentId").asString())
                .isEqualTo(LAC_PHUONG + "," + issueDate.replace('-', '/') + "," + numberSymbol);
        assertThat(header.get("promulgation").get("place").asString()).isEqualTo("Lạc Phượng");
        assertThat(header.get("promulgation").get("promulgationDate").asString())
                .isEqualTo(issueDate);
        assertThat(header.get("documentType").get("type").asString()).isEqualTo("KH");
        assertThat(header.get("documentType").get("typeName").asString()).isEqualTo("Kế hoạch");
        assertThat(header.get("subject").asString()).isEqualTo("Kế hoạch trao đổi văn bản điện tử theo edXML");
        assertThat(header.get("signer").get("fullName").asString()).isEqualTo("Bùi Văn Dũng");
        assertThat(header.get("signer").get("position").asString()).isEqualTo("Chủ tịch HĐND");
        assertThat(header.get("signer").get("competence").asString()).isEqualTo("TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN");
        assertThat(header.get("toPlaces").valueStream().map(JsonNode::asString))
                .containsExactly("Thường trực HĐND thành phố", "Lưu: VT");
        assertThat(header.get("otherInfo").get("pageAmount").asInt()).isEqualTo(2);

        JsonNode attachment = json.get("attachments").get(0);
        assertThat(json.get("attachments").size()).isEqualTo(1);
        assertThat(attachment.get("name").asString()).isEqualTo(numberSymbol.replace('/', '-') + ".pdf");
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.get("size").asInt()).isEqualTo(signedPdf.length);
        assertThat(attachment.get("sha256").asString()).isEqualTo(sha256(signedPdf));
        JsonNode signature = attachment.get("signatures").get(0);
        assertThat(signature.get("integrity").asString()).isEqualTo("VALID");
        assertThat(signature.get("signerName").asString()).isEqualTo("HĐND Xã Lạc Phượng (khóa thử nghiệm)");

        EdxmlMessage read = packages.read(response.body().getBytes(StandardCharsets.UTF_8));
        assertThat(read.header().code().numberSymbol()).isEqualTo(numberSymbol);
        assertThat(read.attachments().getFirst().content()).isEqualTo(signedPdf);
        assertThat(read.trace())
                .singleElement()
                .extracting(EdxmlMessage.TraceHeader::organId)
                .isEqualTo(LAC_PHUONG);
    }

    @Test
    void signsThePackageItselfWithTheCouncilsKey() {
        assertThat(exported).contains("<ds:Signature").contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
        assertThat(exported.indexOf("Signature"))
                .isBetween(exported.indexOf("</edXML:edXMLHeader>"), exported.indexOf("<edXML:edXMLBody"));

        var validated = validate(exported);

        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        JsonNode signature = validated.json().get("packageSignature");
        assertThat(signature.get("present").asBoolean()).isTrue();
        assertThat(signature.get("integrity").asString()).isEqualTo("VALID");
        assertThat(signature.get("signerName").asString()).isEqualTo("HĐND Xã Lạc Phượng (khóa thử nghiệm)");
        assertThat(signature.get("certificateChain").asString()).isEqualTo("UNKNOWN");
    }

    @Test
    void aPackageChangedAfterSigningFailsItsSignature() {
        String changed = exported.replace(
                "Kế hoạch trao đổi văn bản điện tử theo edXML", "Kế hoạch trao đổi văn bản điện tử đã bị sửa");
        assertThat(changed).isNotEqualTo(exported);

        var validated = validate(changed);

        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        assertThat(validated.json().get("packageSignature").get("integrity").asString())
                .isEqualTo("INVALID");
    }

    @Test
    void exportsOnlyIssuedDocuments() {
        String draft = draft("Kế hoạch chưa ban hành");

        var response = export(draft, "?to=" + NHI_CHIEU);

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("detail").asString())
                .isEqualTo("Chỉ xuất được gói edXML của văn bản đã ban hành; văn bản này đang ở trạng thái «"
                        + DocumentStatus.DRAFT.vietnameseLabel() + "».");
    }

    @Test
    void needsAtLeastOneWellFormedRecipient() {
        var none = export(issuedId, "");
        var bad = export(issuedId, "?to=H30&to=" + NHI_CHIEU + "&to=" + NHI_CHIEU);

        assertThat(messages(none))
                .containsExactly(
                        "to: Hãy chỉ định ít nhất một cơ quan nhận bằng mã định danh (tham số to=000.00.00.H30).");
        assertThat(messages(bad))
                .containsExactly(
                        "to: Mã định danh cơ quan «H30» không đúng dạng: 13 ký tự như 000.00.00.H30.",
                        "to: Cơ quan nhận «" + NHI_CHIEU + "» xuất hiện nhiều lần.");
    }

    @Test
    void refusesToExportForACouncilWithoutAnOrganId() {
        String slug = client.get("/api/v1/councils?size=200")
                .json()
                .get("items")
                .valueStream()
                .map(c -> c.get("slug").asString())
                .filter(s -> !s.equals(SLUG) && !s.equals("nhi-chieu"))
                .findFirst()
                .orElseThrow();
        var created = client.postMultipart(
                "/api/v1/councils/" + slug + "/documents",
                List.of(
                        Part.json("metadata", """
                                {"typeCode":"TB","issuerSymbol":"HĐND","subject":"Thông báo không OrganId",
                                 "signerName":"Người ký","signerPosition":"Chủ tịch HĐND"}"""),
                        Part.file("file", "tb.pdf", "application/pdf", TestPdfs.plan("Thông báo", 1))),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request(
                "POST",
                "/api/v1/councils/" + slug + "/documents/" + id + "/issue",
                null,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        var response = client.get(
                "/api/v1/councils/" + slug + "/documents/" + id + "/edxml?to=" + NHI_CHIEU,
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);

        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("detail").asString())
                .contains("chưa cấu hình mã định danh cơ quan (OrganId)")
                .contains("hdnd.edxml.organ-id.");
    }

    @Test
    void reportsAMissingOrganIdOfTheSender() {
        String xml = exported.replaceFirst("<edXML:OrganId>" + LAC_PHUONG + "</edXML:OrganId>", "");

        assertThat(messages(validate(xml)))
                .containsExactly("From.OrganId: Thiếu mã định danh cơ quan (OrganId) của bên gửi (From).");
    }

    @Test
    void reportsA501CharacterSubject() {
        String xml = exported.replaceFirst(
                "<edXML:Subject>[^<]*</edXML:Subject>", "<edXML:Subject>" + "ệ".repeat(501) + "</edXML:Subject>");

        assertThat(messages(validate(xml)))
                .containsExactly("Subject: Trích yếu (Subject) dài 501 ký tự, tối đa 500 ký tự.");
    }

    @Test
    void reportsADuplicateRecipient() {
        String to = "<edXML:To><edXML:OrganId>" + NHI_CHIEU + "</edXML:OrganId>";
        String xml = exported.replace(
                to,
                to.replace("<edXML:To>", "<edXML:To><edXML:OrganName>x</edXML:OrganName>" + "</edXML:To><edXML:To>"));
        xml = xml.replace(
                "<edXML:To><edXML:OrganName>x</edXML:OrganName></edXML:To>",
                "<edXML:To><edXML:OrganId>" + NHI_CHIEU + "</edXML:OrganId></edXML:To>");

        assertThat(messages(validate(xml)))
                .containsExactly("To[2].OrganId: Cơ quan nhận «" + NHI_CHIEU + "» xuất hiện nhiều lần.");
    }

    @Test
    void reportsAnAttachmentThatIsNotBase64() {
        String xml = exported.replaceFirst("<edXML:Attachment>[^<]*<", "<edXML:Attachment>***<");

        assertThat(messages(validate(xml)))
                .containsExactly("Reference[1].Attachment: Nội dung tệp đính kèm không phải base64 hợp lệ.");
    }

    @Test
    void reportsMalformedXml() {
        assertThat(messages(validate(exported.substring(0, exported.length() / 2))))
                .singleElement()
                .asString()
                .startsWith("xml: Nội dung không phải XML hợp lệ (lỗi ở dòng ");
    }

    @Test
    void refusesAnExternalEntity() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE edXMLEnvelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&xxe;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope>
                """;

        var response = validate(xxe);

        assertThat(messages(response))
                .containsExactly("xml: Gói edXML không được chứa khai báo DOCTYPE hay thực thể (DTD); "
                        + "hệ thống từ chối để phòng tấn công XXE.");
        assertThat(response.body()).doesNotContain("root:");
    }

    @Test
    void writesAStatusMessageForADocument() {
        var response = client.get(
                BASE + "/documents/" + issuedId + "/edxml/status?code=13&description="
                        + java.net.URLEncoder.encode("Đề nghị thu hồi để sửa lỗi", StandardCharsets.UTF_8),
                clerk,
                PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);

        EdxmlStatus status = EdxmlStatusXml.read(response.body().getBytes(StandardCharsets.UTF_8));

        assertThat(status.statusCode()).isEqualTo(EdxmlStatusCode.RECALL_REQUESTED);
        assertThat(status.responseFor()).startsWith(LAC_PHUONG + ",").endsWith("," + numberSymbol);
        assertThat(status.from().organId()).isEqualTo(LAC_PHUONG);
        assertThat(status.description()).isEqualTo("Đề nghị thu hồi để sửa lỗi");
        assertThat(status.staff()).isNotNull();
        assertThat(java.util.Objects.requireNonNull(status.staff()).fullName()).isEqualTo("Văn thư edXML");
    }

    @Test
    void refusesAnUnknownStatusCode() {
        var response = client.get(BASE + "/documents/" + issuedId + "/edxml/status?code=07", clerk, PASSWORD);

        assertThat(messages(response))
                .singleElement()
                .asString()
                .startsWith("code: Mã trạng thái «07» không có; dùng một trong: 01 (Đã đến)");
    }

    private static List<String> messages(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString() + ": " + e.get("message").asString())
                .toList();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
