package vn.hdndso.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hdndso.support.ExtraInstance.freePort;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.files.BlobStore;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.ExtraInstance;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Backs up the running test installation (a petition with a photo made here, the demo's issued
 * documents with their signed PDFs), restores it with the real command line into an empty data
 * directory, starts the application on it and finds the data, the files and an intact audit chain.
 */
@IntegrationTest
class BackupRestoreIntegrationTest {

    static final String SLUG = "kien-hung";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    InstallationBackups backups;

    @Autowired
    Petitions petitions;

    @Autowired
    Councils councils;

    @Autowired
    BlobStore blobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    TestClient client;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aBackupRestoredIntoAnEmptyDataDirectoryServesTheSameDataFilesAndAuditChain() throws Exception {
        Council council = councils.requireBySlug(SLUG);
        byte[] photo = png();
        var receipt = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> petitions.submit(
                        council.id(),
                        NewPetition.fromPublicForm(
                                "Đề nghị sửa cống thoát nước ở thôn Đông " + UUID.randomUUID()
                                        + ", mưa to là ngập vào nhà dân.",
                                new NewPetition.Submitter("Cử tri Kiến Hưng", "0912 345 678", "Thôn Đông", "Thôn Đông"),
                                true,
                                NewPetition.Location.NONE,
                                new NewPetition.Photo("cong.png", photo),
                                "203.0.113.77",
                                null)));
        String photoSha = sha256OfPhotoOf(receipt.petitionId());
        SignedDocument signed = anIssuedDocument();
        byte[] signedPdf = client.getBytes(signed.path(), null, null).body();
        assertThat(signedPdf).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        JsonNode chainBefore = client.get(
                        "/api/v1/councils/" + SLUG + "/audit/verification", TestClient.ADMIN, TestClient.ADMIN_PASSWORD)
                .json();
        assertThat(chainBefore.get("intact").asBoolean()).isTrue();

        Path work = Files.createTempDirectory(Path.of("target"), "backup-restore-");
        Path backup = work.resolve("backup");
        List<String> progress = new ArrayList<>();
        BackupSummary made = backups.backup(backup, progress::add);

        assertThat(made.tables()).isGreaterThan(50);
        assertThat(made.blobs()).isGreaterThanOrEqualTo(2);
        assertThat(progress).anyMatch(line -> line.contains("petition"));
        assertThat(backup.resolve("blobs").resolve(photoSha.substring(0, 2)).resolve(photoSha))
                .hasBinaryContent(photo);
        assertThat(backup.resolve("SHA256SUMS")).exists();
        assertThat(Files.readString(backup.resolve("backup.json"))).contains("\"petition\"", "flyway_schema_history");

        // the command line checks it; a changed byte is found
        Path data = work.resolve("restored-data");
        assertThat(command(work, "--verify-backup", backup.toString()).exitCode())
                .isZero();

        Ran restored = command(work, "--restore", backup.toString(), "--hdnd.data-dir=" + data);
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).contains("Đã khôi phục", "petition");
        assertThat(data.resolve("blobs")
                        .resolve(photoSha.substring(0, 2))
                        .resolve(photoSha.substring(2, 4))
                        .resolve(photoSha))
                .hasBinaryContent(photo);

        Ran again = command(work, "--restore", backup.toString(), "--hdnd.data-dir=" + data);
        assertThat(again.exitCode()).as(again.output()).isEqualTo(2);
        assertThat(again.output()).contains("đã có dữ liệu", "--force");

        int port = freePort();
        Process instance = start(port, data, work.resolve("instance.log"));
        try {
            awaitHealthy(port, instance, work.resolve("instance.log"));
            var tracking = get(port, "/" + SLUG + "/kien-nghi/tra-cuu/" + receipt.trackingCode(), false);
            assertThat(tracking.statusCode()).isEqualTo(200);
            assertThat(new String(tracking.body(), StandardCharsets.UTF_8)).contains(receipt.trackingCode());
            var pdf = get(port, signed.path(), false);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).isEqualTo(signedPdf);
            var chain = get(port, "/api/v1/councils/" + SLUG + "/audit/verification", true);
            JsonNode after = JSON.readTree(chain.body());
            assertThat(after.get("intact").asBoolean()).as(after.toString()).isTrue();
            assertThat(after.get("entriesChecked").asLong())
                    .isGreaterThanOrEqualTo(chainBefore.get("entriesChecked").asLong());
        } finally {
            instance.destroy();
            instance.waitFor();
        }

        byte[] changed = Files.readAllBytes(backup.resolve("database").resolve("petition.copy"));
        changed[changed.length / 2] ^= 1;
        Files.write(backup.resolve("database").resolve("petition.copy"), changed);
        Ran damaged = command(work, "--verify-backup", backup.toString());
        assertThat(damaged.exitCode()).isEqualTo(2);
        assertThat(damaged.output()).contains("database/petition.copy", "bị hỏng");
    }

    record SignedDocument(String path) {}

    private SignedDocument anIssuedDocument() {
        return Tenancy.call(
                TenantScope.allCouncils("test: an issued document to back up"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select '/' || c.slug || '/van-ban/' || d.id || '/signed.pdf' from outgoing_document d
                                join council c on c.id = d.council_id
                                where d.status = 'ISSUED' order by d.issued_at limit 1""")
                        .query((rs, n) -> new SignedDocument(rs.getString(1)))
                        .single())));
    }

    private String sha256OfPhotoOf(UUID petitionId) {
        return Tenancy.call(
                TenantScope.allCouncils("test: the photo's content"),
                () -> Objects.requireNonNull(tx.execute(s -> jdbc.sql("""
                                select f.sha256 from petition p join stored_file f on f.id = p.photo_file_id
                                where p.id = :id""")
                        .param("id", petitionId)
                        .query(String.class)
                        .single())));
    }

    record Ran(int exitCode, String output) {}

    /** The application's own command line in a new JVM, as an operator runs it. */
    private Ran command(Path work, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.hdndso.HdndApplication"));
        command.addAll(List.of(args));
        command.add("--logging.file.name=");
        Path output = Files.createTempFile(work, "command", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish: " + Files.readString(output));
        }
        return new Ran(process.exitValue(), Files.readString(output));
    }

    private Process start(int port, Path data, Path log) throws Exception {
        List<String> command = ExtraInstance.applicationCommand(port, data);
        command.add("--logging.file.name=");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private HttpResponse<byte[]> get(int port, String path, boolean asAdmin) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (asAdmin) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((TestClient.ADMIN + ":" + TestClient.ADMIN_PASSWORD)
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void awaitHealthy(int port, Process instance, Path log) throws Exception {
        ExtraInstance.awaitHealthy("the restored instance", port, instance, log, Duration.ofMinutes(4));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var random = new Random();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
    }
}
