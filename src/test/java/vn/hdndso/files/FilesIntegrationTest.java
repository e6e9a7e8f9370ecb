package vn.hdndso.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/** Storing a council's files against the real database (row-level security) and blob store. */
@IntegrationTest
class FilesIntegrationTest {

    @Autowired
    Files files;

    @Autowired
    BlobStore blobs;

    @Autowired
    Councils councils;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void storesARealResolutionWithItsTextInNfcAndKeepsParagraphs() throws IOException {
        CouncilId council = council("lac-phuong");
        byte[] pdf = TestPdfs.textPdf(TestPdfs.resolution("03-2017-nq-hdnd.md"));

        StoredFile file =
                asStaff(council, () -> files.store(council, "dir/Nghị quyết 03.pdf", new ByteArrayInputStream(pdf)));

        assertThat(file.type()).isEqualTo(FileType.PDF);
        assertThat(file.originalName()).isEqualTo("Nghị quyết 03.pdf");
        assertThat(file.pageCount()).isPositive();
        assertThat(file.textStatus()).isEqualTo(TextStatus.EXTRACTED);
        assertThat(file.text()).contains("HỘI ĐỒNG NHÂN DÂN").contains("\n");
        assertThat(Normalizer.isNormalized(file.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(file.text()).doesNotContain("  ");
        assertThat(blobs.read(file.sha256())).isEqualTo(pdf);

        StoredFile found = asStaff(council, () -> files.find(council, file.id()).orElseThrow());
        assertThat(found).isEqualTo(file);
        try (InputStream in = asStaff(council, () -> files.open(council, file.id()))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void flagsAScanWithoutATextLayer() {
        CouncilId council = council("lac-phuong");

        StoredFile file = asStaff(
                council, () -> files.store(council, "ban-quet.pdf", new ByteArrayInputStream(TestPdfs.scannedPdf(2))));

        assertThat(file.textStatus()).isEqualTo(TextStatus.NO_TEXT);
        assertThat(file.isScan()).isTrue();
        assertThat(file.text()).isNull();
        assertThat(file.pageCount()).isEqualTo(2);
    }

    @Test
    void recognisesTypesByContentNotByName() {
        CouncilId council = council("lac-phuong");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        StoredFile file = asStaff(council, () -> files.store(council, "anh.pdf", new ByteArrayInputStream(png)));

        assertThat(file.type()).isEqualTo(FileType.PNG);
        assertThat(file.textStatus()).isEqualTo(TextStatus.NOT_APPLICABLE);
    }

    @Test
    void refusesBadUploadsAndStoresNothing() {
        CouncilId council = council("nhi-chieu");
        long before = countRows(council);

        assertRefused(council, "%PDF-1.7 hỏng".getBytes(), Set.of(FileType.PDF), "files.error.pdfCorrupt");
        assertRefused(council, TestPdfs.passwordPdf(), Set.of(FileType.PDF), "files.error.pdfPassword");
        assertRefused(council, TestPdfs.ownerEncryptedPdf(), Set.of(FileType.PDF), "files.error.pdfEncrypted");
        assertRefused(council, "văn bản".getBytes(), Set.of(FileType.PDF), "files.error.unknownType");
        assertRefused(council, new byte[0], Set.of(FileType.PDF), "files.error.empty");
        assertRefused(
                council,
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0},
                Set.of(FileType.PDF),
                "files.error.typeNotAccepted");

        assertThat(countRows(council)).isEqualTo(before);
    }

    @Test
    void keepsACouncilsFilesFromOtherCouncilsAndFromThePublic() {
        CouncilId owner = council("lac-phuong");
        CouncilId other = council("nhi-chieu");
        StoredFile file = asStaff(
                owner,
                () -> files.store(
                        owner,
                        "noi-bo.pdf",
                        new ByteArrayInputStream(TestPdfs.textPdf("Tài liệu nội bộ của xã Lạc Phượng"))));

        assertThat(asStaff(other, () -> files.find(owner, file.id()))).isEmpty();
        assertThat(Tenancy.call(new TenantScope.PublicCouncil(owner), () -> files.find(owner, file.id())))
                .isEmpty();
        assertThat(asStaff(owner, () -> files.find(owner, file.id()))).isPresent();
    }

    private void assertRefused(CouncilId council, byte[] content, Set<FileType> accepted, String key) {
        assertThatThrownBy(() ->
                        asStaff(council, () -> files.store(council, "x", new ByteArrayInputStream(content), accepted)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("file");
                    assertThat(e.problems().getFirst().messageKey()).isEqualTo(key);
                });
    }

    private long countRows(CouncilId council) {
        return Tenancy.call(
                new TenantScope.AllCouncils("test: count stored files"),
                () -> transactions.execute(s -> jdbc.sql("select count(*) from stored_file where council_id = :c")
                        .param("c", council.value())
                        .query(Long.class)
                        .single()));
    }

    private CouncilId council(String slug) {
        return councils.requireBySlug(slug).id();
    }

    private static <T> T asStaff(CouncilId council, java.util.function.Supplier<T> work) {
        return Tenancy.call(new TenantScope.StaffCouncil(council), work);
    }
}
