package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.shared.Sha256;

/**
 * The bulk export's files are written straight into the ZIP: each file's writer is handed the
 * ZIP entry's stream (not a buffer it fills first), may close it as a JSON generator does, and the
 * manifest written last lists the size and SHA-256 counted on the way.
 */
class ExportZipUnitTest {

    @TempDir
    Path dir;

    @Test
    void eachFileIsWrittenIntoTheZipStreamAndTheManifestListsWhatWasCounted() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        new Random(17).nextBytes(chunk); // does not compress: the ZIP grows as it is written
        List<Class<?>> streamsGiven = new ArrayList<>();
        long[] zipSizeWhileWriting = {-1};
        Path file = dir.resolve("export.zip");
        List<BulkExportFiles.Entry> entries = List.of(
                new BulkExportFiles.Entry("datasets/big.csv", "text/csv", out -> {
                    streamsGiven.add(out.getClass());
                    for (int i = 0; i < 50; i++) {
                        out.write(chunk);
                    }
                    out.flush();
                    // the ZIP on disk grows while the file is written: nothing waits in a buffer
                    zipSizeWhileWriting[0] = Files.size(file);
                }),
                new BulkExportFiles.Entry("datasets/big.json", "application/json", out -> {
                    streamsGiven.add(out.getClass());
                    out.write("{\"rows\":[]}".getBytes(StandardCharsets.UTF_8));
                    out.close(); // a JSON generator closes its target
                }),
                new BulkExportFiles.Entry(
                        "documents.csv",
                        "text/csv",
                        BulkExportFiles.Content.of("a,b\r\n".getBytes(StandardCharsets.UTF_8))));

        ExportZip.Written written = ExportZip.write(file, entries, Instant.parse("2026-12-07T00:00:00Z"), listed -> {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("files", listed);
            return manifest;
        });

        assertThat(streamsGiven).isNotEmpty().noneMatch(ByteArrayOutputStream.class::isAssignableFrom);
        assertThat(zipSizeWhileWriting[0]).isGreaterThan(40L * chunk.length);
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (var in = new ZipInputStream(Files.newInputStream(file))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                read.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(read.keySet())
                .containsExactly("datasets/big.csv", "datasets/big.json", "documents.csv", "manifest.json");
        assertThat(read.get("datasets/big.csv")).hasSize(chunk.length * 50);
        var manifest = JsonMapper.builder().build().readTree(read.get("manifest.json"));
        for (var listed : manifest.get("files")) {
            byte[] content = read.get(listed.get("path").asString());
            assertThat(listed.get("size").asLong()).isEqualTo(content.length);
            assertThat(listed.get("sha256").asString()).isEqualTo(Sha256.hex(content));
        }
        assertThat(written.files()).hasSize(3);
        assertThat(written.fingerprint())
                .isEqualTo(Sha256.hex("datasets/big.csv " + Sha256.hex(read.get("datasets/big.csv")) + "\n"
                        + "datasets/big.json " + Sha256.hex(read.get("datasets/big.json")) + "\n"
                        + "documents.csv " + Sha256.hex(read.get("documents.csv")) + "\n"));
    }
}
