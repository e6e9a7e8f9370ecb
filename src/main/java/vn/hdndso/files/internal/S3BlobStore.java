package vn.hdndso.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;

/**
 * Blobs as objects {@code blobs/ab/cd/<sha256>} in an S3-compatible bucket. The content is first
 * spooled to a local temporary file to learn its SHA-256 (the object's key) and size; an object
 * appears in S3 whole or not at all, so no partial blob is ever visible under its name.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final Path spoolDirectory;

    public S3BlobStore(S3Client s3, String bucket, Path spoolDirectory) {
        this.s3 = s3;
        this.bucket = bucket;
        this.spoolDirectory = spoolDirectory;
    }

    @Override
    public BlobRef put(InputStream content) {
        try (DigestingSpool spool = DigestingSpool.receive(content, spoolDirectory, Long.MAX_VALUE)) {
            if (!exists(spool.sha256())) {
                s3.putObject(
                        PutObjectRequest.builder()
                                .bucket(bucket)
                                .key(key(spool.sha256()))
                                .contentLength(spool.size())
                                .contentType("application/octet-stream")
                                .build(),
                        RequestBody.fromFile(spool.path()));
            }
            return new BlobRef(spool.sha256(), spool.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool a blob for S3", e);
        } catch (S3Exception e) {
            throw new UncheckedIOException(new IOException("S3 refused a blob: " + e.getMessage(), e));
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return s3.getObject(
                    GetObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchElementException("no blob " + sha256);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchElementException("no blob " + sha256);
            }
            throw new UncheckedIOException(new IOException("S3 could not read " + sha256, e));
        }
    }

    /**
     * Asks S3 for the bytes from the offset on ({@code Range: bytes=from-}): a far offset into a
     * large recording transfers only what is sent on, not everything before it.
     */
    @Override
    public InputStream open(String sha256, long from) {
        if (from <= 0) {
            return open(sha256);
        }
        try {
            return s3.getObject(GetObjectRequest.builder()
                    .bucket(bucket)
                    .key(key(sha256))
                    .range("bytes=" + from + "-")
                    .build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchElementException("no blob " + sha256);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchElementException("no blob " + sha256);
            }
            if (e.statusCode() == 416) {
                return InputStream.nullInputStream();
            }
            throw new UncheckedIOException(new IOException("S3 could not read " + sha256 + " from " + from, e));
        }
    }

    @Override
    public boolean exists(String sha256) {
        return head(sha256) != null;
    }

    @Override
    public OptionalLong size(String sha256) {
        HeadObjectResponse head = head(sha256);
        return head == null ? OptionalLong.empty() : OptionalLong.of(head.contentLength());
    }

    @Override
    public void delete(String sha256) {
        try {
            s3.deleteObject(DeleteObjectRequest.builder()
                    .bucket(bucket)
                    .key(key(sha256))
                    .build());
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new UncheckedIOException(new IOException("S3 could not delete " + sha256, e));
            }
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private @Nullable HeadObjectResponse head(String sha256) {
        try {
            return s3.headObject(
                    HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build());
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw new UncheckedIOException(new IOException("S3 could not look up " + sha256, e));
        }
    }

    @Override
    public java.util.stream.Stream<String> names() {
        var pages = s3.listObjectsV2Paginator(software.amazon.awssdk.services.s3.model.ListObjectsV2Request.builder()
                .bucket(bucket)
                .prefix("blobs/")
                .build());
        return pages.contents().stream()
                .map(object -> object.key().substring(object.key().lastIndexOf('/') + 1))
                .filter(BlobRef::isSha256);
    }

    static String key(String sha256) {
        BlobRef.requireSha256(sha256);
        return "blobs/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
