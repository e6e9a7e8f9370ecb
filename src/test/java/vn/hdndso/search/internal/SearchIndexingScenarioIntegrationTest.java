package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentIssued;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.petitions.PetitionId;
import vn.hdndso.petitions.PetitionIssueId;
import vn.hdndso.petitions.PetitionReceived;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.Viewer;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The main indexing flows as Spring Modulith scenarios (an issued document, a received petition):
 * another module's event, in its transaction, reaches the search source (an {@code @EventListener}),
 * which appends the change to the change log; the feed reads the item again in the event's council
 * and puts it into the index, where a search finds it.
 */
@IntegrationTest
@EnableScenarios
class SearchIndexingScenarioIntegrationTest {

    private static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    Councils councils;

    @Autowired
    OutgoingDocuments documents;

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    TestClient client;

    @Test
    void aDocumentEventMakesTheDocumentSearchableInItsCouncil(Scenario scenario) {
        Council council = councils.requireBySlug("lac-phuong");
        String word = "kịchbản" + System.nanoTime();
        String subject = "Dự thảo kế hoạch " + word + " về nạo vét kênh mương";
        OutgoingDocument draft = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> documents.createDraft(
                        council.id(),
                        new NewOutgoingDocument(
                                "KH", "TTHĐND", null, false, subject, "Bùi Văn Dũng", "Chủ tịch HĐND", "Lưu: VT"),
                        "du-thao.pdf",
                        TestPdfs.plan(subject, 1)));
        String key = "document:" + draft.id();
        await().atMost(INDEXED).until(() -> index.contains(key));
        index.remove(key);
        index.commit();
        assertThat(index.contains(key)).isFalse();

        // published in the council's staff scope, as the documents module does (the change log is
        // a tenant table)
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> scenario.publish(new DocumentIssued(
                                council.id(),
                                draft.id(),
                                "01/KH-TTHĐND",
                                "KH",
                                subject,
                                "Bùi Văn Dũng",
                                LocalDate.now(),
                                Instant.now()))
                        .customize(wait -> wait.atMost(INDEXED))
                        .andWaitForStateChange(() -> index.contains(key))
                        .andVerify(indexed -> assertThat(indexed).isTrue()));

        var clerk = Viewer.member(council.id(), java.util.Set.of("CLERK"));
        assertThat(search.search(SearchRequest.of(word), clerk).items())
                .anySatisfy(hit -> assertThat(hit.id()).isEqualTo(draft.id().toString()));
    }

    @Test
    void aReceivedPetitionBecomesSearchableForTheCouncilsStaffOnly(Scenario scenario) {
        Council council = councils.requireBySlug("lac-phuong");
        String word = "muongthoat" + System.nanoTime();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("content", "Đề nghị nạo vét " + word + " ở xóm Bắc trước mùa mưa để nước không tràn vào nhà dân.");
        body.put("consent", true);
        body.put("channel", "WEB");
        var created = client.postJson("/api/v1/councils/lac-phuong/petitions", body);
        assertThat(created.status()).isEqualTo(201);
        String code = created.json().get("trackingCode").asString();
        var mine = client.get("/api/v1/councils/lac-phuong/petitions?size=100", "lacphuong.vanthu", "hdnd-demo-2026")
                .json()
                .get("items")
                .valueStream()
                .filter(p -> p.get("trackingCode").asString().equals(code))
                .findFirst()
                .orElseThrow();
        var petition = new PetitionId(java.util.UUID.fromString(mine.get("id").asString()));
        var issue = new PetitionIssueId(
                java.util.UUID.fromString(mine.get("issueId").asString()));
        String key = "petition:" + issue.value();
        await().atMost(INDEXED).until(() -> index.contains(key));
        index.remove(key);
        index.commit();
        assertThat(index.contains(key)).isFalse();

        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> scenario.publish(new PetitionReceived(council.id(), petition, issue))
                        .customize(wait -> wait.atMost(INDEXED))
                        .andWaitForStateChange(() -> index.contains(key))
                        .andVerify(indexed -> assertThat(indexed).isTrue()));

        var clerk = Viewer.member(council.id(), java.util.Set.of("CLERK"));
        assertThat(search.search(SearchRequest.of(word), clerk).items())
                .anySatisfy(hit -> assertThat(hit.id()).isEqualTo(issue.value().toString()));
        assertThat(search.search(SearchRequest.of(word), Viewer.anonymous()).items())
                .as("petitions are the staff's")
                .isEmpty();
    }
}
