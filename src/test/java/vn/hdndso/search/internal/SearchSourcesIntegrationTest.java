package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetId;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.DatasetPublished;
import vn.hdndso.opendata.DatasetTheme;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.AnswerPublished;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.IssueAnswered;
import vn.hdndso.petitions.IssueOverdue;
import vn.hdndso.petitions.IssueTransferred;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.PetitionClassified;
import vn.hdndso.petitions.PetitionId;
import vn.hdndso.petitions.PetitionIssueChanged;
import vn.hdndso.petitions.PetitionIssueId;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionReceived;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.search.RebuildProgress;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.SearchResults;
import vn.hdndso.search.Viewer;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Majority;
import vn.hdndso.sessions.NewSession;
import vn.hdndso.sessions.RecordingPublished;
import vn.hdndso.sessions.SessionClosed;
import vn.hdndso.sessions.SessionConvened;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionKind;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.VoteClosed;
import vn.hdndso.sessions.VoteMode;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The sources beyond documents, end to end through the modules' APIs, their events, the
 * publication registry and the index: sessions and agenda items, petitions and published answers,
 * open data datasets; who finds what; the rebuild.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchSourcesIntegrationTest {

    static final String PASSWORD = "hdnd-demo-2026";
    static final Duration INDEXED = Duration.ofSeconds(30);
    static final Path DATA = Path.of("testdata/opendata");

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    Sessions sessions;

    @Autowired
    Petitions petitions;

    @Autowired
    PetitionIssues issues;

    @Autowired
    Datasets datasets;

    @Autowired
    DatasetImports imports;

    @Autowired
    Search search;

    @Autowired
    SearchIndex index;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    EventSerializer serializer;

    private Council lacPhuong;
    private Council nhiChieu;

    @BeforeAll
    void councils() {
        lacPhuong = councils.requireBySlug("lac-phuong");
        nhiChieu = councils.requireBySlug("nhi-chieu");
    }

    /** A word no other item has, letters only, with diacritics (so the folded query differs). */
    private static String marker() {
        var letters = new StringBuilder("phường");
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    private <T> T asStaff(CouncilId council, java.util.function.Supplier<T> work) {
        return Tenancy.call(TenantScope.staffOf(council), work::get);
    }

    private SearchResults find(String q, Viewer viewer) {
        return search.search(SearchRequest.of(q), viewer);
    }

    private List<String> keys(SearchResults results) {
        return results.items().stream().map(i -> i.type() + ":" + i.id()).toList();
    }

    private void awaitIndexed(String key) {
        await().atMost(INDEXED).until(() -> index.contains(key));
    }

    @Test
    void aConvenedSessionAndItsAgendaArePublicAPlannedOneOnlyForTheCouncilsStaff() {
        String word = marker();
        String title = "Kỳ họp chuyên đề về thoát nước khu dân cư " + word;
        String itemWord = marker();
        Instant startsAt = Instant.now().plus(10, ChronoUnit.DAYS);
        CouncilSession session = asStaff(
                lacPhuong.id(),
                () -> sessions.plan(
                        lacPhuong.id(),
                        new NewSession(title, startsAt, SessionKind.THEMATIC, "Hội trường UBND phường", null, null)));
        AgendaItem item = asStaff(
                lacPhuong.id(),
                () -> sessions.addItem(
                        lacPhuong.id(),
                        session.id(),
                        "Tờ trình về cải tạo mương tiêu úng " + itemWord,
                        false,
                        null,
                        null));
        String sessionKey = "session:" + session.id();
        String itemKey = "agenda:" + item.id();
        awaitIndexed(itemKey);

        // planned: the public does not find it, nor the other council's staff, nor a delegate
        String query = folded("ky hop chuyen de thoat nuoc " + word);
        // (the query's other words match other councils' public items: any word may match, so
        // what counts is that neither the session nor its item is among the hits)
        assertThat(keys(find(query, Viewer.anonymous()))).doesNotContain(sessionKey, itemKey);
        assertThat(client.get("/api/v1/search?q=" + word).json().get("total").asLong())
                .isZero();
        assertThat(keys(find(query, Viewer.member(nhiChieu.id(), Set.of("CLERK", "COUNCIL_ADMIN")))))
                .doesNotContain(sessionKey, itemKey);
        assertThat(keys(find(query, Viewer.member(lacPhuong.id(), Set.of("DELEGATE")))))
                .doesNotContain(sessionKey, itemKey);
        var clerk = client.get("/api/v1/search?q=" + folded(word) + "&type=session", "lacphuong.vanthu", PASSWORD);
        assertThat(clerk.status()).isEqualTo(200);
        JsonNode hit = clerk.json().get("items").get(0);
        assertThat(hit.get("id").asString()).isEqualTo(session.id().toString());
        assertThat(hit.get("isPublic").asBoolean()).isFalse();
        assertThat(hit.get("url").asString()).isEqualTo("/app/councils/lac-phuong/sessions/" + session.id());

        // convened: public, at the public session page, found by a query without diacritics
        asStaff(lacPhuong.id(), () -> sessions.convene(lacPhuong.id(), session.id()));
        await().atMost(INDEXED)
                .until(() -> keys(find(query, Viewer.anonymous())).contains(sessionKey));
        var open = client.get("/api/v1/search?q=" + query.replace(' ', '+'));
        // its agenda item carries the session's title too, so either may come first
        List<JsonNode> openItems = open.json().get("items").valueStream().toList();
        assertThat(openItems.subList(0, Math.min(2, openItems.size())))
                .extracting(i -> i.get("type").asString())
                .contains("session");
        JsonNode first = openItems.stream()
                .filter(i -> i.get("type").asString().equals("session"))
                .findFirst()
                .orElseThrow();
        assertThat(first.get("id").asString()).isEqualTo(session.id().toString());
        assertThat(first.get("title").asString()).isEqualTo(title);
        assertThat(first.get("url").asString()).isEqualTo("/lac-phuong/ky-hop/" + session.id());
        assertThat(first.get("isPublic").asBoolean()).isTrue();
        assertThat(first.get("field").asString()).isEqualTo("Kỳ họp chuyên đề");
        assertThat(first.get("date").asString())
                .startsWith(String.valueOf(
                        startsAt.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear()));

        // the agenda items follow their session into the public search right after it
        String itemQuery = "cai tao muong tieu ung " + folded(itemWord);
        // (the session's text holds the item's title too, so the two share the top)
        await().atMost(INDEXED).untilAsserted(() -> {
            List<String> top = keys(find(itemQuery, Viewer.anonymous()));
            assertThat(top).hasSizeGreaterThanOrEqualTo(2);
            assertThat(top.subList(0, 2)).containsExactlyInAnyOrder(itemKey, sessionKey);
        });
        var agenda = find(itemQuery, Viewer.anonymous()).items().stream()
                .filter(h -> h.type().equals("agenda"))
                .findFirst()
                .orElseThrow();
        assertThat(agenda.url()).isEqualTo("/lac-phuong/ky-hop/" + session.id() + "#muc-1");
        var page = client.get("/lac-phuong/ky-hop/" + session.id());
        assertThat(page.body()).contains("id=\"muc-1\"");
        // the session's text holds its agenda too
        assertThat(find(folded(itemWord), Viewer.anonymous()).items())
                .extracting(SearchResults.Hit::type)
                .contains("session", "agenda");
        assertThat(client.get("/api/v1/search?q=" + folded(word) + "&type=agenda&council=lac-phuong")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);

        // an item added after the convening is found without a rebuild
        AgendaItem later = asStaff(
                lacPhuong.id(),
                () -> sessions.addItem(
                        lacPhuong.id(), session.id(), "Báo cáo kết quả giám sát " + word, false, null, null));
        awaitIndexed("agenda:" + later.id());
        assertThat(index.contains(sessionKey)).isTrue();
        assertThat(keys(find("bao cao ket qua giam sat " + folded(word), Viewer.anonymous())))
                .contains("agenda:" + later.id());

        // another planned session stays hidden from the public
        String hiddenWord = marker();
        CouncilSession hidden = asStaff(
                lacPhuong.id(),
                () -> sessions.plan(
                        lacPhuong.id(),
                        new NewSession(
                                "Phiên họp Thường trực " + hiddenWord,
                                startsAt,
                                SessionKind.STANDING_COMMITTEE,
                                null,
                                null,
                                null)));
        awaitIndexed("session:" + hidden.id());
        assertThat(find(folded(hiddenWord), Viewer.anonymous()).total()).isZero();
        assertThat(keys(find(folded(hiddenWord), Viewer.member(lacPhuong.id(), Set.of("CLERK")))))
                .containsExactly("session:" + hidden.id());
    }

    @Test
    void aPetitionIsOnlyForItsCouncilsStaffNeverWithTheVotersNameOrPhoneAndItsPublishedAnswerIsPublic() {
        String word = marker();
        String surname = "Quách" + marker().substring(6);
        String name = "Nguyễn Văn " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
        String phone = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        String content = "Tôi là " + name + ", số điện thoại " + phone
                + ". Đề nghị bố trí người hướng dẫn giao thông trước cổng trường tiểu học " + word
                + " vào giờ tan học buổi chiều.";
        var receipt = petitions.submit(
                lacPhuong.id(), NewPetition.fromVoter(PetitionChannel.WEB, content, name, phone, true, null));
        String issueId = receipt.issueId().toString();
        String petitionKey = "petition:" + issueId;
        awaitIndexed(petitionKey);

        String query = folded("huong dan giao thong cong truong tieu hoc " + word);
        var staff = find(query, Viewer.member(lacPhuong.id(), Set.of("CLERK")));
        assertThat(keys(staff)).first().isEqualTo(petitionKey);
        SearchResults.Hit hit = staff.items().get(0);
        assertThat(hit.isPublic()).isFalse();
        assertThat(hit.url()).isEqualTo("/app/councils/lac-phuong/petitions/issues/" + issueId);
        assertThat(hit.field()).isNotBlank();
        assertThat(hit.snippet()).doesNotContain(phone).doesNotContain(surname);
        // an officer finds it only once it is transferred to their unit (UnitBoundSearchIntegrationTest)
        assertThat(keys(find(query, Viewer.member(lacPhuong.id(), Set.of("EXECUTIVE_OFFICER"), UUID.randomUUID()))))
                .doesNotContain(petitionKey);

        // the public, a delegate, another council's staff: nothing, not even a count
        assertThat(keys(find(query, Viewer.anonymous()))).doesNotContain(petitionKey);
        assertThat(keys(find(query, Viewer.member(lacPhuong.id(), Set.of("DELEGATE")))))
                .doesNotContain(petitionKey);
        assertThat(keys(find(query, Viewer.member(nhiChieu.id(), Set.of("CLERK", "COUNCIL_ADMIN")))))
                .doesNotContain(petitionKey);
        assertThat(find(folded(word), Viewer.anonymous()).total()).isZero();
        assertThat(find(folded(word), Viewer.member(nhiChieu.id(), Set.of("CLERK", "COUNCIL_ADMIN")))
                        .total())
                .isZero();
        assertThat(client.get("/api/v1/search?q=" + folded(word))
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(client.get("/api/v1/search?q=" + folded(word), "nhichieu.vanthu", PASSWORD)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(client.get("/lac-phuong/tim-kiem?q=" + folded(word)).body()).doesNotContain(issueId);
        var ownClerk = client.get("/api/v1/search?q=" + folded(word), "lacphuong.vanthu", PASSWORD);
        assertThat(ownClerk.json()
                        .get("items")
                        .valueStream()
                        .map(i -> i.get("id").asString()))
                .contains(issueId);

        // the voter's name and phone are not in the index at all: not even the city administrator finds them
        assertThat(find(surname, Viewer.cityAdministrator()).total()).isZero();
        assertThat(find(folded(surname), Viewer.cityAdministrator()).total()).isZero();
        assertThat(find(phone, Viewer.cityAdministrator()).total()).isZero();
        assertThat(find(folded(word), Viewer.cityAdministrator()).total()).isEqualTo(1);

        // answered and published: the de-identified answer is public, at the public answer page
        UUID issue = receipt.issueId();
        asStaff(
                lacPhuong.id(),
                () -> issues.transfer(
                        lacPhuong.id(), issue, CompetentBodyKind.AGENCY, null, "Công an xã " + word, null));
        asStaff(
                lacPhuong.id(),
                () -> issues.answer(
                        lacPhuong.id(),
                        issue,
                        AnswerClass.RESOLVED,
                        "Công an xã đã phân công tổ tuần tra đứng chốt giờ tan học tại trường " + word + ".",
                        null));
        assertThat(find(folded(word), Viewer.anonymous()).total()).isZero();
        asStaff(lacPhuong.id(), () -> issues.publish(lacPhuong.id(), issue));
        String answerKey = "answer:" + issueId;
        awaitIndexed(answerKey);
        var answer = find("cong an xa phan cong to tuan tra " + folded(word), Viewer.anonymous());
        assertThat(keys(answer)).first().isEqualTo(answerKey);
        assertThat(keys(find(folded(word), Viewer.anonymous()))).containsExactly(answerKey);
        assertThat(answer.items().get(0).url()).isEqualTo("/lac-phuong/kien-nghi/tra-loi/" + issueId);
        assertThat(answer.items().get(0).isPublic()).isTrue();
        assertThat(client.get(answer.items().get(0).url()).status()).isEqualTo(200);
        assertThat(find(folded(surname), Viewer.cityAdministrator()).total()).isZero();
        var byField = client.get("/api/v1/search?q=" + folded(word) + "&type=answer&field="
                + java.net.URLEncoder.encode(hit.field(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byField.json().get("total").asLong()).isEqualTo(1);
        assertThat(byField.json().get("facets").get("field").get(0).get("value").asString())
                .isEqualTo(hit.field());
    }

    @Test
    void anIssueMergedIntoAnotherLeavesTheIndex() {
        String word = marker();
        var one = petitions.submit(
                lacPhuong.id(),
                NewPetition.fromVoter(
                        PetitionChannel.WEB,
                        "Đề nghị xây dựng sân chơi cho thiếu nhi ở khu tái định cư " + word + ".",
                        null,
                        null,
                        true,
                        null));
        String other = marker();
        var two = petitions.submit(
                lacPhuong.id(),
                NewPetition.fromVoter(
                        PetitionChannel.WEB,
                        "Đề nghị mở lớp dạy bơi miễn phí cho học sinh " + other + " trong dịp hè.",
                        null,
                        null,
                        true,
                        null));
        assertThat(two.issueId()).isNotEqualTo(one.issueId());
        awaitIndexed("petition:" + one.issueId());
        awaitIndexed("petition:" + two.issueId());

        asStaff(lacPhuong.id(), () -> issues.merge(lacPhuong.id(), one.issueId(), two.issueId()));

        await().atMost(INDEXED).until(() -> !index.contains("petition:" + two.issueId()));
        var clerk = Viewer.member(lacPhuong.id(), Set.of("CLERK"));
        // the merged petition's text is found in the issue it joined
        await().atMost(INDEXED)
                .untilAsserted(() ->
                        assertThat(keys(find(folded(other), clerk))).containsExactly("petition:" + one.issueId()));
    }

    @Test
    void aPublishedDatasetIsFoundByItsTitleAndTheme() throws Exception {
        String word = marker();
        String title = "Danh mục dự án đầu tư công cấp xã " + word;
        Dataset dataset = asStaff(
                lacPhuong.id(),
                () -> datasets.create(
                        lacPhuong.id(),
                        new DatasetDescription(
                                title,
                                "Các dự án đầu tư công năm 2023 của xã",
                                "UBND xã",
                                "2023",
                                null,
                                "INVESTMENT",
                                null)));
        byte[] csv = Files.readAllBytes(DATA.resolve("investment-projects-2023-commune.csv"));
        asStaff(
                lacPhuong.id(),
                () -> imports.importNow(
                        lacPhuong.id(), dataset.id(), "du-an.csv", csv, ImportSettings.detected(), true));
        String key = "dataset:" + dataset.id();
        // not published yet: not indexed
        assertThat(find(folded(word), Viewer.cityAdministrator()).total()).isZero();

        asStaff(lacPhuong.id(), () -> datasets.publish(lacPhuong.id(), dataset.id()));
        awaitIndexed(key);
        var found = find(folded("danh muc du an dau tu cong " + word), Viewer.anonymous());
        assertThat(keys(found)).first().isEqualTo(key);
        SearchResults.Hit item = found.items().get(0);
        assertThat(item.url()).isEqualTo("/lac-phuong/du-lieu-mo/" + dataset.id());
        assertThat(item.field()).isEqualTo("Dự án đầu tư");
        assertThat(item.isPublic()).isTrue();
        assertThat(client.get(item.url()).status()).isEqualTo(200);
        var typed = client.get("/api/v1/search?q=" + folded(word) + "&type=dataset");
        assertThat(typed.json().get("total").asLong()).isEqualTo(1);
        var chips = client.get("/tim-kiem?q=" + folded(word));
        assertThat(chips.body()).contains("Dữ liệu mở");
    }

    @Test
    void aRebuildRecreatesEverySourcesItems() {
        String word = marker();
        CouncilSession session = asStaff(
                nhiChieu.id(),
                () -> sessions.plan(
                        nhiChieu.id(),
                        new NewSession(
                                "Kỳ họp thường lệ " + word,
                                Instant.now().plus(3, ChronoUnit.DAYS),
                                SessionKind.REGULAR,
                                null,
                                null,
                                null)));
        AgendaItem item = asStaff(
                nhiChieu.id(),
                () -> sessions.addItem(nhiChieu.id(), session.id(), "Tờ trình " + word, false, null, null));
        asStaff(nhiChieu.id(), () -> sessions.convene(nhiChieu.id(), session.id()));
        var receipt = petitions.submit(
                nhiChieu.id(),
                NewPetition.fromVoter(
                        PetitionChannel.WEB,
                        "Đề nghị sửa cầu tạm bắc qua sông " + word + " đã xuống cấp.",
                        null,
                        null,
                        true,
                        null));
        List<String> keys = List.of("session:" + session.id(), "agenda:" + item.id(), "petition:" + receipt.issueId());
        keys.forEach(this::awaitIndexed);
        List<String> demoKeys = find("", Viewer.cityAdministrator()).items().stream()
                .map(i -> i.type() + ":" + i.id())
                .toList();
        keys.forEach(index::remove);
        index.commit();
        assertThat(keys).noneMatch(index::contains);

        long written = rebuild.runNow();

        assertThat(keys).allMatch(index::contains);
        assertThat(demoKeys).allMatch(index::contains);
        assertThat(written).isGreaterThanOrEqualTo(keys.size());
        assertThat(rebuild.progress().state()).isEqualTo(RebuildProgress.State.DONE);
        assertThat(keys(find(folded(word), Viewer.anonymous())))
                .containsExactlyInAnyOrder("session:" + session.id(), "agenda:" + item.id());
        var facets = find("", Viewer.cityAdministrator()).facets().type();
        assertThat(facets).extracting(SearchResults.Count::value).contains("session", "agenda", "petition");

        // the administrator's page counts the items of every source
        var admin = new vn.hdndso.support.WebSession(client);
        admin.signIn(TestClient.ADMIN, TestClient.ADMIN_PASSWORD);
        var page = admin.get("/app/search");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Theo loại")
                .contains("Văn bản đi: ")
                .contains("Kỳ họp: ")
                .contains("Nội dung kỳ họp: ")
                .contains("Kiến nghị: ")
                .contains("Trả lời kiến nghị: ")
                .contains("Dữ liệu mở: ");
    }

    @Test
    void theNewEventsRoundTripThroughTheRegistrysJsonSerialiser() {
        var council = new CouncilId(UUID.randomUUID());
        var session = new SessionId(UUID.randomUUID());
        UUID issue = UUID.randomUUID();
        List<Object> events = List.of(
                new SessionUpdated(council, new SessionId(UUID.randomUUID()), "itemAdded", true),
                new PetitionIssueChanged(council, UUID.randomUUID(), "mergedAway", false),
                new SessionConvened(
                        council,
                        session,
                        "Kỳ họp thứ nhất",
                        SessionKind.REGULAR,
                        Instant.parse("2026-07-01T01:00:00Z"),
                        "Hội trường",
                        9,
                        true),
                new VoteClosed(
                        council,
                        session,
                        new AgendaItemId(UUID.randomUUID()),
                        "Kỳ họp thứ nhất",
                        "Tờ trình dự toán",
                        Majority.MORE_THAN_HALF_OF_ALL,
                        VoteMode.ELECTRONIC,
                        7,
                        1,
                        1,
                        9,
                        true,
                        Instant.parse("2026-07-01T03:00:00Z"),
                        true),
                new SessionClosed(
                        council,
                        session,
                        "Kỳ họp thứ nhất",
                        SessionKind.REGULAR,
                        Instant.parse("2026-07-01T01:00:00Z"),
                        Instant.parse("2026-07-01T09:00:00Z"),
                        3,
                        2,
                        8,
                        9,
                        true),
                new RecordingPublished(
                        council,
                        session,
                        "Kỳ họp thứ nhất",
                        null,
                        0,
                        "https://video.example/1",
                        Instant.parse("2026-07-02T00:00:00Z"),
                        true),
                new PetitionReceived(council, new PetitionId(issue), new PetitionIssueId(issue)),
                new PetitionClassified(council, issue, issue, "GT", CompetentLevel.COMMUNE, true, false),
                new IssueTransferred(
                        council,
                        issue,
                        "Sửa đường",
                        "GT",
                        CompetentBodyKind.AGENCY,
                        "Công an xã",
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(2026, 7, 31),
                        false),
                new IssueAnswered(
                        council,
                        issue,
                        "Sửa đường",
                        "GT",
                        AnswerClass.RESOLVED,
                        LocalDate.of(2026, 7, 20),
                        true,
                        2,
                        false),
                new IssueOverdue(council, issue, "Sửa đường", "GT", "Công an xã", LocalDate.of(2026, 7, 31)),
                new AnswerPublished(
                        council,
                        issue,
                        "Sửa đường",
                        "GT",
                        AnswerClass.RESOLVED,
                        "Đã sửa",
                        Instant.parse("2026-07-21T00:00:00Z"),
                        true,
                        true),
                new DatasetPublished(
                        council,
                        new DatasetId(UUID.randomUUID()),
                        1,
                        "Ngân sách 2026",
                        "Dự toán",
                        DatasetTheme.BUDGET,
                        "/lac-phuong/du-lieu-mo/x",
                        12,
                        Instant.parse("2026-07-21T00:00:00Z")));
        for (Object event : events) {
            Object json = serializer.serialize(event);
            assertThat(serializer.deserialize(json, event.getClass())).isEqualTo(event);
        }
    }
}
