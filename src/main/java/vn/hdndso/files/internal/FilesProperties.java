package vn.hdndso.files.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the files module.
 *
 * @param store {@code local} (a directory under {@code HDND_DATA_DIR}, the default) or {@code s3}
 * @param maxSize the largest file accepted (default 50 MB)
 * @param s3 where the S3-compatible object storage is, when {@code store=s3}
 */
@ConfigurationProperties("hdnd.files")
record FilesProperties(
        @Nullable String store,
        @Nullable DataSize maxSize,
        @Nullable S3 s3) {

    public FilesProperties {
        if (store == null || store.isBlank()) {
            store = "local";
        }
        if (maxSize == null) {
            maxSize = DataSize.ofMegabytes(50);
        }
        if (s3 == null) {
            s3 = new S3(null, null, null, null, null);
        }
    }

    public long maxBytes() {
        return maxSize().toBytes();
    }

    @Override
    public DataSize maxSize() {
        return java.util.Objects.requireNonNull(maxSize);
    }

    @Override
    public S3 s3() {
        return java.util.Objects.requireNonNull(s3);
    }

    /**
     * An S3-compatible bucket ({@code HDND_S3_ENDPOINT}, {@code HDND_S3_REGION}, {@code
     * HDND_S3_BUCKET}, {@code HDND_S3_ACCESS_KEY}, {@code HDND_S3_SECRET_KEY}); path-style access.
     */
    public record S3(
            @Nullable String endpoint,
            @Nullable String region,
            @Nullable String bucket,
            @Nullable String accessKey,
            @Nullable String secretKey) {}
}
