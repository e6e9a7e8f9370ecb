package vn.hdndso.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port against its own embedded PostgreSQL (real server,
 * real row-level security), with Hải Phòng's councils, the admin {@code admin} /
 * {@link TestClient#ADMIN_PASSWORD} and the demo content. All tests with this annotation share one
 * application context, so one database: create your own data with unique names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClient.class, vn.hdndso.support.authz.RouteRecorder.class})
public @interface IntegrationTest {}
