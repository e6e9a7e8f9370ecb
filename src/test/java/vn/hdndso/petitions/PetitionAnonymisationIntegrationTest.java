package vn.hdndso.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.Viewer;
import vn.hdndso.search.internal.SearchIndexFiles;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;

/**
 * Issue 15 §6: after a petition is anonymised, its sender's name and phone are nowhere: not in any text
 * or JSON column of any table (the event publication registry and the audit trail included), not in
 * the blob directory (the photo is gone), not in the search index (by the search API, and by reading
 * every term and stored field of every document of the index files, deleted ones included).
 */
@IntegrationTest
class PetitionAnonymisationIntegrationTest {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    Councils councils;

    @Autowired
    Petitions petitions;

    @Autowired
    PetitionIssues issues;

    @Autowired
    Search search;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    InstallationProperties installation;

    @Autowired
    ApplicationContext context;

    @Test
    void anAnonymisedSendersNameAndPhoneAreFoundInNoStore() {
        Council council = councils.requireBySlug("viet-khe");
        String marker = Long.toString(System.nanoTime(), 36);
        String syllable = "Quyn" + marker.substring(marker.length() - 5).replaceAll("[0-9]", "x");
        String name = "Khổng Thị " + Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
        String digits = "09" + String.format(Locale.ROOT, "%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String phone = digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
        String topic = "mương" + marker.replaceAll("[0-9]", "");
        byte[] photo = png();

        var receipt = Tenancy.call(
                TenantScope.publicOf(council.id()),
                () -> petitions.submit(
                        council.id(),
                        NewPetition.fromPublicForm(
                                "Tôi là " + name + ", điện thoại " + phone + ", đề nghị nạo vét " + topic
                                        + " ở thôn Trung vì nước ngập vào nhà. " + name + " xin cảm ơn.",
                                new NewPetition.Submitter(name, phone, "Thôn Trung, xã Việt Khê", "Thôn Trung"),
                                true,
                                NewPetition.Location.NONE,
                                new NewPetition.Photo("anh-" + name + ".png", photo),
                                "203.0.113.41",
                                null)));
        UUID petitionId = receipt.petitionId();
        UUID issue = receipt.issueId();
        Tenancy.run(TenantScope.staffOf(council.id()), () -> {
            issues.transfer(council.id(), issue, CompetentBodyKind.AGENCY, null, "Ban quản lý thủy lợi", null);
            issues.answer(
                    council.id(),
                    issue,
                    AnswerClass.RESOLVED,
                    "Đã liên hệ " + name + " qua số " + phone + "; " + topic + " đã được nạo vét.",
                    null);
        });
        Petition before =
                Tenancy.call(TenantScope.staffOf(council.id()), () -> petitions.require(council.id(), petitionId));
        UUID photoId = Objects.requireNonNull(before.photoFileId(), "the photo was stored");
        String sha256 = sha256OfPhoto(photoId);
        await().atMost(INDEXED)
                .until(() -> search.search(SearchRequest.of(VnText.fold(topic)), Viewer.cityAdministrator())
                                .total()
                        > 0);

        List<String> wanted = List.of(name, VnText.fold(name).toLowerCase(Locale.ROOT), phone, digits);
        // the stores hold them before: the test can fail
        assertThat(columnsContaining(wanted))
                .as("before: the petition, its answer and its queued message")
                .anyMatch(c -> c.startsWith("petition.submitter_name"))
                .anyMatch(c -> c.startsWith("petition_issue.answer_text"))
                .anyMatch(c -> c.startsWith("notification_message.address"));
        assertThat(blob(sha256)).exists();

        Tenancy.run(TenantScope.staffOf(council.id()), () -> petitions.anonymise(council.id(), petitionId));

        // the database: every text or JSON column of every table
        assertThat(columnsContaining(wanted))
                .as("columns still holding the name or phone")
                .isEmpty();
        // the blob directory: the photo's bytes are gone, and no blob holds the name or phone
        assertThat(blob(sha256)).doesNotExist();
        assertThat(blobsContaining(wanted)).isEmpty();
        // the search index: neither the API nor the index files find them (the old text is expunged)
        await().atMost(INDEXED)
                .untilAsserted(() -> assertThat(indexHolding(wanted)).isEmpty());
        for (String value : wanted) {
            // typed in quotes, the name or phone is found nowhere ...
            assertThat(search.search(SearchRequest.of("\"" + value + "\""), Viewer.cityAdministrator())
                            .total())
                    .as("search for \"%s\"", value)
                    .isZero();
            // ... and without quotes (the name's syllables fold to everyday words such as "không",
            // "thì", so other items match some of them) the petition is not among the results
            assertThat(hitsInCouncil(value, council.slug()))
                    .as("the petition among the results for %s", value)
                    .doesNotContain(issue.toString());
        }
        assertThat(search.search(SearchRequest.of(VnText.fold(topic)), Viewer.cityAdministrator())
                        .total())
                .as("the petition itself is still found by its subject")
                .isPositive();
        // the staff still see the petition, without its sender
        Petition after =
                Tenancy.call(TenantScope.staffOf(council.id()), () -> petitions.require(council.id(), petitionId));
        assertThat(after.anonymisedAt()).isNotNull();
        assertThat(after.photoFileId()).isNull();
        assertThat(after.content()).contains(topic).doesNotContain(name, phone);
    }

    /** The ids of every item of the council the search API finds for {@code q}, all pages. */
    private List<String> hitsInCouncil(String q, String slug) {
        List<String> ids = new ArrayList<>();
        for (int page = 1; page * SearchRequest.MAX_SIZE <= SearchRequest.MAX_RESULTS; page++) {
            var results = search.search(
                    new SearchRequest(q, slug, null, null, null, page, SearchRequest.MAX_SIZE),
                    Viewer.cityAdministrator());
            results.items().forEach(hit -> ids.add(hit.id()));
            if (results.items().size() < SearchRequest.MAX_SIZE) {
                break;
            }
        }
        return ids;
    }

    /**
     * "table.column" of every text, character or JSON column of every table the application may read
     * (from the catalogue) holding one of the values (case-insensitive).
     */
    private List<String> columnsContaining(List<String> values) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        return Tenancy.call(
                TenantScope.allCouncils("test: search every column for an anonymised voter"),
                () -> transactions.execute(s -> {
                    List<String[]> columns = jdbc.sql("""
                                    select c.relname, a.attname from pg_class c
                                    join pg_namespace n on n.oid = c.relnamespace
                                    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                    where n.nspname = 'public' and c.relkind in ('r', 'p')
                                      and a.atttypid in ('text'::regtype, 'varchar'::regtype, 'bpchar'::regtype,
                                                         'json'::regtype, 'jsonb'::regtype)
                                      and has_table_privilege(c.oid, 'SELECT')
                                    order by c.relname, a.attname""")
                            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                            .list();
                    assertThat(columns).hasSizeGreaterThan(50);
                    List<String> found = new ArrayList<>();
                    for (String[] column : columns) {
                        for (String value : values) {
                            Long hits = jdbc.sql("select count(*) from public.\"" + column[0]
                                            + "\" where strpos(lower(\"" + column[1] + "\"::text), lower(:value)) > 0")
                                    .param("value", value)
                                    .query(Long.class)
                                    .single();
                            if (hits > 0) {
                                found.add(column[0] + "." + column[1] + " holds " + value);
                            }
                        }
                    }
                    return found;
                }));
    }

