package vn.hdndso.shared.database;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url} an embedded PostgreSQL is started under the data
 * directory.
 *
 * @param url {@code HDND_DB_URL}, a {@code jdbc:postgresql://} URL of an external server
 * @param user {@code HDND_DB_USER}, owner of the schema; runs the migrations
 * @param password {@code HDND_DB_PASSWORD}
 * @param appUser {@code HDND_DB_APP_USER}, the role the application connects as; must not be a
 *     superuser or bypass row-level security. Defaults to {@code user}.
 * @param appPassword {@code HDND_DB_APP_PASSWORD}
 * @param poolSize connections in the application's pool
 */
@ConfigurationProperties("hdnd.db")
record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Nullable String appUser,
        @Nullable String appPassword,
        int poolSize) {

    DatabaseProperties {
        if (poolSize <= 0) {
            poolSize = 10;
        }
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
