package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentDrafted;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentIssued;
import vn.hdndso.documents.DocumentRecalled;
import vn.hdndso.documents.DocumentReceived;
import vn.hdndso.documents.IncomingDocumentId;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.TestPdfs;
import vn.hdndso.search.RebuildProgress;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.SearchResults;
import vn.hdndso.search.Viewer;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The search end to end: the demo plans, visibility per viewer, bad input, the index fed by the
 * change log (and catching up from its stored position after a crash), the rebuild.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTest {

    static final String DEMO_PASSWORD = "hdnd-demo-2026";
    static final Duration INDEXED = Duration.ofSeconds(30);

    @Autowired
    TestClient client;

    @Autowired
    OutgoingDocuments documents;

    @Autowired
    Councils councils;

    @Autowired
    SearchIndex index;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    SearchFeed feed;

    @Autowired
    EventSerializer serializer;

    @Autowired
    JdbcClient jdbc;

    private Council lacPhuong;
    private String draftId;
    /** A word no other item has: letters only (words with digits get no spelling suggestions). */
    private final String secretWord =
            "bimatdocquyen" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");

    @BeforeAll
    void aDraftOnlyTheStaffOfLacPhuongMayFind() {
        lacPhuong = councils.requireBySlug("lac-phuong");
        OutgoingDocument draft = draft(lacPhuong.id(), "Dự thảo kế hoạch " + secretWord + " về chợ dân sinh");
        draftId = draft.id().toString();
        awaitIndexed("document:" + draftId);
    }

    @Test
    void findsTheDemoPlansOfBothCouncilsFirstForAQueryWithoutDiacritics() {
        var response = client.get("/api/v1/search?q=ke%20hoach%20chuyen%20doi%20so");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        // other tests' councils hold plans and reports "về chuyển đổi số" too: what matters is
        // that each demo council's plan is its first hit, near the top
        List<JsonNode> items = response.json().get("items").valueStream().toList();
        List<JsonNode> demo = items.stream()
                .filter(i -> List.of("lac-phuong", "nhi-chieu")
                        .contains(i.get("council").asString()))
                .toList();
        assertThat(items.subList(0, Math.min(5, items.size())))
                .extracting(i -> i.get("council").asString())
                .contains("lac-phuong", "nhi-chieu");
        JsonNode lacPhuongFirst = demo.stream()
                .filter(i -> i.get("council").asString().equals("lac-phuong"))
                .findFirst()
                .orElseThrow();
        JsonNode nhiChieuFirst = demo.stream()
                .filter(i -> i.get("council").asString().equals("nhi-chieu"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(lacPhuongFirst, nhiChieuFirst)).allSatisfy(i -> {
            assertThat(i.get("type").asString()).isEqualTo("document");
            assertThat(i.get("title").asString()).startsWith("Kế hoạch ").contains("chuyển đổi số");
            assertThat(i.get("url").asString()).matches("/(lac-phuong|nhi-chieu)/van-ban/[0-9a-f-]{36}");
            assertThat(i.get("snippet").asString()).contains("<mark>");
        });
        assertThat(response.json().get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(response.json().get("tookMs").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void findsTheOcrDamagedPlanOfLacPhuongWithOcrDamagedWords() {
        var response =
                client.get("/api/v1/search?q=Nghi%20quy%C3%A9t%20HDND%20x%C3%A3%20L%E1%BA%A1c%20Ph%C6%B0%E1%BB%A3ng");

        assertThat(response.status()).isEqualTo(200);
        JsonNode first = response.json().get("items").get(0);
        assertThat(first.get("council").asString()).isEqualTo("lac-phuong");
        assertThat(first.get("title").asString()).startsWith("Kế hoạch 02/KH-TTHĐND");

        var ocrOnly = search("Nghi quyét HDND", Viewer.anonymous());
        assertThat(ocrOnly.items()).extracting(SearchResults.Hit::council).contains("lac-phuong");
    }

    @Test
    void thePublicNeverFindsAStaffOnlyDraft() {
        assertThat(client.get("/api/v1/search?q=" + secretWord)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(search(secretWord, Viewer.anonymous()).total()).isZero();
        var page = client.get("/tim-kiem?q=" + secretWord);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Không tìm thấy kết quả nào.").doesNotContain(draftId);
        var councilPage = client.get("/lac-phuong/tim-kiem?q=" + secretWord);
        assertThat(councilPage.body()).doesNotContain(draftId);
    }

    @Test
    void theCouncilsClerkFindsItsDraftAndNobodyElseDoes() {
        var clerk = client.get("/api/v1/search?q=" + secretWord, "lacphuong.vanthu", DEMO_PASSWORD);
        assertThat(clerk.status()).isEqualTo(200);
        assertThat(clerk.json().get("items").valueStream().map(i -> i.get("id").asString()))
                .containsExactly(draftId);
        JsonNode hit = clerk.json().get("items").get(0);
        assertThat(hit.get("isPublic").asBoolean()).isFalse();
        assertThat(hit.get("url").asString()).isEqualTo("/app/councils/lac-phuong/documents/" + draftId);

        var otherClerk = client.get("/api/v1/search?q=" + secretWord, "nhichieu.vanthu", DEMO_PASSWORD);
        assertThat(otherClerk.json().get("total").asLong()).isZero();
        var otherChair = client.get("/api/v1/search?q=" + secretWord, "nhichieu.chutich", DEMO_PASSWORD);
        assertThat(otherChair.json().get("total").asLong()).isZero();
        var delegate = client.get("/api/v1/search?q=" + secretWord, "lacphuong.daibieu", DEMO_PASSWORD);
        assertThat(delegate.json().get("total").asLong()).isZero();
        var cityAdmin = client.get("/api/v1/search?q=" + secretWord, TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        assertThat(cityAdmin.json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aDidYouMeanNeverRevealsAWordOnlyAPrivateItemHas() {
        String typo = secretWord.substring(0, secretWord.length() - 1) + "x";
        assertThat(search(typo, Viewer.anonymous()).didYouMean()).isNull();
        assertThat(search(typo, Viewer.member(lacPhuong.id(), java.util.Set.of("CLERK")))
                        .didYouMean())
                .isEqualTo(secretWord);
    }

    @Test
    void suggestsTheSpellingTheIndexKnows() {
        var results = search("chuyeb doi so", Viewer.anonymous());
        assertThat(results.didYouMean()).isEqualTo("chuyen doi so");
    }

    @Test
    void filtersByCouncilTypeAndYearAndCountsFacets() {
        var all = search("ke hoach", Viewer.anonymous());
        assertThat(all.facets().council())
                .extracting(SearchResults.Count::value)
                .contains("lac-phuong", "nhi-chieu");
        assertThat(all.facets().year()).extracting(SearchResults.Count::value).contains("2025");
        assertThat(all.facets().type()).extracting(SearchResults.Count::value).contains("document");

        var one = client.get("/api/v1/search?q=ke+hoach&council=nhi-chieu&type=document&year=2025");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("council").asString()))
                .isNotEmpty()
                .allMatch("nhi-chieu"::equals);
        var none = client.get("/api/v1/search?q=ke+hoach&council=nhi-chieu&year=2017");
        assertThat(none.json().get("total").asLong()).isZero();
    }

    @Test
    void aQuotedPhraseMustAppearAsSuch() {
        var phrase = search("\"chuyen doi so\"", Viewer.anonymous());
        assertThat(phrase.total()).isGreaterThanOrEqualTo(2);
        var reversed = search("\"so doi chuyen\"", Viewer.anonymous());
        assertThat(reversed.total()).isZero();
    }

    @Test
    void badInputGetsASensibleAnswerOrAClearVietnamese400NeverA500() {
        for (String q : List.of(
                "",
                "%20",
                "!!!%20...%20%3F",
                "title:*",
                "%22unbalanced",
                "~",
                "%5C",
                "a%22b%22c",
                "*:*",
                "%2B-%26%26%7C%7C",
                "AND%20OR%20NOT",
                "(((",
                "%5B1%20TO%205%5D")) {
            var api = client.get("/api/v1/search?q=" + q);
            assertThat(api.status()).as(q).isEqualTo(200);
            var page = client.get("/tim-kiem?q=" + q);
            assertThat(page.status()).as(q).isEqualTo(200);
        }
        String tenThousand = "a".repeat(10_000);
        var tooLong = client.get("/api/v1/search?q=" + tenThousand);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("tối đa 500 ký tự");
        assertThat(client.get("/tim-kiem?q=" + tenThousand).status()).isEqualTo(400);

        var unknownFilter = client.get("/api/v1/search?q=x&topic=budget");
        assertThat(unknownFilter.status()).isEqualTo(400);
        assertThat(unknownFilter.body()).contains("Tham số «topic» không có");
        var unknownType = client.get("/api/v1/search?q=x&type=phim");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body()).contains("Loại «phim» không có");
        assertThat(client.get("/api/v1/search?q=x&council=khong-co").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/search?q=x&year=abc").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/search?q=x&year=3").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/search?q=x&size=1000").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/search?q=x&page=0").status()).isEqualTo(400);
        assertThat(client.get("/api/v1/search?q=x&page=500").status()).isEqualTo(400);
        assertThat(client.get("/tim-kiem?q=x&year=abc").status()).isEqualTo(400);
        assertThat(client.get("/tim-kiem?q=x&type=phim").body()).contains("Loại «phim» không có");
    }

    @Test
    void anEmptyQueryListsTheNewestPublicItems() {
        var response = client.get("/api/v1/search?council=lac-phuong");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(response.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("isPublic").asBoolean()))
                .containsOnly(true);
    }

    @Test
    void theSearchPagesShowResultsWithHighlightsAndFilterChips() {
        var city = client.get("/tim-kiem?q=ke+hoach+chuyen+doi+so");
        assertThat(city.status()).isEqualTo(200);
        assertThat(city.body())
                .contains("<mark>")
                .contains("Xã Lạc Phượng")
                .contains("Phường Nhị Chiểu")
                .contains("href=\"/tim-kiem?q=ke%20hoach%20chuyen%20doi%20so&amp;council=nhi-chieu\"");
        var council = client.get("/nhi-chieu/tim-kiem?q=ke+hoach");
        assertThat(council.status()).isEqualTo(200);
        assertThat(council.body()).contains("Tìm kiếm trong Phường Nhị Chiểu").doesNotContain("/lac-phuong/van-ban/");
        assertThat(client.get("/khong-co-hoi-dong/tim-kiem?q=x").status()).isEqualTo(404);
    }

    @Test
    void documentEventsRoundTripThroughTheRegistrysJsonSerialiser() {
        var council = new CouncilId(UUID.randomUUID());
        var id = new DocumentId(UUID.randomUUID());
        List<Object> events = List.of(
                new DocumentDrafted(council, id, "KH", "Dự thảo kế hoạch", Instant.parse("2026-01-02T03:04:05Z")),
                new DocumentIssued(
                        council,
                        id,
                        "02/KH-TTHĐND",
                        "KH",
                        "Kế hoạch chuyển đổi số",
                        "Bùi Văn Dũng",
                        LocalDate.of(2025, 9, 20),
                        Instant.parse("2025-09-20T01:00:00Z")),
                new DocumentRecalled(
                        council, id, "02/KH-TTHĐND", "Sai sót", List.of("UBND xã", "Lưu: VT"), Instant.now()),
                new DocumentReceived(
                        council,
                        new IncomingDocumentId(UUID.randomUUID()),
                        2026,
                        7,
                        LocalDate.of(2026, 1, 5),
                        "UBND thành phố Hải Phòng",
                        "12/UBND-VP",
                        "Về việc chuyển đổi số"));
        for (Object event : events) {
            Object json = serializer.serialize(event);
            assertThat(serializer.deserialize(json, event.getClass())).isEqualTo(event);
        }
    }

    @Test
    void aChangeTheIndexLostIsAppliedAgainFromTheLogPositionItWasCommittedBefore() {
        long before = index.position();
        OutgoingDocument draft = draft(lacPhuong.id(), "Dự thảo phương án thoát nước mưa khu dân cư số 7");
        String key = "document:" + draft.id();
        awaitIndexed(key);
        // what a crash after the change committed and before the index commit leaves behind: the
        // item is not in the index, whose last commit is at a position before the change
        index.remove(key);
        index.commit();
        assertThat(index.contains(key)).isFalse();
        index.rewindTo(before);

        feed.catchUp();

        assertThat(index.contains(key)).isTrue();
    }

    @Test
    void aFeedStoppedAndStartedAgainFollowsTheLog() {
        // what the test framework does to a cached context it pauses, and an operator's stop/start
        feed.stop();
        assertThat(feed.isRunning()).isFalse();
        feed.start();
        assertThat(feed.isRunning()).isTrue();

        OutgoingDocument draft = draft(lacPhuong.id(), "Dự thảo kế hoạch chiếu sáng công cộng sau khi tạm dừng");

        awaitIndexed("document:" + draft.id()); // by the feed's own thread: nothing here calls catchUp
    }

    @Test
    void aRebuildFromTheDatabaseRestoresWhatTheIndexLost() {
        String key = "document:" + draftId;
        index.remove(key);
        index.commit();
        assertThat(index.contains(key)).isFalse();

        long written = rebuild.runNow();

        assertThat(written).isGreaterThanOrEqualTo(3);
        assertThat(index.contains(key)).isTrue();
        assertThat(rebuild.progress().state()).isEqualTo(RebuildProgress.State.DONE);
        assertThat(rebuild.progress().percent()).isEqualTo(100);
    }

    private SearchResults search(String q, Viewer viewer) {
        return searchBean.search(SearchRequest.of(q), viewer);
    }

    @Autowired
    Search searchBean;

    private OutgoingDocument draft(CouncilId council, String subject) {
        var metadata = new NewOutgoingDocument(
                "KH", "TTHĐND", null, false, subject, "Bùi Văn Dũng", "Chủ tịch HĐND", "Lưu: VT");
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> documents.createDraft(council, metadata, "du-thao.pdf", TestPdfs.plan(subject, 1)));
    }

    private void awaitIndexed(String key) {
        await().atMost(INDEXED).until(() -> index.contains(key));
    }
}
