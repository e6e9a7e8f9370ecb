package vn.hdndso.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hdndso.HdndApplication;
import vn.hdndso.search.RebuildProgress;
import vn.hdndso.search.Search;
import vn.hdndso.search.SearchRequest;
import vn.hdndso.search.Viewer;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.support.ExtraInstance;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * Two instances on one database, each with its own index: a petition received on A (this test's
 * application) is found by search on B within a second, through the change log and {@code
 * NOTIFY}; B, stopped while A receives another petition and started again on its index, continues
 * from its stored position (no rebuild) and finds it.
 */
@IntegrationTest
class SearchAcrossInstancesIntegrationTest {

    @Autowired
    TestClient client;

    @Autowired
    DataSource dataSource;

    @Autowired
    InstallationProperties installation;

    @TempDir
    Path instanceB;

    @Test
    void aPetitionReceivedOnAIsFoundOnBWithinASecondAndBCatchesUpAfterARestart() throws Exception {
        String first = "cauvuot" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String second =
                "denduong" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        try (ConfigurableApplicationContext b = startB()) {
            // B started on an empty index: it rebuilds from the database first
            IndexRebuild rebuild = b.getBean(IndexRebuild.class);
            await().atMost(Duration.ofMinutes(3)).until(() -> rebuild.progress().state() == RebuildProgress.State.DONE);
            Search searchOnB = b.getBean(Search.class);

            receivePetitionOnA(first);
            long received = System.nanoTime();
            await().atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> found(searchOnB, first));
            Duration took = Duration.ofNanos(System.nanoTime() - received);

            assertThat(took).as("from A's commit to B's search").isLessThan(Duration.ofSeconds(1));
        }

        receivePetitionOnA(second);

        try (ConfigurableApplicationContext b = startB()) {
            Search searchOnB = b.getBean(Search.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> found(searchOnB, second));
            assertThat(found(searchOnB, first)).isTrue();
            assertThat(b.getBean(IndexRebuild.class).progress().state())
                    .as("B continued from the position stored in its index")
                    .isEqualTo(RebuildProgress.State.IDLE);
        }
    }

    private void receivePetitionOnA(String word) {
        var body = new LinkedHashMap<String, Object>();
        body.put("content", "Đề nghị sửa " + word + " ở thôn Đông trước mùa mưa, đường ngập mỗi khi mưa to.");
        body.put("consent", true);
        body.put("channel", "WEB");
        assertThat(client.postJson("/api/v1/councils/an-hung/petitions", body).status())
                .isEqualTo(201);
    }

    private static boolean found(Search search, String word) {
        return !search.search(SearchRequest.of(word), Viewer.cityAdministrator())
                .items()
                .isEmpty();
    }

    /** Instance B: the same database as an external one, its own data directory and index, its own port. */
    private ConfigurableApplicationContext startB() throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--hdnd.data-dir=" + instanceB.toAbsolutePath(),
                "--hdnd.db.pool-size=4",
                "--hdnd.demo=false",
                "--hdnd.identity.admin-password=" + TestClient.ADMIN_PASSWORD,
                // A's outstanding publications are A's to deliver
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--logging.file.name="));
        args.addAll(ExtraInstance.onTheTestDatabase(dataSource, installation.dataDir()));
        args.addAll(ExtraInstance.withTheSuitesLimits());
        return new SpringApplicationBuilder(HdndApplication.class).run(args.toArray(String[]::new));
    }
}
