package vn.hdndso.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.hdndso.files.FileType;
import vn.hdndso.shared.InvalidInputException;

/**
 * Looks inside an upload before LibreOffice opens it: is it a word-processing document (DOCX,
 * ODT), and is it safe and whole? A password-protected document (encrypted OOXML is an OLE2 file
 * with an {@code EncryptedPackage} stream; an encrypted ODT's manifest has {@code
 * encryption-data}), a ZIP that expands beyond {@link #MAX_EXPANDED} bytes or {@link #MAX_RATIO}
 * times its size (a "zip bomb"), a broken ZIP or a DOCX whose parts do not parse is refused, each
 * with its own message on field {@code file}. The ZIP is read entry by entry, counting the bytes
 * actually inflated, never trusting the sizes it declares.
 */
final class WordDocumentInspector {

    /** The most a document may expand to: far beyond any text a council writes. */
    static final long MAX_EXPANDED = 200L * 1024 * 1024;

    /** How much more a document may expand than it weighs, beyond the first {@link #SMALL}. */
    static final long MAX_RATIO = 100;

    private static final long SMALL = 10L * 1024 * 1024;
    private static final int MAX_ENTRIES = 5_000;
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private WordDocumentInspector() {}

    /**
     * The word-processing type of {@code content}; empty when it is something else (a PDF, an
     * image, a spreadsheet).
     *
     * @throws InvalidInputException when it is a word-processing document that cannot be converted
     */
    static Optional<FileType> inspect(String fileName, byte[] content) {
        if (startsWith(content, OLE2)) {
            if (ContentSniffer.indexOf(content, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE)) >= 0) {
                throw InvalidInputException.of("file", "files.conversion.encrypted", fileName);
            }
            return Optional.empty();
        }
        if (!startsWith(content, ZIP)) {
            return Optional.empty();
        }
        if (!hasEndOfCentralDirectory(content)) {
            // a ZIP cut short (an interrupted copy or download) has lost its directory
            throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
        }
        Package parts = read(fileName, content);
        if (parts.mimetype().equals(FileType.ODT.mediaType())) {
            if (parts.encrypted()) {
                throw InvalidInputException.of("file", "files.conversion.encrypted", fileName);
            }
            if (!parts.names().contains("content.xml")) {
                throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
            }
            return Optional.of(FileType.ODT);
        }
        if (parts.names().contains("[Content_Types].xml") && parts.names().contains("word/document.xml")) {
            requireParses(fileName, content);
            return Optional.of(FileType.DOCX);
        }
        return Optional.empty();
    }

    private record Package(Set<String> names, String mimetype, boolean encrypted) {}

    private static Package read(String fileName, byte[] content) {
        Set<String> names = new HashSet<>();
        String mimetype = "";
        boolean encrypted = false;
        long expanded = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() >= MAX_ENTRIES) {
                    throw bomb(fileName);
                }
                names.add(entry.getName());
                boolean keep =
                        entry.getName().equals("mimetype") || entry.getName().equals("META-INF/manifest.xml");
                var kept = new java.io.ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED || (expanded > SMALL && expanded > MAX_RATIO * content.length)) {
                        throw bomb(fileName);
                    }
                    if (keep && kept.size() < 1024 * 1024) {
                        kept.write(buffer, 0, n);
                    }
                }
                if (entry.getName().equals("mimetype")) {
                    mimetype = kept.toString(StandardCharsets.US_ASCII).strip();
                } else if (keep) {
                    encrypted = kept.toString(StandardCharsets.UTF_8).contains("encryption-data");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
        }
        if (names.isEmpty()) {
            throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
        }
        return new Package(names, mimetype, encrypted);
    }

    /** A DOCX whose package or main part does not parse is corrupt (LibreOffice would guess). */
    private static void requireParses(String fileName, byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content);
                XWPFDocument document = new XWPFDocument(in)) {
            document.getParagraphs();
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of("file", "files.conversion.corrupt", fileName);
        }
    }

    /** A whole ZIP ends with its end-of-central-directory record (within the last 64 KiB + 22 bytes). */
    private static boolean hasEndOfCentralDirectory(byte[] content) {
        int earliest = Math.max(0, content.length - 65_557);
        for (int i = content.length - 22; i >= earliest; i--) {
            if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static InvalidInputException bomb(String fileName) {
        return InvalidInputException.of("file", "files.conversion.tooLarge", fileName, MAX_EXPANDED / (1024 * 1024));
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length
                && java.util.Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
