package vn.hdndso.bench;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.hdndso.support.TestClient;

/**
 * The whole application on a random port against the city's OWN data directory
 * ({@code bench.data-dir}, default {@code target/city-scale}): its own embedded PostgreSQL, never
 * the test database. The generator and the benchmark share this context when run together.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"hdnd.data-dir=${bench.data-dir:target/city-scale}", "logging.level.vn.hdndso=warn"})
@ActiveProfiles("test")
@Import(TestClient.class)
@interface CityScale {}
