package vn.hdndso.backup;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import vn.hdndso.shared.InstallationProperties;

/**
 * The little application a backup command runs instead of the whole one: the installation's
 * settings, the database (the embedded server, or the external one configured) with its owner's
 * data source, the blob store and the backup service; no web server, no migrations, no
 * scheduled work.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InstallationProperties.class)
@ConfigurationPropertiesScan({"vn.hdndso.shared.database", "vn.hdndso.files.internal"})
@ComponentScan(
        basePackages = {"vn.hdndso.backup.internal", "vn.hdndso.shared.database", "vn.hdndso.files.internal"},
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = {
                            "vn\\.hdndso\\.backup\\.internal\\.InstallationBackupService",
                            "vn\\.hdndso\\.shared\\.database\\.DatabaseConfiguration",
                            "vn\\.hdndso\\.files\\.internal\\.BlobStoreConfiguration"
                        }))
class BackupCommandContext {}
