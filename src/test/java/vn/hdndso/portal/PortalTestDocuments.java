package vn.hdndso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.support.TestClient;

/** Issued documents for the portal's tests, made through the public API as the city administrator. */
public final class PortalTestDocuments {

    /** A council no other test issues documents in. */
    public static final String SLUG = "tien-lang";

    private PortalTestDocuments() {}

    /** Drafts and issues a resolution with this subject; returns its id. */
    public static String issue(TestClient client, String slug, String subject) {
        var created = client.postMultipart(
                "/api/v1/councils/" + slug + "/documents",
                List.of(
                        TestClient.Part.json("metadata", """
                                {"typeCode":"NQ","issuerSymbol":"HĐND","subject":"%s",
                                 "signerName":"Nguyễn Văn Thử","signerPosition":"Chủ tịch HĐND"}""".formatted(subject)),
                        TestClient.Part.file("file", "nghi-quyet.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
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
        return id;
    }

    /** A draft that stays private to the council's staff; returns its id. */
    public static String draft(TestClient client, String slug, String subject) {
        var created = client.postMultipart(
                "/api/v1/councils/" + slug + "/documents",
                List.of(
                        TestClient.Part.json("metadata", """
                                {"typeCode":"TB","issuerSymbol":"HĐND","subject":"%s",
                                 "signerName":"Nguyễn Văn Thử","signerPosition":"Chủ tịch HĐND"}""".formatted(subject)),
                        TestClient.Part.file("file", "thong-bao.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
