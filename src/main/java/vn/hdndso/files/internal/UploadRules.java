package vn.hdndso.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.springframework.stereotype.Service;
import vn.hdndso.files.CheckedUpload;
import vn.hdndso.files.FileType;
import vn.hdndso.files.UploadCheck;
import vn.hdndso.shared.InvalidInputException;

/**
 * Checks an upload before anything is kept: not empty, not larger than the limit ({@code
 * hdnd.files.max-size}, default 50 MB), of an accepted type recognised by its content (never by
 * its name), and for a PDF: it opens, is not password-protected and has pages. Every refusal is an
 * {@link InvalidInputException} on field {@code file} with a Vietnamese message.
 */
@Service
class UploadRules implements UploadCheck {

    private final FilesProperties properties;

    UploadRules(FilesProperties properties) {
        this.properties = properties;
    }

    /** The largest upload accepted, in bytes. */
    @Override
    public long maxBytes() {
        return properties.maxBytes();
    }

    @Override
    public CheckedUpload check(byte[] content, Set<FileType> accepted) {
        checkSize(content.length);
        FileType type = type(() -> new ByteArrayInputStream(content), accepted);
        Integer pages = type == FileType.PDF
                ? PdfInspector.inspect(new RandomAccessReadBuffer(content), false)
                        .pageCount()
                : null;
        return new CheckedUpload(type, content.length, pages);
    }

    @Override
    public CheckedUpload check(Path file, Set<FileType> accepted) {
        long size = sizeOf(file);
        checkSize(size);
        FileType type = type(() -> java.nio.file.Files.newInputStream(file), accepted);
        Integer pages = null;
        if (type == FileType.PDF) {
            try {
                pages = PdfInspector.inspect(new RandomAccessReadBufferedFile(file), false)
                        .pageCount();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CheckedUpload(type, size, pages);
    }

    /** Refuses a size of zero or above the limit. */
    @Override
    public void checkSize(long size) {
        if (size == 0) {
            throw InvalidInputException.of("file", "files.error.empty");
        }
        if (size > properties.maxBytes()) {
            throw tooLarge();
        }
    }

    InvalidInputException tooLarge() {
        return InvalidInputException.of(
                "file", "files.error.tooLarge", properties.maxSize().toMegabytes());
    }

    static FileType typeOf(Path file, Set<FileType> accepted) {
        return type(() -> java.nio.file.Files.newInputStream(file), accepted);
    }

    private static FileType type(ContentSniffer.Source source, Set<FileType> accepted) {
        FileType type;
        try {
            type = ContentSniffer.detect(source)
                    .orElseThrow(() -> InvalidInputException.of("file", "files.error.unknownType", names(accepted)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!accepted.contains(type)) {
            throw InvalidInputException.of(
                    "file", "files.error.typeNotAccepted", type.extension().toUpperCase(), names(accepted));
        }
        return type;
    }

    private static String names(Set<FileType> accepted) {
        return accepted.stream().sorted().map(t -> t.extension().toUpperCase()).collect(Collectors.joining(", "));
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
