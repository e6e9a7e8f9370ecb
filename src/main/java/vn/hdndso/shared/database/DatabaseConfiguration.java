package vn.hdndso.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.TenantAwareTransactionManager;

/**
 * Two ways into one PostgreSQL database: the schema owner for migrations, and a pooled,
 * non-privileged application role for everything else, so that row-level security applies.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * The embedded server stops after everything that uses the database: the data sources (and
     * so their users, such as the event publication registry, which reads the database while it
     * shuts down) are destroyed first. Without this, shutdown waited 30 s for a connection.
     */
    @Bean
    static org.springframework.beans.factory.config.BeanFactoryPostProcessor embeddedServerStopsLast() {
        return factory -> {
            if (factory.containsBeanDefinition("embeddedDatabaseServer")) {
                for (String name : factory.getBeanNamesForType(DataSource.class, true, false)) {
                    factory.registerDependentBean("embeddedDatabaseServer", name);
                }
            }
        };
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedDatabaseServer embeddedDatabaseServer(InstallationProperties installation) {
        return EmbeddedDatabaseServer.start(installation.dataDir());
    }

    @Bean
    DatabaseTarget databaseTarget(DatabaseProperties database, ObjectProvider<EmbeddedDatabaseServer> embedded) {
        if (!database.external()) {
            return embedded.getObject().target();
        }
        String user = orEmpty(database.user());
        String password = orEmpty(database.password());
        String appUser = database.appUser() == null || database.appUser().isBlank() ? user : database.appUser();
        String appPassword =
                database.appUser() == null || database.appUser().isBlank() ? password : orEmpty(database.appPassword());
        String url = java.util.Objects.requireNonNull(database.url(), "an external database has a URL");
        return new DatabaseTarget(url, user, password, appUser, appPassword);
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(DatabaseTarget target) {
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), target.url());
        dataSource.setUsername(target.ownerUser());
        dataSource.setPassword(target.ownerPassword());
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseTarget target, DatabaseProperties database) {
        return pool(target, database.poolSize(), database.timeouts());
    }

    /**
     * The application role's pool. Every connection carries the statement and idle-in-transaction
     * timeouts, so a runaway statement or a transaction left open while bytes travel cannot hold a
     * connection and its locks for long (docs/reliability.md).
     */
    static HikariDataSource pool(DatabaseTarget target, int poolSize, SessionTimeouts timeouts) {
        var config = new HikariConfig();
        config.setPoolName("hdnd");
        config.setJdbcUrl(target.url());
        config.setUsername(target.appUser());
        config.setPassword(target.appPassword());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.addDataSourceProperty("ApplicationName", "hdnd-so");
        config.addDataSourceProperty("options", timeouts.options());
        return new HikariDataSource(config);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantAwareTransactionManager(dataSource);
    }

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseTarget target) {
        return configuration -> configuration.placeholders(Map.of("appRole", target.appUser()));
    }

    @Bean
    RowLevelSecurityGuard rowLevelSecurityGuard(DataSource dataSource) {
        return new RowLevelSecurityGuard(dataSource);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
