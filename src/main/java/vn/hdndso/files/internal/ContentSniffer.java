package vn.hdndso.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.hdndso.files.FileType;

/**
 * Recognises a file by its first bytes (and, for ZIP and OLE2 containers, by what they contain),
 * never by its name.
 */
final class ContentSniffer {

    /** How many leading bytes {@link #detect} looks at. */
    public static final int HEAD = 4096;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final Set<String> MP4_BRANDS =
            Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4");
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ContentSniffer() {}

    /** Something that can be read from the start as often as needed. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    /** The type of the content, empty if it is none of the accepted kinds. */
    public static Optional<FileType> detect(Source source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD);
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (isMp4(head)) {
            return Optional.of(FileType.MP4);
        }
        if (startsWith(head, ZIP)) {
            return officeOpenXml(source);
        }
        if (startsWith(head, OLE2)) {
            return legacyExcel(source);
        }
        return Optional.empty();
    }

    private static boolean isMp4(byte[] head) {
        if (head.length < 12) {
            return false;
        }
        String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
        String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
        return box.equals("ftyp") && MP4_BRANDS.contains(brand);
    }

    /**
     * DOCX and XLSX are ZIP packages with a content-types part and their main part; an ODT is a ZIP
     * package whose {@code mimetype} entry names it.
     */
    private static Optional<FileType> officeOpenXml(Source source) throws IOException {
        Set<String> names = new HashSet<>();
        String mimetype = "";
        try (ZipInputStream zip = new ZipInputStream(source.open())) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && names.size() < MAX_ZIP_ENTRIES) {
                names.add(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (mimetype.equals(FileType.ODT.mediaType()) && names.contains("content.xml")) {
            return Optional.of(FileType.ODT);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(FileType.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(FileType.XLSX);
        }
        return Optional.empty();
    }

    /**
     * An OLE2 compound file is an XLS when its directory names a {@code Workbook} (or, for Excel
     * 5/95, {@code Book}) stream; a .doc or .ppt is not accepted.
     */
    private static Optional<FileType> legacyExcel(Source source) throws IOException {
        byte[] workbook = utf16("Workbook");
        byte[] book = utf16("Book\0");
        try (InputStream in = source.open()) {
            byte[] all = in.readAllBytes();
            return indexOf(all, workbook) >= 0 || indexOf(all, book) >= 0
                    ? Optional.of(FileType.XLS)
                    : Optional.empty();
        }
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
