package vn.hdndso.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Content-addressed storage of bytes: a blob is named by the SHA-256 of its content, so storing
 * the same content twice keeps one copy, and a name never points to other or partial content.
 * Implementations: a local directory (default) and S3-compatible object storage ({@code
 * hdnd.files.store=s3}). Failures of the storage itself surface as {@link UncheckedIOException}.
 */
public interface BlobStore {

    /** Reads the stream to its end, stores it (once) and names it. */
    BlobRef put(InputStream content);

    /**
     * The content of a blob; the caller closes the stream.
     *
     * @throws java.util.NoSuchElementException if no blob has that name
     */
    InputStream open(String sha256);

    /**
     * The content of a blob from byte {@code from} on (a range request); the caller closes the
     * stream. Stores that can read from an offset do so without reading what comes before (S3
     * is asked for the range). An offset at or past the end gives an empty stream.
     *
     * @throws java.util.NoSuchElementException if no blob has that name
     */
    default InputStream open(String sha256, long from) {
        InputStream in = open(sha256);
        try {
            in.skipNBytes(from);
            return in;
        } catch (java.io.EOFException e) {
            return InputStream.nullInputStream();
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the skip failure is what matters
            }
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String sha256);

    /**
     * The names of every stored blob, in no particular order (a backup copies them); the caller
     * closes the stream. Blobs being written are not listed until they are whole.
     */
    java.util.stream.Stream<String> names();

    /** The size of a blob, empty if there is none. */
    OptionalLong size(String sha256);

    /**
     * Removes a blob for good (a voter's erased photo); nothing happens if there is none. The caller
     * makes sure no stored file names it any more: blobs are shared by equal content.
     */
    void delete(String sha256);

    /** Reads a whole blob; for small blobs and tests. */
    default byte[] read(String sha256) {
        try (InputStream in = open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
