package vn.hdndso.backup.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.files.TestPdfs;

/**
 * The writers of the kill -9 benchmark and what they were told: petitions (public JSON), ballots
 * (delegates' API keys on an open vote of a started session), documents (a clerk's PDF draft, then
 * the council administrator's issue, which signs it: two blobs per document). Every write the
 * application acknowledged is recorded, and the one in flight when it died, so that the checks
 * after a restart know what must be there and what may be.
 */
final class KillNineMix {

    static final String SLUG = "vinh-thinh";
    static final String ADMIN_PASSWORD = "Kill-Nine-Benchmark-2026";
    static final int DELEGATES = 4;
    /** Names of this run's accounts (a reused data directory may hold an earlier run's). */
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A petition the application acknowledged. */
    record Sent(String marker, String trackingCode) {}

    // petitions
    final Set<Sent> petitions = ConcurrentHashMap.newKeySet();
    final Set<String> petitionAttempts = ConcurrentHashMap.newKeySet();
    // ballots: the last acknowledged choice of each delegate, and every choice sent since without an
    // answer (any of them may have been stored: one whose answer the kill took, while later ones, sent
    // to the dead instance, never arrived)
    final Map<String, String> lastBallot = new ConcurrentHashMap<>();
    final Map<String, Set<String>> ballotsInFlight = new ConcurrentHashMap<>();
    // documents: drafts acknowledged (id → subject), issues acknowledged (id → number)
    final Map<String, String> drafts = new ConcurrentHashMap<>();
    final Map<String, String> issued = new ConcurrentHashMap<>();

    String sessionId = "";
    String itemId = "";
    String clerkKey = "";
    String chairKey = "";
    final Map<String, String> delegateKeys = new ConcurrentHashMap<>(); // full name → API key

    /** Accounts, API keys and an open vote, made once on the fresh installation. */
    void setUp(int port) throws Exception {
        String admin = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String chair = user(port, admin, "kn" + RUN + ".chair", "Chủ tịch Kiểm tra", "COUNCIL_ADMIN");
        String clerk = user(port, admin, "kn" + RUN + ".clerk", "Văn thư Kiểm tra", "CLERK");
        chairKey = key(port, admin, chair);
        clerkKey = key(port, admin, clerk);
        for (int d = 1; d <= DELEGATES; d++) {
            String name = "Đại biểu Kiểm tra " + RUN + " " + d;
            delegateKeys.put(name, key(port, admin, user(port, admin, "kn" + RUN + ".delegate" + d, name, "DELEGATE")));
        }
        String sessions = "/api/v1/councils/" + SLUG + "/sessions";
        sessionId = post(
                        port,
                        chairKey,
                        sessions,
                        Map.of(
                                "title",
                                "Kỳ họp kiểm tra độ bền",
                                "startsAt",
                                Instant.now().toString(),
                                "kind",
                                "REGULAR"))
                .get("id")
                .asString();
        post(port, chairKey, sessions + "/" + sessionId + "/convene", Map.of());
        post(port, chairKey, sessions + "/" + sessionId + "/start", Map.of());
        itemId = post(
                        port,
                        chairKey,
                        sessions + "/" + sessionId + "/agenda-items",
                        Map.of(
                                "title",
                                "Tờ trình kiểm tra độ bền",
                                "motion",
                                true,
                                "majority",
                                "MORE_THAN_HALF_OF_ALL"))
                .get("id")
                .asString();
        post(port, chairKey, sessions + "/" + sessionId + "/agenda-items/" + itemId + "/vote/open", Map.of());
    }

