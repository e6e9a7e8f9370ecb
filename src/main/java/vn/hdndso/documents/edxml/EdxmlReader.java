package vn.hdndso.documents.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlMessage.Organisation;
import vn.hdndso.shared.InvalidInputException;

/**
 * Reads an edXML package and checks it against the rules of DOMAIN.md, reporting every problem
 * together, each with the path of its field ({@code To[2].OrganId}): OrganId required and well
 * formed (From and every To, at least one To), no recipient twice, DocumentId in the form {@code
 * OrganId,yyyy/MM/dd,CodeNumber/CodeNotation}, Subject ≤ 500, Place ≤ 150, attachment name ≤ 200,
 * dates that parse, attachments that decode from base64.
 */
public final class EdxmlReader {

    private static final Pattern DOCUMENT_ID =
            Pattern.compile("(" + EdxmlFormat.ORGAN_ID_PATTERN + "),(\\d{4}/\\d{2}/\\d{2}),([^/,]+)/([^,]+)");

    private final InvalidInputException.Collector problems = new InvalidInputException.Collector();

    private EdxmlReader() {}

    /**
     * @throws InvalidInputException listing every problem found, in document order
     */
    public static EdxmlMessage read(byte[] xml) {
        XmlTree root = XmlTree.parse(xml);
        if (!root.name().equals("edXMLEnvelope")) {
            throw InvalidInputException.of("xml", "edxml.xml.notEnvelope", root.name());
        }
        var reader = new EdxmlReader();
        EdxmlMessage message = reader.envelope(root);
        reader.problems.throwIfAny();
        return message;
    }

    private EdxmlMessage envelope(XmlTree root) {
        XmlTree header = element(root, "edXMLHeader", "edXMLHeader");
        XmlTree messageHeader = element(header, "MessageHeader", "MessageHeader");
        XmlTree traces = header.child("TraceHeaderList").orElse(null);
        XmlTree manifest = root.child("edXMLBody")
                .flatMap(body -> body.child("edXMLManifest"))
                .orElse(null);
        if (manifest == null) {
            problems.add("edXMLBody.edXMLManifest", "edxml.element.required", "edXMLBody/edXMLManifest");
        }
        return new EdxmlMessage(
                header(messageHeader),
                traces == null ? List.of() : trace(traces),
                manifest == null ? List.of() : attachments(manifest));
    }

