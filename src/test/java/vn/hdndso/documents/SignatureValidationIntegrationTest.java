package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.documents.signatures.TestPki;
import vn.hdndso.files.TestPdfs;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/** The public signature check, through HTTP as anyone would use it. */
@IntegrationTest
class SignatureValidationIntegrationTest {

    private static final String API = "/api/v1/signatures/validate";

    @Autowired
    TestClient client;

    @Test
    void reportsEachSignatureOfASignedPdfWithoutLogin() {
        var ca = TestPki.ca("CA thử nghiệm API");
        byte[] signed = TestPki.sign(
                TestPdfs.textPdf(TestPdfs.resolution("02-2017-nq-hdnd.md")), TestPki.signer("Nguyễn Văn Ký", ca));

        var response = client.postFile(API, "file", "nghi-quyet.pdf", signed, "application/pdf");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var signature = response.json().get("signatures").get(0);
        assertThat(signature.get("signerName").asString()).isEqualTo("Nguyễn Văn Ký");
        assertThat(signature.get("signedAt").asString()).isNotBlank();
        assertThat(signature.get("integrity").asString()).isEqualTo("VALID");
        assertThat(signature.get("certificateChain").asString()).isEqualTo("UNTRUSTED");
        assertThat(signature.get("status").asString()).isEqualTo("INDETERMINATE");
        assertThat(signature.get("coversWholeDocument").asBoolean()).isTrue();
        assertThat(signature.get("reasons").get(0).asString()).contains("không thuộc danh sách");
        assertThat(response.json().get("fileName").asString()).isEqualTo("nghi-quyet.pdf");
        assertThat(response.json().get("sha256").asString()).hasSize(64);
    }

    @Test
    void saysSoWhenAPdfCarriesNoSignature() {
        var response = client.postFile(API, "file", "chua-ky.pdf", TestPdfs.textPdf("Chưa ký"), "application/pdf");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("signatures").size()).isZero();
        assertThat(response.json().get("message").asString()).isEqualTo("Tệp PDF này không có chữ ký số nào.");
    }

    @Test
    void refusesAFileThatIsNotAPdfWhateverItsName() {
        var response = client.postFile(API, "file", "gia.pdf", "không phải PDF".getBytes(), "application/pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Không nhận dạng được loại tệp theo nội dung");
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        var response = client.postFile(API, "file", "mat-khau.pdf", TestPdfs.passwordPdf(), "application/pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("được bảo vệ bằng mật khẩu");
    }

    @Test
    void refusesAnEncryptedPdf() {
        var response = client.postFile(API, "file", "ma-hoa.pdf", TestPdfs.ownerEncryptedPdf(), "application/pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("bị mã hóa");
    }

    @Test
    void refusesADamagedPdf() {
        byte[] damaged = "%PDF-1.7\nrác không phải PDF".getBytes();

        var response = client.postFile(API, "file", "hong.pdf", damaged, "application/pdf");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("bị hỏng");
    }

    @Test
    void showsTheCheckPageWithAnAccessibleUploadForm() {
        var page = client.get("/kiem-tra-chu-ky");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Kiểm tra chữ ký số");
        assertThat(page.body()).contains("<label for=\"file\"");
        assertThat(page.body()).contains("enctype=\"multipart/form-data\"");
        assertThat(page.body()).contains("name=\"_csrf\"");
    }
}
