package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import vn.hdndso.files.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * Issue with the chair's remote signature through the real HTTP adapter against a local provider
 * (docs/signing.md): 202 and waiting, the signer confirms on the phone, "Kiểm tra lại" issues the
 * document signed by the person and then the council; a refusal leaves it approved with the reason
 * and its reserved number.
 */
@IntegrationTest
@ContextConfiguration(initializers = LocalRemoteSigningProvider.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteIssueIntegrationTest {

    static final String SLUG = "le-thanh-nghi";
    static final String PASSWORD = "Remote-Issue-Pass-2026";
    static final String BASE = "/api/v1/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    @Autowired
    SignatureValidation validation;

    private String clerk;
    private String chair;

    @BeforeAll
    void accounts() {
        clerk = TestClient.uniqueUsername("remote.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư ký từ xa", "CLERK");
        chair = TestClient.uniqueUsername("remote.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch ký từ xa", "COUNCIL_ADMIN");
    }

    @Test
    void theSignerConfirmsOnThePhoneAndTheDocumentIsIssuedWithTwoSignatures() {
        String id = draft(client, clerk, "Kế hoạch ký từ xa");

        var waiting =
                client.postJson(BASE + "/" + id + "/issue/remote", "{\"signerId\":\"0912345678\"}", chair, PASSWORD);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
        assertThat(waiting.json().get("state").asString()).isEqualTo("PENDING");
        assertThat(waiting.json().get("stateLabel").asString()).isEqualTo("Chờ ký số từ xa");
        assertThat(waiting.json().get("signerName").asString()).isEqualTo("Trần Thị Hoa");
        String number = waiting.json().get("numberSymbol").asString();
        assertThat(number).matches("\\d{2,}/KH-TTHĐND");
        assertThat(client.getBytes(BASE + "/" + id + "/signed.pdf", chair, PASSWORD)
                        .status())
                .isEqualTo(404);
        var plainIssue = client.request("POST", BASE + "/" + id + "/issue", null, chair, PASSWORD);
        assertThat(plainIssue.status()).isEqualTo(409);
        assertThat(plainIssue.body()).contains("đang chờ người ký xác nhận");

        var stillWaiting = client.request("POST", BASE + "/" + id + "/issue/remote/check", null, chair, PASSWORD);
        assertThat(stillWaiting.json().get("state").asString()).isEqualTo("PENDING");

        String transaction = LocalRemoteSigningProvider.lastTransaction();
        assertThat(LocalRemoteSigningProvider.title(transaction)).isEqualTo("Ký văn bản " + number);
        LocalRemoteSigningProvider.answer(transaction, "SIGNED");
        var done = client.request("POST", BASE + "/" + id + "/issue/remote/check", null, chair, PASSWORD);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("state").asString()).isEqualTo("SIGNED");
        var again = client.request("POST", BASE + "/" + id + "/issue/remote/check", null, chair, PASSWORD);
        assertThat(again.status()).isEqualTo(409);

        var document = client.get(BASE + "/" + id, chair, PASSWORD);
        assertThat(document.json().get("status").asString()).isEqualTo("ISSUED");
        assertThat(document.json().get("numberSymbol").asString()).isEqualTo(number);
        var signed = client.getBytes(BASE + "/" + id + "/signed.pdf", null, null);
        assertThat(signed.status()).isEqualTo(200);
        var report = validation.validate(signed.body());
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures().getFirst().signerName()).isEqualTo("Trần Thị Hoa");
        assertThat(report.signatures())
                .allSatisfy(s -> assertThat(s.integrity()).isEqualTo(SignatureFinding.Integrity.VALID));
        assertThat(report.signatures().get(1).coversWholeDocument()).isTrue();
        assertThat(PrintedText.of(signed.body())).contains("Số: " + number);
    }

    @Test
    void aRefusalLeavesTheDocumentApprovedWithTheReasonAndItsNumber() {
        String id = draft(client, clerk, "Thông báo ký từ xa bị từ chối");
        var waiting =
                client.postJson(BASE + "/" + id + "/issue/remote", "{\"signerId\":\"0912345678\"}", chair, PASSWORD);
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(202);
        String number = waiting.json().get("numberSymbol").asString();

        LocalRemoteSigningProvider.answer(LocalRemoteSigningProvider.lastTransaction(), "REFUSED");
        var refused = client.request("POST", BASE + "/" + id + "/issue/remote/check", null, chair, PASSWORD);

        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("reason").asString()).isEqualTo("Người ký từ chối: Người ký từ chối");
        var document = client.get(BASE + "/" + id, chair, PASSWORD);
        assertThat(document.json().get("status").asString()).isEqualTo("APPROVED");
        var state = client.get(BASE + "/" + id + "/issue/remote", clerk, PASSWORD);
        assertThat(state.json().get("reason").asString()).contains("từ chối");

        var retry =
                client.postJson(BASE + "/" + id + "/issue/remote", "{\"signerId\":\"0912345678\"}", chair, PASSWORD);
        assertThat(retry.status()).as(retry.body()).isEqualTo(202);
        assertThat(retry.json().get("numberSymbol").asString()).isEqualTo(number);
    }

    @Test
    void badInputAndProviderErrorsAreClearProblemsAndNothingIsReserved() {
        String id = draft(client, clerk, "Văn bản mã người ký sai");

        var missing = client.postJson(BASE + "/" + id + "/issue/remote", "{}", chair, PASSWORD);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("signerId").contains("Nhập mã người ký");
        var invalid = client.postJson(BASE + "/" + id + "/issue/remote", "{\"signerId\":\"a b/c\"}", chair, PASSWORD);
        assertThat(invalid.status()).isEqualTo(400);
        var unknown =
                client.postJson(BASE + "/" + id + "/issue/remote", "{\"signerId\":\"khong-co\"}", chair, PASSWORD);
        assertThat(unknown.status()).isEqualTo(409);
        assertThat(unknown.body()).contains("Không liên lạc được với dịch vụ ký số từ xa");

        assertThat(client.get(BASE + "/" + id + "/issue/remote", chair, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.get(BASE + "/" + id, chair, PASSWORD)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    static String draft(TestClient client, String clerk, String subject) {
        var created = client.postMultipart(
                BASE,
                List.of(
                        Part.json(
                                "metadata",
                                OutgoingDocumentsIntegrationTest.metadata(
                                        "KH", "TTHĐND", subject + " " + System.nanoTime())),
                        Part.file("file", "ke-hoach.pdf", "application/pdf", TestPdfs.textPdf("KẾ HOẠCH\n" + subject))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