    private EdxmlMessage.Header header(XmlTree h) {
        Organisation from = organisation(element(h, "From", "From"), "From", "bên gửi (From)");
        List<XmlTree> toElements = h.children("To");
        if (toElements.isEmpty()) {
            problems.add("To", "edxml.to.required");
        }
        List<Organisation> to = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < toElements.size(); i++) {
            String field = "To[" + (i + 1) + "]";
            Organisation recipient = organisation(toElements.get(i), field, "bên nhận (To) thứ " + (i + 1));
            if (!recipient.organId().isEmpty() && !seen.add(recipient.organId())) {
                problems.add(field + ".OrganId", "edxml.to.duplicate", recipient.organId());
            }
            to.add(recipient);
        }
        String documentId = required(h, "DocumentId", "DocumentId");
        XmlTree code = element(h, "Code", "Code");
        var codeValue = new EdxmlMessage.Code(
                required(code, "CodeNumber", "Code.CodeNumber"), required(code, "CodeNotation", "Code.CodeNotation"));
        XmlTree promulgation = element(h, "PromulgationInfo", "PromulgationInfo");
        String place = required(promulgation, "Place", "PromulgationInfo.Place");
        maxLength("PromulgationInfo.Place", "edxml.place.tooLong", place, EdxmlFormat.MAX_PLACE);
        LocalDate promulgationDate = requiredDate(
                required(promulgation, "PromulgationDate", "PromulgationInfo.PromulgationDate"),
                "PromulgationInfo.PromulgationDate");
        checkDocumentId(documentId, from.organId());
        XmlTree type = element(h, "DocumentType", "DocumentType");
        var kind = new EdxmlMessage.DocumentKind(
                required(type, "Type", "DocumentType.Type"), required(type, "TypeName", "DocumentType.TypeName"));
        String subject = required(h, "Subject", "Subject");
        maxLength("Subject", "edxml.subject.tooLong", subject, EdxmlFormat.MAX_SUBJECT);
        XmlTree signer = element(h, "SignerInfo", "SignerInfo");
        var signerInfo = new EdxmlMessage.SignerInfo(
                signer.text("Competence"),
                required(signer, "Position", "SignerInfo.Position"),
                required(signer, "FullName", "SignerInfo.FullName"));
        String due = h.text("DueDate");
        List<String> toPlaces = h.child("ToPlaces").stream()
                .flatMap(p -> p.children("Place").stream())
                .map(XmlTree::text)
                .filter(t -> !t.isEmpty())
                .toList();
        XmlTree other = h.child("OtherInfo").orElse(null);
        var otherInfo = new EdxmlMessage.OtherInfo(
                number(other, "Priority"), number(other, "PromulgationAmount"), number(other, "PageAmount"));
        return new EdxmlMessage.Header(
                from,
                to,
                documentId,
                codeValue,
                new EdxmlMessage.PromulgationInfo(place, promulgationDate),
                kind,
                subject,
                signerInfo,
                due == null ? null : date(due, "DueDate"),
                toPlaces,
                otherInfo);
    }

    private Organisation organisation(XmlTree element, String field, String who) {
        String organId = element.text("OrganId");
        if (organId == null) {
            problems.add(field + ".OrganId", "edxml.organId.required", who);
            organId = "";
        } else if (!organId.matches(EdxmlFormat.ORGAN_ID_PATTERN)) {
            problems.add(field + ".OrganId", "edxml.organId.format", organId);
        }
        String name = element.text("OrganName");
        return new Organisation(
                organId,
                name == null ? "" : name,
                element.text("OrganAdd"),
                element.text("Email"),
                element.text("Telephone"),
                element.text("Website"));
    }

    private void checkDocumentId(String documentId, String fromOrganId) {
        if (documentId.isEmpty()) {
            return;
        }
        Matcher m = DOCUMENT_ID.matcher(documentId);
        if (!m.matches()) {
            problems.add("DocumentId", "edxml.documentId.format", documentId);
            return;
        }
        date(m.group(2), "DocumentId");
        if (!fromOrganId.isEmpty() && !m.group(1).equals(fromOrganId)) {
            problems.add("DocumentId", "edxml.documentId.otherOrgan", m.group(1), fromOrganId);
        }
    }

    private List<EdxmlMessage.TraceHeader> trace(XmlTree list) {
        List<EdxmlMessage.TraceHeader> trace = new ArrayList<>();
        List<XmlTree> headers = list.children("TraceHeader");
        for (int i = 0; i < headers.size(); i++) {
            String field = "TraceHeader[" + (i + 1) + "]";
            String organId = required(headers.get(i), "OrganId", field + ".OrganId");
            String stamp = required(headers.get(i), "Timestamp", field + ".Timestamp");
            LocalDateTime at = null;
            if (!stamp.isEmpty()) {
                try {
                    at = LocalDateTime.parse(stamp, EdxmlFormat.TIMESTAMP);
                } catch (DateTimeParseException e) {
                    problems.add(field + ".Timestamp", "edxml.timestamp.invalid", stamp);
                }
            }
            if (at != null) {
                trace.add(new EdxmlMessage.TraceHeader(organId, at));
            }
        }
        return trace;
    }

    private List<EdxmlMessage.Attachment> attachments(XmlTree manifest) {
        List<EdxmlMessage.Attachment> attachments = new ArrayList<>();
        List<XmlTree> references = manifest.children("Reference");
        for (int i = 0; i < references.size(); i++) {
            XmlTree reference = references.get(i);
            String field = "Reference[" + (i + 1) + "]";
            String name = required(reference, "AttachmentName", field + ".AttachmentName");
            maxLength(field + ".AttachmentName", "edxml.attachmentName.tooLong", name, EdxmlFormat.MAX_ATTACHMENT_NAME);
            String contentId = reference.text("ContentId");
            String contentType = reference.text("ContentType");
            byte[] content = decode(reference, field + ".Attachment");
            attachments.add(new EdxmlMessage.Attachment(
                    contentId == null ? Integer.toString(i + 1) : contentId,
                    name,
                    contentType == null ? "application/octet-stream" : contentType,
                    reference.text("Description"),
                    content));
        }
        return attachments;
    }

    private byte[] decode(XmlTree reference, String field) {
        String encoded = reference.text("Attachment");
        if (encoded == null) {
            problems.add(field, "edxml.element.required", field);
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(encoded.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            problems.add(field, "edxml.base64.invalid");
            return new byte[0];
        }
    }

    /** A child element that must be there; when it is not, the problem is noted and an empty one stands in. */
    private XmlTree element(XmlTree parent, String name, String field) {
        return parent.child(name).orElseGet(() -> {
            problems.add(field, "edxml.element.required", field);
            return XmlTree.absent(name);
        });
    }

    private String required(XmlTree parent, String name, String field) {
        String value = parent.text(name);
        if (value == null) {
            problems.add(field, "edxml.element.required", field);
            return "";
        }
        return value;
    }

    private void maxLength(String field, String key, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.add(field, key, length, max);
        }
    }

    /**
     * A required date; when it is missing or invalid the problem is reported and a placeholder
     * stands in (as {@link #required} answers ""), so the message is never returned with it.
     */
    private LocalDate requiredDate(String value, String field) {
        LocalDate date = date(value, field);
        return date == null ? LocalDate.EPOCH : date;
    }

    private @Nullable LocalDate date(String value, String field) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, EdxmlFormat.DATE);
        } catch (DateTimeParseException e) {
            problems.add(field, "edxml.date.invalid", value);
            return null;
        }
    }

    private int number(@Nullable XmlTree parent, String name) {
        String value = parent == null ? null : parent.text(name);
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add("OtherInfo." + name, "edxml.number.invalid", value);
            return 0;
        }
    }
}
