package vn.hdndso.files.internal;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import vn.hdndso.files.BlobStore;
import vn.hdndso.shared.InstallationProperties;

/** Chooses the blob store: a directory under the data directory, or S3 when configured. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "hdnd.files.store", havingValue = "local", matchIfMissing = true)
    BlobStore localBlobStore(InstallationProperties installation) {
        return new LocalBlobStore(installation.dataDir().resolve("blobs"));
    }

    @Bean
    @ConditionalOnProperty(name = "hdnd.files.store", havingValue = "s3")
    BlobStore s3BlobStore(FilesProperties properties, InstallationProperties installation) {
        FilesProperties.S3 s3 = properties.s3();
        return new S3BlobStore(
                client(s3), required(s3.bucket(), "HDND_S3_BUCKET"), spoolDirectory(installation.dataDir()));
    }

    /** A client for any S3-compatible server: explicit endpoint, path-style addressing. */
    static S3Client client(FilesProperties.S3 s3) {
        var builder = S3Client.builder()
                .region(Region.of(s3.region() == null || s3.region().isBlank() ? "us-east-1" : s3.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        required(s3.accessKey(), "HDND_S3_ACCESS_KEY"),
                        required(s3.secretKey(), "HDND_S3_SECRET_KEY"))))
                .forcePathStyle(true)
                // S3-compatible servers do not all know the newer default checksums
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(s3.endpoint()));
        }
        return builder.build();
    }

    static Path spoolDirectory(Path dataDir) {
        return dataDir.resolve("tmp").resolve("s3-spool");
    }

    private static String required(@Nullable String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("hdnd.files.store=s3 needs " + variable);
        }
        return value;
    }
}
