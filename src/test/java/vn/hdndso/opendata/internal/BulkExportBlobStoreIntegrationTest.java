package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.files.BlobStore;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The bulk export {@code tai-ve.zip} lives in the blob store, not in the database, and is
 * streamed from it; an export kept in the database by an earlier version is moved on start.
 */
@IntegrationTest
class BulkExportBlobStoreIntegrationTest {

    static final String SLUG = "kien-minh";
    static final String ZIP = "/" + SLUG + "/du-lieu-mo/tai-ve.zip";

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ExportsIntoBlobStore mover;

    @Test
    void theExportIsKeptInTheBlobStoreAndStreamedFromIt() throws Exception {
        CouncilId council = councils.requireBySlug(SLUG).id();
        var made = client.postJson(
                "/api/v1/councils/" + SLUG + "/open-data/export",
                Map.of(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        assertThat(made.status()).as(made.body()).isEqualTo(200);

        Row row = row(council);
        assertThat(row.content()).as("nothing of the ZIP in the database").isNull();
        assertThat(row.blob()).isNotNull();
        byte[] stored = blobs.read(Objects.requireNonNull(row.blob()));
        assertThat((long) stored.length).isEqualTo(row.size());

        var download = client.getBytes(ZIP, null, null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(stored);
        assertThat(download.headers().firstValue("Content-Length")).hasValue(Long.toString(row.size()));
        assertThat(entries(download.body())).contains("manifest.json", "documents.json", "delegates.csv");
    }

    @Test
    void anExportKeptInTheDatabaseByAnEarlierVersionIsMovedIntoTheBlobStore() throws Exception {
        CouncilId council = councils.requireBySlug(SLUG).id();
        client.postJson(
                "/api/v1/councils/" + SLUG + "/open-data/export",
                Map.of(),
                TestClient.ADMIN,
                TestClient.ADMIN_PASSWORD);
        byte[] zip = blobs.read(Objects.requireNonNull(row(council).blob()));
        // as V60 kept it: the ZIP in the row, no blob named
        write(council, "update open_data_export set content = :zip, blob_sha256 = null where council_id = :c", zip);

        assertThat(mover.moveAll()).isGreaterThanOrEqualTo(1);

        Row moved = row(council);
        assertThat(moved.content()).isNull();
        assertThat(blobs.read(Objects.requireNonNull(moved.blob()))).isEqualTo(zip);
        var download = client.getBytes(ZIP, null, null);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(zip);
        assertThat(mover.moveAll()).as("nothing left to move").isZero();
    }

    record Row(
            @org.jspecify.annotations.Nullable String blob,
            long size,
            byte @org.jspecify.annotations.Nullable [] content) {}

    private Row row(CouncilId council) {
        return Tenancy.call(
                TenantScope.allCouncils("test: the stored export"),
                () -> Objects.requireNonNull(tx.execute(
                        s -> jdbc.sql("select blob_sha256, size, content from open_data_export where council_id = :c")
                                .param("c", council.value())
                                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getBytes(3)))
                                .single())));
    }

    private void write(CouncilId council, String sql, byte[] zip) {
        Tenancy.run(
                TenantScope.allCouncils("test: an export of an earlier version"),
                () -> tx.executeWithoutResult(s -> jdbc.sql(sql)
                        .param("zip", zip)
                        .param("c", council.value())
                        .update()));
    }

    private static java.util.List<String> entries(byte[] zip) throws Exception {
        var names = new java.util.ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
