package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.BulkExports;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/**
 * A restricted ("không công khai") issued document is on no public channel — public pages and the
 * PDF, search, OParl, Atom, the sitemap, the bulk export — while a public one issued beside it is on
 * every one; the council's staff still see the restricted one.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestrictedDocumentsIntegrationTest {

    static final String SLUG = "hai-duong";
    static final String PASSWORD = "Restricted-Pass-2026";
    static final String BASE = "/api/v1/councils/" + SLUG + "/documents";

    @Autowired
    TestClient client;

    @Autowired
    BulkExports exports;

    @Autowired
    Councils councils;

    String clerk;
    String chair;
    String publicId;
    String restrictedId;
    String word = "Kiemtra" + Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void twoIssuedDocuments() {
        clerk = TestClient.uniqueUsername("restricted.clerk");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư Hải Dương", "CLERK");
        chair = TestClient.uniqueUsername("restricted.chair");
        client.createUser(SLUG, chair, PASSWORD, "Chủ tịch Hải Dương", "COUNCIL_ADMIN");
        publicId = issued("Kế hoạch công khai " + word, "");
        restrictedId = issued("Kế hoạch nội bộ " + word, ",\"restricted\":true");
    }

    String issued(String subject, String extra) {
        String metadata = """
                {"typeCode":"KH","issuerSymbol":"TTHĐND","subject":"%s","signerName":"Phạm Văn Tư",
                 "signerPosition":"Chủ tịch HĐND"%s}""".formatted(subject, extra);
        var created = client.postMultipart(
                BASE,
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "kh.pdf", "application/pdf", TestPdfs.plan(subject, 1))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var issued = client.request("POST", BASE + "/" + id + "/issue", null, chair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return id;
    }

    @Test
    void theTypesDefaultIsTakenWhenTheClerkDoesNotSay() {
        String metadata = """
                {"typeCode":"TB","issuerSymbol":"TTHĐND","subject":"Thông báo nội bộ","signerName":"Phạm Văn Tư",
                 "signerPosition":"Chủ tịch HĐND"}""";
        var notice = client.postMultipart(
                BASE,
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "tb.pdf", "application/pdf", TestPdfs.plan("Thông báo", 1))),
                clerk,
                PASSWORD);
        assertThat(client.get(BASE + "/" + notice.json().get("id").asString(), clerk, PASSWORD)
                        .json()
                        .get("restricted")
                        .asBoolean())
                .isTrue();
        assertThat(client.get(BASE + "/" + restrictedId, clerk, PASSWORD)
                        .json()
                        .get("restricted")
                        .asBoolean())
                .isTrue();
        assertThat(client.get(BASE + "/" + publicId, clerk, PASSWORD)
                        .json()
                        .get("restricted")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void everyPublicChannelHasThePublicDocumentAndNotTheRestrictedOne() throws Exception {
        // public pages and the signed PDF
        assertThat(client.get("/" + SLUG + "/van-ban/" + publicId).status()).isEqualTo(200);
        assertThat(client.get("/" + SLUG + "/van-ban/" + restrictedId).status()).isEqualTo(404);
        assertThat(client.getBytes("/" + SLUG + "/van-ban/" + publicId + "/signed.pdf", null, null)
                        .status())
                .isEqualTo(200);
        assertThat(client.getBytes("/" + SLUG + "/van-ban/" + restrictedId + "/signed.pdf", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(client.getBytes(BASE + "/" + publicId + "/signed.pdf", null, null)
                        .status())
                .isEqualTo(200);
        assertThat(client.getBytes(BASE + "/" + restrictedId + "/signed.pdf", null, null)
                        .status())
                .isEqualTo(404);
        expectPublicOnly(client.get("/" + SLUG + "/van-ban").body(), "published list");
        expectPublicOnly(client.get("/" + SLUG).body(), "council home");
        assertThat(client.get("/").body()).doesNotContain(restrictedId);

        // feeds and open standards
        expectPublicOnly(client.get("/" + SLUG + "/feed.atom").body(), "Atom");
        assertThat(client.get("/feed.atom").body()).doesNotContain(restrictedId);
        expectPublicOnly(client.get("/sitemap.xml").body(), "sitemap");
        expectPublicOnly(client.get("/oparl/v1/bodies/" + SLUG + "/papers").body(), "OParl papers");
        expectPublicOnly(client.get("/oparl/v1/bodies/" + SLUG + "/files").body(), "OParl files");

        // search (indexed after commit)
        String found = "";
        for (int i = 0; i < 40 && !found.contains(publicId); i++) {
            found = client.get("/api/v1/search?q=" + word).body();
            if (!found.contains(publicId)) {
                Thread.sleep(250);
            }
        }
        expectPublicOnly(found, "search");
        var staffSearch =
                client.get("/api/v1/search?q=" + word, clerk, PASSWORD).body();
        assertThat(staffSearch).as("staff search").contains(restrictedId);

        // the bulk export (open data)
        exports.generate(councils.requireBySlug(SLUG).id());
        var zip = client.getBytes("/" + SLUG + "/du-lieu-mo/tai-ve.zip", null, null);
        assertThat(zip.status()).isEqualTo(200);
        expectPublicOnly(documentsJson(zip.body()), "bulk export");

        // the staff still see it
        assertThat(client.get(BASE + "/" + restrictedId, clerk, PASSWORD).status())
                .isEqualTo(200);
        assertThat(client.getBytes(BASE + "/" + restrictedId + "/signed.pdf", clerk, PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    void expectPublicOnly(String body, String channel) {
        assertThat(body).as(channel + " has the public document").contains(publicId);
        assertThat(body).as(channel + " has not the restricted document").doesNotContain(restrictedId);
    }

    static String documentsJson(byte[] zip) throws Exception {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().endsWith("documents.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no documents.json in the export");
    }
}
