package vn.hdndso.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;

/** The S3 blob store against an in-process S3-compatible server (s3proxy over a transient store). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreIntegrationTest extends BlobStoreContract {

    private static final String ACCESS = "hdnd-access";
    private static final String SECRET = "hdnd-secret-key-for-tests";

    @TempDir
    static Path spool;

    private S3Proxy proxy;
    private S3BlobStore store;
    private S3Client client;

    @BeforeAll
    void startServer() throws Exception {
        proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        proxy.start();
        while (!proxy.getState().equals("STARTED")) {
            Thread.sleep(10);
        }
        var settings = new FilesProperties.S3(
                "http://127.0.0.1:" + proxy.getPort(), "us-east-1", "hdnd-blobs", ACCESS, SECRET);
        client = BlobStoreConfiguration.client(settings);
        client.createBucket(CreateBucketRequest.builder().bucket("hdnd-blobs").build());
        store = new S3BlobStore(BlobStoreConfiguration.client(settings), "hdnd-blobs", spool);
    }

    @AfterAll
    void stopServer() throws Exception {
        store.close();
        client.close();
        proxy.stop();
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void keepsBlobsUnderKeysNamedByTheirHash() {
        BlobRef ref = store.put(new ByteArrayInputStream(new byte[] {4, 5, 6}));

        var head = client.headObject(HeadObjectRequest.builder()
                .bucket("hdnd-blobs")
                .key("blobs/" + ref.sha256().substring(0, 2) + "/"
                        + ref.sha256().substring(2, 4) + "/" + ref.sha256())
                .build());
        assertThat(head.contentLength()).isEqualTo(3);
    }

    @Test
    void asksS3ForTheRangeRatherThanSkippingThroughTheObject() throws Exception {
        byte[] content = randomBytes(3_000_000);
        BlobRef ref = store.put(new ByteArrayInputStream(content));

        try (var in = store.open(ref.sha256(), 2_999_990)) {
            assertThat(in).isInstanceOf(software.amazon.awssdk.core.ResponseInputStream.class);
            var response = ((software.amazon.awssdk.core.ResponseInputStream<?>) in).response();
            assertThat(((software.amazon.awssdk.services.s3.model.GetObjectResponse) response).contentLength())
                    .as("S3 sends only the ten bytes asked for")
                    .isEqualTo(10);
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(content, 2_999_990, 3_000_000));
        }
    }
}
