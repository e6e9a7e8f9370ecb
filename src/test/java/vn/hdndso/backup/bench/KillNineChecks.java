package vn.hdndso.backup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What must hold after every restart of the kill -9 benchmark: each acknowledged write is in the
 * database exactly once (petitions, each delegate's ballot, drafts and issued documents with
 * their numbers), a write in flight may be there once or not at all; every blob file is whole (its
 * content hashes to its name) and every blob the documents name is there; the search index finds
 * the last issued document; the council's audit chain verifies.
 */
final class KillNineChecks {

    /** The figures of one check, for the report. */
    record Figures(int petitions, int ballots, int drafts, int issued, int blobs, long searchMillis) {}

    private final KillNineMix mix;
    private final Path data;

    KillNineChecks(KillNineMix mix, Path data) {
        this.mix = mix;
        this.data = data;
    }

    Figures check(int port, int round) throws Exception {
        try (Connection db = connect()) {
            int petitions = petitions(db, round);
            int ballots = ballots(db, round);
            int[] documents = documents(db, round);
            int blobs = blobs(round);
            long search = search(port, round);
            audit(port, round);
            return new Figures(petitions, ballots, documents[0], documents[1], blobs, search);
        }
    }

    private Connection connect() throws Exception {
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(data.resolve("postgres").resolve("hdnd-secrets.properties"))) {
            secrets.load(in);
        }
        String pgPort = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"))
                .get(3)
                .strip();
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/hdnd",
                "postgres",
                secrets.getProperty("superuser.password"));
    }

    private int petitions(Connection db, int round) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (var rs = db.createStatement().executeQuery("""
                select substring(content from 'mã ([0-9a-f-]{36})'), count(*) from petition
                where content like 'Kiểm tra độ bền%' group by 1""")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        for (KillNineMix.Sent sent : mix.petitions) {
            assertThat(counts.get(sent.marker()))
                    .as("round %d: acknowledged petition %s is there once", round, sent.trackingCode())
                    .isEqualTo(1);
        }
        counts.forEach((marker, n) -> assertThat(n)
                .as("round %d: petition %s at most once", round, marker)
                .isEqualTo(1));
        assertThat(mix.petitionAttempts).containsAll(counts.keySet());
        return counts.size();
    }

    private int ballots(Connection db, int round) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (var statement = db.prepareStatement("select delegate_name, choice from ballot where item_id = ?::uuid")) {
            statement.setString(1, mix.itemId);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    assertThat(stored.put(rs.getString(1), rs.getString(2)))
                            .as("round %d: one ballot of %s", round, rs.getString(1))
                            .isNull();
                }
            }
        }
        mix.lastBallot.forEach((name, choice) -> {
            Set<String> possible = new HashSet<>(mix.ballotsInFlight.getOrDefault(name, Set.of()));
            possible.add(choice);
            assertThat(stored.get(name))
                    .as(
                            "round %d: %s's ballot is the last acknowledged or one sent since without an answer",
                            round, name)
                    .isIn(possible);
        });
        return stored.size();
    }

    /** Drafts and issued documents as acknowledged; numbers unique; their blobs present and whole. */
    private int[] documents(Connection db, int round) throws Exception {
        Map<String, String[]> stored = new HashMap<>();
        try (var rs = db.createStatement().executeQuery("""
                select id::text, subject, status, number_symbol, original_sha256, signed_sha256 from outgoing_document
                where subject like 'Kế hoạch kiểm tra độ bền%'""")) {
            while (rs.next()) {
                stored.put(rs.getString(1), new String[] {
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                });
            }
        }
        int issuedCount = 0;
        for (var draft : mix.drafts.entrySet()) {
            String[] row = stored.get(draft.getKey());
            assertThat(row)
                    .as("round %d: acknowledged draft %s is there", round, draft.getKey())
                    .isNotNull();
            assertThat(row[0]).isEqualTo(draft.getValue());
            assertThat(blob(row[3]))
                    .as("round %d: the draft's PDF %s", round, row[3])
                    .isTrue();
        }
        for (var issue : mix.issued.entrySet()) {
            String[] row = stored.get(issue.getKey());
            assertThat(row)
                    .as("round %d: issued document %s is there", round, issue.getKey())
                    .isNotNull();
            assertThat(row[1]).isEqualTo("ISSUED");
            assertThat(row[2]).isEqualTo(issue.getValue());
            assertThat(row[4])
                    .as("round %d: signed PDF of %s", round, issue.getValue())
                    .isNotNull();
            assertThat(blob(row[4]))
                    .as("round %d: the signed PDF %s", round, row[4])
                    .isTrue();
        }
        try (var rs = db.createStatement().executeQuery("""
                select number_symbol, count(*) from outgoing_document where status = 'ISSUED'
                and number_symbol is not null group by council_id, number_symbol having count(*) > 1""")) {
            assertThat(rs.next()).as("round %d: no number issued twice", round).isFalse();
        }
        for (String[] row : stored.values()) {
            if ("ISSUED".equals(row[1])) {
                issuedCount++;
            }
        }
        return new int[] {stored.size(), issuedCount};
    }

    private boolean blob(String sha256) {
        return Files.exists(data.resolve("blobs")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256));
    }

    /** Every file of the blob store hashes to its name: no partial blob. */
    private int blobs(int round) throws Exception {
        if (!Files.isDirectory(data.resolve("blobs"))) {
            return 0; // nothing stored yet
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data.resolve("blobs"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        int named = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.matches("[0-9a-f]{64}")) {
                continue; // a temporary file of a write that never finished: not a blob
            }
            named++;
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            assertThat(HexFormat.of().formatHex(digest.digest()))
                    .as("round %d: blob %s is whole", round, file)
                    .isEqualTo(name);
        }
        return named;
    }

    /** The last issued document is found by the public search (the index catches up); milliseconds it took. */
    private long search(int port, int round) throws Exception {
        if (mix.issued.isEmpty()) {
            return 0;
        }
        String id = mix.issued.keySet().stream().sorted().findFirst().orElseThrow();
        String subject = mix.drafts.get(id);
        String marker = subject.substring(subject.lastIndexOf(' ') + 1);
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(120).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            var answer = mix.http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?council="
                                    + KillNineMix.SLUG + "&q="
                                    + URLEncoder.encode("\"" + marker + "\"", StandardCharsets.UTF_8)))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            body = answer.body();
            if (answer.statusCode() == 200 && body.contains(id)) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("round " + round + ": the search does not find " + subject + ": " + body);
    }

    private void audit(int port, int round) throws Exception {
        var chain = mix.http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/councils/" + KillNineMix.SLUG
                                + "/audit/verification"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("admin:" + KillNineMix.ADMIN_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chain.statusCode()).as(chain.body()).isEqualTo(200);
        assertThat(KillNineMix.JSON.readTree(chain.body()).get("intact").asBoolean())
                .as("round %d: audit chain %s", round, chain.body())
                .isTrue();
    }
}