    /** Starts the writers; they stop when {@code running} turns false or their connection breaks. */
    List<Thread> start(int port, AtomicBoolean running, int petitionWriters) {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < petitionWriters; w++) {
            threads.add(Thread.ofVirtual().start(() -> loop(running, () -> petition(port))));
        }
        threads.add(Thread.ofVirtual().start(() -> loop(running, () -> ballot(port))));
        threads.add(Thread.ofVirtual().start(() -> loop(running, () -> document(port))));
        return threads;
    }

    /** How many writes were acknowledged in all. */
    int acknowledged() {
        return petitions.size() + lastBallot.size() + drafts.size() + issued.size();
    }

    @FunctionalInterface
    private interface Write {
        void run() throws Exception;
    }

    private static void loop(AtomicBoolean running, Write write) {
        while (running.get()) {
            try {
                write.run();
            } catch (Exception dying) {
                return; // the connection broke: the instance is being killed
            }
        }
    }

    private void petition(int port) throws Exception {
        String marker = UUID.randomUUID().toString();
        petitionAttempts.add(marker);
        var answer = send(
                port,
                null,
                "/api/v1/councils/" + SLUG + "/petitions",
                json(Map.of(
                        "content",
                        "Kiểm tra độ bền: đề nghị sửa đường liên thôn, mã " + marker + ", trời mưa rất lầy lội.",
                        "submitterName",
                        "Cử tri Vĩnh Thịnh",
                        "contact",
                        "kill-" + marker.substring(0, 8) + "@vinh-thinh.test",
                        "consent",
                        true,
                        "channel",
                        "WEB")),
                "application/json");
        if (answer.statusCode() == 201) {
            petitions.add(new Sent(
                    marker, JSON.readTree(answer.body()).get("trackingCode").asString()));
        }
    }

    private void ballot(int port) throws Exception {
        List<String> names = List.copyOf(delegateKeys.keySet());
        String name = names.get(ThreadLocalRandom.current().nextInt(names.size()));
        String choice =
                List.of("YES", "NO", "ABSTAIN").get(ThreadLocalRandom.current().nextInt(3));
        ballotsInFlight
                .computeIfAbsent(name, n -> ConcurrentHashMap.newKeySet())
                .add(choice);
        var answer = send(
                port,
                delegateKeys.get(name),
                "/api/v1/councils/" + SLUG + "/sessions/" + sessionId + "/agenda-items/" + itemId + "/votes",
                json(Map.of("choice", choice)),
                "application/json");
        if (answer.statusCode() == 200) {
            lastBallot.put(name, choice);
            ballotsInFlight.remove(name);
        }
    }

    private void document(int port) throws Exception {
        String marker = "kn" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String subject = "Kế hoạch kiểm tra độ bền số " + marker;
        String boundary = "kill-nine-" + marker;
        byte[] pdf = TestPdfs.textPdf(subject + "\nNội dung kiểm tra: " + UUID.randomUUID());
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                        + "Content-Type: application/json\r\n\r\n"
                        + json(Map.of(
                                "typeCode", "KH",
                                "issuerSymbol", "TTHĐND",
                                "subject", subject,
                                "signerName", "Nguyễn Văn Kiểm",
                                "signerPosition", "Chủ tịch"))
                        + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ke-hoach.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var created = http.send(
                request(port, clerkKey, "/api/v1/councils/" + SLUG + "/documents")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            return;
        }
        String id = JSON.readTree(created.body()).get("id").asString();
        drafts.put(id, subject);
        var issue = send(
                port, chairKey, "/api/v1/councils/" + SLUG + "/documents/" + id + "/issue", "{}", "application/json");
        if (issue.statusCode() == 200) {
            issued.put(id, JSON.readTree(issue.body()).get("numberSymbol").asString());
        }
    }

    private String user(int port, String admin, String username, String fullName, String role) throws Exception {
        return post(
                        port,
                        admin,
                        "/api/v1/councils/" + SLUG + "/users",
                        Map.of(
                                "username",
                                username,
                                "password",
                                "Ben-Vung-Sau-Khi-Tat-2026-" + username.length(),
                                "fullName",
                                fullName,
                                "roles",
                                List.of(role)))
                .get("id")
                .asString();
    }

    private String key(int port, String admin, String userId) throws Exception {
        return post(
                        port,
                        admin,
                        "/api/v1/councils/" + SLUG + "/api-keys",
                        Map.of(
                                "userId",
                                userId,
                                "name",
                                "kill-nine",
                                "scopes",
                                List.of("write:council", "read:council")))
                .get("token")
                .asString();
    }

    private JsonNode post(int port, String authorization, String path, Map<String, ?> body) throws Exception {
        var answer = send(port, authorization, path, json(body), "application/json");
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " → " + answer.statusCode() + " " + answer.body());
        }
        return answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    }

    private HttpResponse<String> send(int port, @Nullable String authorization, String path, String body, String type)
            throws Exception {
        return http.send(
                request(port, authorization, path)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, @Nullable String authorization, String path) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header(
                    "Authorization", authorization.startsWith("Basic ") ? authorization : "Bearer " + authorization);
        }
        return builder;
    }

    private static String json(Map<String, ?> value) {
        return JSON.writeValueAsString(value);
    }
}