    private String sha256OfPhoto(UUID photoId) {
        return Tenancy.call(
                TenantScope.allCouncils("test: the photo's content"),
                () -> transactions.execute(s -> JdbcClient.create(dataSource)
                        .sql("select sha256 from stored_file where id = :id")
                        .param("id", photoId)
                        .query(String.class)
                        .single()));
    }

    private Path blob(String sha256) {
        return installation
                .dataDir()
                .resolve("blobs")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private List<Path> blobsContaining(List<String> values) {
        Path root = installation.dataDir().resolve("blobs");
        List<byte[]> needles =
                values.stream().map(v -> v.getBytes(StandardCharsets.UTF_8)).toList();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            byte[] content = Files.readAllBytes(f);
                            return needles.stream().anyMatch(n -> indexOf(content, n) >= 0);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every indexed term and every stored field of every document in the index's last commit, deleted
     * documents included, that holds one of the values (or, for a name, its last syllable folded).
     */
    private List<String> indexHolding(List<String> values) throws IOException {
        // the directory the application's index was opened in (hdnd.search.index-dir): not
        // necessarily under the data directory
        Path dir = SearchIndexFiles.directory(context);
        List<String> needles = new ArrayList<>();
        for (String value : values) {
            needles.add(VnText.fold(value).toLowerCase(Locale.ROOT));
        }
        String lastSyllable = needles.getFirst().substring(needles.getFirst().lastIndexOf(' ') + 1);
        needles.add(lastSyllable);
        List<String> found = new ArrayList<>();
        try (var directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader segment = leaf.reader();
                for (FieldInfo field : segment.getFieldInfos()) {
                    Terms terms = segment.terms(field.name);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        String text = VnText.fold(term.utf8ToString()).toLowerCase(Locale.ROOT);
                        for (String needle : needles) {
                            if (text.contains(needle) || (needle.equals(lastSyllable) && text.equals(needle))) {
                                found.add("term " + field.name + ":" + text);
                            }
                        }
                    }
                }
                StoredFields stored = segment.storedFields();
                for (int doc = 0; doc < segment.maxDoc(); doc++) {
                    for (var f : stored.document(doc).getFields()) {
                        String text = f.stringValue();
                        if (text == null) {
                            continue;
                        }
                        String folded = VnText.fold(text).toLowerCase(Locale.ROOT);
                        for (String needle : needles) {
                            if (folded.contains(needle)) {
                                found.add("stored " + f.name() + " of document " + doc);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A small PNG of random pixels: content no other test stores. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random();
        for (int x = 0; x < 16; x++) {
            for (int y = 0; y < 16; y++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
