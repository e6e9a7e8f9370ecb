package vn.hdndso.files;

import java.nio.file.Path;
import java.util.Set;
import vn.hdndso.shared.InvalidInputException;

/**
 * Checks an upload before anything is kept: not empty, not larger than the limit ({@code
 * hdnd.files.max-size}, default 50 MB), of an accepted type recognised by its content (never by
 * its name), and for a PDF: it opens, is not password-protected and has pages. Every refusal is an
 * {@link InvalidInputException} on field {@code file} with a Vietnamese message.
 */
public interface UploadCheck {

    /** The largest upload accepted, in bytes. */
    long maxBytes();

    CheckedUpload check(byte[] content, Set<FileType> accepted);

    CheckedUpload check(Path file, Set<FileType> accepted);

    /** Refuses a size of zero or above the limit. */
    void checkSize(long size);
}
