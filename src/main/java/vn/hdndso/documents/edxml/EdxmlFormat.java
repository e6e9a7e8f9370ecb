package vn.hdndso.documents.edxml;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * The names and formats of edXML as this software writes them.
 *
 * <p>From the standard's published structure (as DOMAIN.md records it): the envelope {@code
 * edXMLEnvelope}, {@code edXMLHeader/MessageHeader} and its element names, {@code
 * TraceHeaderList}, {@code edXMLBody/edXMLManifest/Reference}, the {@code DocumentId} pattern and
 * the status message's elements and codes. The namespace {@code http://www.e-doc.vn/Schema/} with
 * prefix {@code edXML} is the customary one.
 *
 * <p>Our reading, pending a copy of the official XSD (none is available here): the order of the
 * elements, the date format {@code yyyy/MM/dd} (taken from {@code DocumentId}) and the time stamp
 * format {@code yyyy/MM/dd HH:mm:ss} in Vietnam time, {@code ToPlaces} as a list of {@code
 * Place}, {@code TraceHeader} with {@code OrganId} and {@code Timestamp}, and each attachment
 * carried base64-encoded in an {@code Attachment} element inside its {@code Reference} (the
 * standard transports attachments as MIME parts; one self-contained XML document is what we
 * exchange by file).
 */
public final class EdxmlFormat {

    public static final String NAMESPACE = "http://www.e-doc.vn/Schema/";
    public static final String PREFIX = "edXML";

    /** {@code 000.00.00.H30}: 13 characters, digits and capital letters in groups of 3.2.2.3. */
    public static final String ORGAN_ID_PATTERN = "[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[0-9A-Z]{3}";

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_PLACE = 150;
    public static final int MAX_ATTACHMENT_NAME = 200;

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private EdxmlFormat() {}
}
