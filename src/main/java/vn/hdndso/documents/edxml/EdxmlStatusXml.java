package vn.hdndso.documents.edxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlStatus;
import vn.hdndso.documents.EdxmlStatusCode;
import vn.hdndso.shared.InvalidInputException;

/**
 * Writes and reads edXML status messages: {@code edXMLEnvelope/edXMLHeader/Status} with {@code
 * ResponseFor} (the DocumentId of the document concerned), {@code From}, {@code StatusCode},
 * {@code Description}, {@code Timestamp} and {@code StaffInfo} ({@code Department}, {@code Staff},
 * {@code Email}, {@code Mobile}). The element names are those of DOMAIN.md; their nesting and the
 * children of {@code ResponseFor} and {@code StaffInfo} are our reading of the standard.
 */
public final class EdxmlStatusXml {

    private EdxmlStatusXml() {}

    public static byte[] write(EdxmlStatus status) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            var w = new EdxmlWriter.Elements(xml);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.start("edXMLEnvelope");
            xml.writeNamespace(EdxmlFormat.PREFIX, EdxmlFormat.NAMESPACE);
            w.start("edXMLHeader");
            w.start("Status");
            w.start("ResponseFor");
            w.leaf("DocumentId", status.responseFor());
            w.end();
            EdxmlWriter.organisation(w, "From", status.from());
            w.leaf("StatusCode", status.statusCode().code());
            w.leaf("Description", status.description());
            w.leaf("Timestamp", EdxmlFormat.TIMESTAMP.format(status.timestamp()));
            if (status.staff() != null) {
                w.start("StaffInfo");
                w.leaf("Department", status.staff().department());
                w.leaf("Staff", status.staff().fullName());
                w.leaf("Email", status.staff().email());
                w.leaf("Mobile", status.staff().mobile());
                w.end();
            }
            w.end();
            w.end();
            w.end();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write an edXML status", e);
        }
        return out.toByteArray();
    }

    /** @throws InvalidInputException listing every problem (missing element, unknown code, bad time) */
    public static EdxmlStatus read(byte[] bytes) {
        XmlTree root = XmlTree.parse(bytes);
        XmlTree status = root.child("edXMLHeader")
                .flatMap(h -> h.child("Status"))
                .orElseThrow(() -> InvalidInputException.of("Status", "edxml.element.required", "edXMLHeader/Status"));
        var problems = new InvalidInputException.Collector();
        String responseFor =
                status.child("ResponseFor").map(r -> r.text("DocumentId")).orElse(null);
        if (responseFor == null) {
            problems.add("ResponseFor", "edxml.element.required", "ResponseFor.DocumentId");
        }
        XmlTree from = status.child("From").orElse(XmlTree.absent("From"));
        String organId = from.text("OrganId");
        if (organId == null) {
            problems.add("From.OrganId", "edxml.organId.required", "bên gửi (From)");
        }
        String code = status.text("StatusCode");
        EdxmlStatusCode statusCode =
                code == null ? null : EdxmlStatusCode.byCode(code).orElse(null);
        if (statusCode == null) {
            problems.add(
                    "StatusCode", "edxml.status.code.unknown", code == null ? "" : code, EdxmlStatusCode.listing());
        }
        String stamp = status.text("Timestamp");
        LocalDateTime at = null;
        try {
            at = stamp == null ? null : LocalDateTime.parse(stamp, EdxmlFormat.TIMESTAMP);
        } catch (DateTimeParseException e) {
            problems.add("Timestamp", "edxml.timestamp.invalid", stamp);
        }
        if (stamp == null) {
            problems.add("Timestamp", "edxml.element.required", "Timestamp");
        }
        problems.throwIfAny();
        String description = status.text("Description");
        EdxmlStatus.Staff staff = status.child("StaffInfo")
                .map(s -> new EdxmlStatus.Staff(
                        s.text("Staff") == null ? "" : s.text("Staff"),
                        s.text("Department"),
                        s.text("Email"),
                        s.text("Mobile")))
                .orElse(null);
        String name = from.text("OrganName");
        // every one of these is required: a missing one was reported above
        return new EdxmlStatus(
                Objects.requireNonNull(responseFor),
                new EdxmlMessage.Organisation(
                        Objects.requireNonNull(organId),
                        name == null ? "" : name,
                        from.text("OrganAdd"),
                        from.text("Email"),
                        from.text("Telephone"),
                        from.text("Website")),
                Objects.requireNonNull(statusCode),
                description == null ? "" : description,
                Objects.requireNonNull(at),
                staff);
    }
}
