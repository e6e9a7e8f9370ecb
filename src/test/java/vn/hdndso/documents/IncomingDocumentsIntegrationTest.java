package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;

/** Incoming documents through the JSON API: arrival numbers, duplicates, signatures, follow-up. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncomingDocumentsIntegrationTest {

    private static final String SLUG = "lac-phuong";
    private static final String PASSWORD = "Incoming-Pass-2026";
    private static final String BASE = "/api/v1/councils/" + SLUG + "/incoming";

    @Autowired
    TestClient client;

    @Autowired
    IncomingDocuments incoming;

    @Autowired
    Councils councils;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private String clerk;
    private String clerkId;
    private String otherChair;

    @BeforeAll
    void accounts() {
        clerk = TestClient.uniqueUsername("in.clerk");
        clerkId = client.createUser(SLUG, clerk, PASSWORD, "Văn thư Đến", "CLERK");
        otherChair = TestClient.uniqueUsername("in.other");
        client.createUser("nhi-chieu", otherChair, PASSWORD, "Chủ tịch phường khác", "COUNCIL_ADMIN");
    }

    static String metadata(String numberSymbol, String issuingBody, String subject, String extra) {
        return """
                {"issuingBody":"%s","numberSymbol":"%s","documentDate":"%s","typeCode":"BC",
                 "subject":"%s","urgency":"KHẨN"%s}""".formatted(issuingBody, numberSymbol, LocalDate.now(VnTime.ZONE), subject, extra);
    }

    TestClient.Response register(String metadata, String fileName, byte[] content) {
        return client.postMultipart(
                BASE,
                List.of(Part.json("metadata", metadata), Part.file("file", fileName, "application/pdf", content)),
                clerk,
                PASSWORD);
    }

    JsonNode registered(String subject) {
        String symbol = uniqueSymbol();
        var response =
                register(metadata(symbol, "UBND xã Lạc Phượng", subject, ""), "bao-cao.pdf", TestPdfs.plan(subject, 1));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static String uniqueSymbol() {
        return (100 + Math.abs(UUID.randomUUID().hashCode() % 800)) + "/BC-UBND-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void givesConsecutiveArrivalNumbersAndKeepsTheUnsignedPdf() {
        JsonNode first = registered("Báo cáo tình hình kinh tế – xã hội quý III");
        JsonNode second = registered("Báo cáo công tác tiếp công dân");
        assertThat(second.get("arrivalNumber").asInt())
                .isEqualTo(first.get("arrivalNumber").asInt() + 1);
        assertThat(first.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(first.get("signatures").get("count").asInt()).isZero();
        assertThat(first.get("signatures").get("status").asString()).isEqualTo("UNSIGNED");

        String id = first.get("id").asString();
        JsonNode detail = client.get(BASE + "/" + id, clerk, PASSWORD).json();
        assertThat(detail.get("document").get("subject").asString())
                .isEqualTo("Báo cáo tình hình kinh tế – xã hội quý III");
        assertThat(detail.get("document").get("urgency").asString()).isEqualTo("URGENT");
        assertThat(detail.get("history").get(0).get("action").asString()).isEqualTo("documents.incoming.registered");
        var pdf = client.getBytes(BASE + "/" + id + "/file.pdf", clerk, PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void validatesTheSignatureOfAPdfSignedByAnotherCouncil() {
        String docs = "/api/v1/councils/nhi-chieu/documents";
        var draft = client.postMultipart(
                docs,
                List.of(
                        Part.json("metadata", """
                                {"typeCode":"TB","issuerSymbol":"TTHĐND","subject":"Thông báo kết luận phiên họp",
                                 "signerName":"Nguyễn Văn Ký","signerPosition":"Chủ tịch HĐND"}"""),
                        Part.file("file", "tb.pdf", "application/pdf", TestPdfs.plan("Thông báo kết luận", 1))),
                otherChair,
                PASSWORD);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String draftId = draft.json().get("id").asString();
        var issued = client.request("POST", docs + "/" + draftId + "/issue", null, otherChair, PASSWORD);
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String numberSymbol = issued.json().get("numberSymbol").asString();
        byte[] signed = client.getBytes(
                        docs + "/" + draftId + "/signed.pdf", otherChair, PASSWORD) // a notice is not public
                .body();

        var response = register(
                metadata(numberSymbol, "Thường trực HĐND phường Nhị Chiểu", "Thông báo kết luận phiên họp", ""),
                "signed.pdf",
                signed);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode signatures = response.json().get("signatures");
        assertThat(signatures.get("count").asInt()).isEqualTo(1);
        assertThat(signatures.get("status").asString()).isIn("VALID", "INDETERMINATE");
        assertThat(signatures.get("signers").get(0).asString()).isNotBlank();

        JsonNode detail = client.get(BASE + "/" + response.json().get("id").asString(), clerk, PASSWORD)
                .json()
                .get("document");
        assertThat(detail.get("signatures").get("count").asInt()).isEqualTo(1);
        assertThat(detail.get("numberSymbol").asString()).isEqualTo(numberSymbol);
    }

    @Test
    void alertsOnADuplicateNamingTheEarlierArrivalNumberAndRegistersItWhenConfirmed() {
        String symbol = uniqueSymbol();
        var first = register(metadata(symbol, "Sở Nội vụ", "Hướng dẫn bầu cử", ""), "a.pdf", TestPdfs.plan("a", 1));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        int arrival = first.json().get("arrivalNumber").asInt();

        var again = register(metadata(symbol, "sở nội vụ", "Hướng dẫn bầu cử", ""), "a.pdf", TestPdfs.plan("a", 1));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("đã được đăng ký với số đến " + arrival + "/");

        var confirmed = register(
                metadata(symbol, "Sở Nội vụ", "Hướng dẫn bầu cử", ",\"confirmDuplicate\":true"),
                "a.pdf",
                TestPdfs.plan("a", 1));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().get("duplicate").asBoolean()).isTrue();
        assertThat(confirmed.json().get("arrivalNumber").asInt()).isEqualTo(arrival + 1);
    }

    @Test
    void refusesUnusableFilesInVietnameseAndStoresNothing() {
        int before = registered("Trước các tệp hỏng").get("arrivalNumber").asInt();
        long total = total();

        var notPdf = register(
                metadata(uniqueSymbol(), "UBND", "Không phải PDF", ""),
                "a.pdf",
                "xin chào".getBytes(StandardCharsets.UTF_8));
        assertThat(fields(notPdf)).contains("file");
        assertThat(notPdf.body()).contains("Không nhận dạng được loại tệp");

        var encrypted = register(metadata(uniqueSymbol(), "UBND", "Có mật khẩu", ""), "a.pdf", TestPdfs.encrypted());
        assertThat(fields(encrypted)).contains("file");
        assertThat(encrypted.body()).containsAnyOf("mật khẩu", "mã hóa");

        var corrupt = register(
                metadata(uniqueSymbol(), "UBND", "Hỏng", ""),
                "a.pdf",
                "%PDF-1.7\nrác".getBytes(StandardCharsets.UTF_8));
        assertThat(fields(corrupt)).contains("file");
        assertThat(corrupt.body()).contains("bị hỏng");

        var missing = register("{\"subject\":\" \"}", "a.pdf", TestPdfs.plan("a", 1));
        assertThat(fields(missing)).contains("issuingBody", "numberSymbol", "documentDate", "typeCode", "subject");

        var badUrgency = register(
                metadata(uniqueSymbol(), "UBND", "Độ khẩn", "").replace("KHẨN", "GẤP"), "a.pdf", TestPdfs.plan("a", 1));
        assertThat(fields(badUrgency)).contains("urgency");

        assertThat(total()).isEqualTo(total);
        assertThat(registered("Sau các tệp hỏng").get("arrivalNumber").asInt()).isEqualTo(before + 1);
    }

    @Test
    void followsAssignmentProgressAndCompletionAndListsOverdueAndDueSoonDocuments() {
        LocalDate today = LocalDate.now(VnTime.ZONE);
        String overdue = registered("Văn bản quá hạn").get("id").asString();
        String dueToday = registered("Văn bản đến hạn hôm nay").get("id").asString();

        var early = client.postJson(BASE + "/" + overdue + "/progress", Map.of("note", "x"), clerk, PASSWORD);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("chưa được giao");

        var pastDeadline = client.postJson(
                BASE + "/" + overdue + "/assign",
                Map.of("handlerUserId", clerkId, "deadline", today.minusDays(1).toString()),
                clerk,
                PASSWORD);
        assertThat(fields(pastDeadline)).contains("deadline");

        var unknownHandler = client.postJson(
                BASE + "/" + overdue + "/assign",
                Map.of("handlerUserId", UUID.randomUUID().toString()),
                clerk,
                PASSWORD);
        assertThat(fields(unknownHandler)).contains("handlerUserId");

        // the deadline passed: set it directly, as the document was received days ago
        var assigned = client.postJson(
                BASE + "/" + overdue + "/assign",
                Map.of("handlerUserId", clerkId, "deadline", today.toString()),
                clerk,
                PASSWORD);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.json().get("handlerName").asString()).isEqualTo("Văn thư Đến");
        moveBack(overdue);

        assertThat(client.postJson(
                                BASE + "/" + dueToday + "/assign",
                                Map.of("handlerUserId", clerkId, "deadline", today.toString()),
                                clerk,
                                PASSWORD)
                        .status())
                .isEqualTo(200);

        assertThat(ids("?overdue=true")).contains(overdue).doesNotContain(dueToday);
        assertThat(ids("?dueSoon=true")).contains(dueToday).doesNotContain(overdue);
        assertThat(client.get(BASE + "/" + overdue, clerk, PASSWORD)
                        .json()
                        .get("document")
                        .get("overdue")
                        .asBoolean())
                .isTrue();

        var progressed = client.postJson(
                BASE + "/" + overdue + "/progress", Map.of("note", "Đã chuyển Ban Pháp chế thẩm tra"), clerk, PASSWORD);
        assertThat(progressed.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        var completed = client.postJson(
                BASE + "/" + overdue + "/complete", Map.of("replyNumberSymbol", "15/BC-HĐND"), clerk, PASSWORD);
        assertThat(completed.json().get("status").asString()).isEqualTo("DONE");
        assertThat(completed.json().get("replyNumberSymbol").asString()).isEqualTo("15/BC-HĐND");
        assertThat(ids("?overdue=true")).doesNotContain(overdue);
        assertThat(ids("?status=DONE")).contains(overdue);

        var afterDone = client.postJson(BASE + "/" + overdue + "/complete", Map.of(), clerk, PASSWORD);
        assertThat(afterDone.status()).isEqualTo(409);

        List<String> actions = client.get(BASE + "/" + overdue, clerk, PASSWORD)
                .json()
                .get("history")
                .valueStream()
                .map(e -> e.get("action").asString())
                .toList();
        assertThat(actions)
                .containsExactly(
                        "documents.incoming.registered",
                        "documents.incoming.assigned",
                        "documents.incoming.progressed",
                        "documents.incoming.completed");
    }

    @Test
    void holdsTheDemoReportOfThePeoplesCommitteeOnce() {
        var found = client.get(BASE + "?year=2025&q=215%2FBC-UBND", clerk, PASSWORD);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("total").asLong()).isEqualTo(1);
        JsonNode demo = found.json().get("items").get(0);
        assertThat(demo.get("issuingBody").asString()).isEqualTo("Ủy ban nhân dân xã Lạc Phượng");
        assertThat(demo.get("subject").asString()).startsWith("Tình hình thực hiện nhiệm vụ phát triển kinh tế");
    }

    @Test
    void hidesACouncilsIncomingDocumentsFromAnotherCouncil() {
        String id = registered("Văn bản nội bộ").get("id").asString();
        assertThat(client.get(BASE + "/" + id, otherChair, PASSWORD).status()).isEqualTo(404);
        assertThat(client.get("/api/v1/councils/nhi-chieu/incoming/" + id, otherChair, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.getBytes("/api/v1/councils/nhi-chieu/incoming/" + id + "/file.pdf", otherChair, PASSWORD)
                        .status())
                .isEqualTo(404);
        assertThat(client.get(BASE + "/" + id, null, null).status()).isEqualTo(401);
    }

    @Test
    void handsOutArrivalNumbersGaplesslyUnderConcurrentRegistration() throws Exception {
        CouncilId council = councils.requireBySlug(SLUG).id();
        LocalDate receivedOn = LocalDate.of(2020, 3, 2);
        int base = lastArrivalNumber(council, 2020);
        byte[] pdf = TestPdfs.plan("Văn bản đến song song", 1);
        Set<Integer> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger rolledBack = new AtomicInteger();
        int threads = 8;
        int perThread = 25;
        try (var executor = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                workers.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        boolean fail = (thread * perThread + i) % 9 == 0;
                        var document = new NewIncomingDocument(
                                receivedOn,
                                "UBND thành phố",
                                "C" + thread + "-" + i + "/" + UUID.randomUUID(),
                                receivedOn,
                                "CV",
                                "Công văn song song",
                                Urgency.NORMAL,
                                false);
                        try {
                            int number = Tenancy.call(
                                    TenantScope.staffOf(council),
                                    () -> transactions.execute(s -> {
                                        int n = incoming.register(council, document, "cv.pdf", pdf)
                                                .arrivalNumber();
                                        if (fail) {
                                            throw new IllegalStateException("rolled back on purpose");
                                        }
                                        return n;
                                    }));
                            committed.add(number);
                        } catch (IllegalStateException e) {
                            rolledBack.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        int registeredCount = threads * perThread - rolledBack.get();
        assertThat(rolledBack.get()).isPositive();
        assertThat(committed)
                .hasSize(registeredCount)
                .isEqualTo(IntStream.rangeClosed(base + 1, base + registeredCount)
                        .boxed()
                        .collect(Collectors.toSet()));
        assertThat(lastArrivalNumber(council, 2020)).isEqualTo(base + registeredCount);
    }

    private int lastArrivalNumber(CouncilId council, int year) {
        Integer last = Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(s -> jdbc.sql(
                                "select coalesce(max(last_number), 0) from arrival_series where council_id = ? and year = ?")
                        .params(council.value(), year)
                        .query(Integer.class)
                        .single()));
        return last == null ? 0 : last;
    }

    private void moveBack(String id) {
        CouncilId council = councils.requireBySlug(SLUG).id();
        Tenancy.call(
                TenantScope.staffOf(council),
                () -> transactions.execute(
                        s -> jdbc.sql("""
                                update incoming_document set received_on = received_on - 10,
                                  document_date = document_date - 10, deadline = deadline - 3
                                where id = ?""").params(UUID.fromString(id)).update()));
    }

    private List<String> ids(String query) {
        var response = client.get(BASE + query + (query.isEmpty() ? "?" : "&") + "size=500", clerk, PASSWORD);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json()
                .get("items")
                .valueStream()
                .map(e -> e.get("id").asString())
                .toList();
    }

    private long total() {
        return client.get(BASE, clerk, PASSWORD).json().get("total").asLong();
    }

    private static List<String> fields(TestClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("field").asString())
                .toList();
    }
}
