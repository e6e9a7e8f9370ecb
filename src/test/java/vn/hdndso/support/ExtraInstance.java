package vn.hdndso.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * What the tests that start the application again as a process of its own share (a second
 * instance on the test database, a killed and restarted one, a restored one): a free port, waiting
 * until it answers healthy, and the end of its log for the failure message.
 */
public final class ExtraInstance {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ExtraInstance() {}

    /**
     * The arguments that point an instance at the test suite's own database, as an external one:
     * its address, and the owner's and the application role's passwords from the embedded
     * server's secrets file in the installation's data directory.
     */
    public static List<String> onTheTestDatabase(DataSource dataSource, Path installationDataDir)
            throws SQLException, IOException {
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        Properties secrets = new Properties();
        try (var in =
                Files.newBufferedReader(installationDataDir.resolve("postgres").resolve("hdnd-secrets.properties"))) {
            secrets.load(in);
        }
        return List.of(
                "--hdnd.db.url=" + url,
                "--hdnd.db.user=postgres",
                "--hdnd.db.password=" + secrets.getProperty("superuser.password"),
                "--hdnd.db.app-user=hdnd_app",
                "--hdnd.db.app-password=" + secrets.getProperty("application.password"));
    }

    /**
     * The suite's sign-in limits and trusted proxy (application-test.properties) for an instance on
     * the test database: the per-address allowance of password checks is one bucket in the shared
     * database, and an instance with the production allowance would clamp it for the whole suite
     * (the wrong-password tests after it were then refused with 429).
     */
    public static List<String> withTheSuitesLimits() throws IOException {
        Properties test = new Properties();
        try (var in = ExtraInstance.class.getResourceAsStream("/application-test.properties")) {
            if (in == null) {
                throw new IOException("application-test.properties is not on the class path");
            }
            test.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        List<String> args = new java.util.ArrayList<>();
        for (String name : List.of(
                "hdnd.identity.sign-in.per-address-burst",
                "hdnd.identity.sign-in.per-address-per-minute",
                "hdnd.proxies.trusted")) {
            String value = test.getProperty(name);
            if (value != null) {
                args.add("--" + name + "=" + value.strip());
            }
        }
        return args;
    }

    /**
     * The command of another instance of the application on the test class path (small heap, the
     * quick compiler only, four pooled connections, no demo content) on {@code port} with its own
     * data directory; the caller appends its settings.
     */
    public static List<String> applicationCommand(int port, Path dataDir) {
        return new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.hdndso.HdndApplication",
                "--server.port=" + port,
                "--hdnd.data-dir=" + dataDir.toAbsolutePath(),
                "--hdnd.db.pool-size=4",
                "--hdnd.demo=false"));
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Waits until {@code /actuator/health} on the port answers 200; fails with the log's end when
     * the process stops or {@code within} passes first.
     */
    public static void awaitHealthy(String name, int port, Process process, Path log, Duration within)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped: " + tail(log));
            }
            try {
                var health = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not become healthy: " + tail(log));
    }

    /** The last 60 lines of the log, for a failure message. */
    public static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
