package vn.hdndso.documents.edxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlMessage.Organisation;

/** Writes an edXML package with the JDK's StAX, UTF-8, in the layout of {@link EdxmlFormat}. */
public final class EdxmlWriter {

    private EdxmlWriter() {}

    public static byte[] write(EdxmlMessage message) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml =
                    XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            var w = new Elements(xml);
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.start("edXMLEnvelope");
            xml.writeNamespace(EdxmlFormat.PREFIX, EdxmlFormat.NAMESPACE);
            w.start("edXMLHeader");
            header(w, message.header());
            w.start("TraceHeaderList");
            for (EdxmlMessage.TraceHeader trace : message.trace()) {
                w.start("TraceHeader");
                w.leaf("OrganId", trace.organId());
                w.leaf("Timestamp", EdxmlFormat.TIMESTAMP.format(trace.timestamp()));
                w.end();
            }
            w.end();
            w.end();
            w.start("edXMLBody");
            w.start("edXMLManifest");
            for (EdxmlMessage.Attachment attachment : message.attachments()) {
                w.start("Reference");
                w.leaf("ContentId", attachment.contentId());
                w.leaf("AttachmentName", attachment.name());
                w.leaf("ContentType", attachment.contentType());
                w.leaf("Description", attachment.description());
                w.leaf("Attachment", Base64.getEncoder().encodeToString(attachment.content()));
                w.end();
            }
            w.end();
            w.end();
            w.end();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write edXML", e);
        }
        return out.toByteArray();
    }

    private static void header(Elements w, EdxmlMessage.Header header) throws XMLStreamException {
        w.start("MessageHeader");
        organisation(w, "From", header.from());
        for (Organisation to : header.to()) {
            organisation(w, "To", to);
        }
        w.leaf("DocumentId", header.documentId());
        w.start("Code");
        w.leaf("CodeNumber", header.code().codeNumber());
        w.leaf("CodeNotation", header.code().codeNotation());
        w.end();
        w.start("PromulgationInfo");
        w.leaf("Place", header.promulgation().place());
        w.leaf("PromulgationDate", EdxmlFormat.DATE.format(header.promulgation().promulgationDate()));
        w.end();
        w.start("DocumentType");
        w.leaf("Type", header.documentType().type());
        w.leaf("TypeName", header.documentType().typeName());
        w.end();
        w.leaf("Subject", header.subject());
        w.start("SignerInfo");
        w.leaf("Competence", header.signer().competence());
        w.leaf("Position", header.signer().position());
        w.leaf("FullName", header.signer().fullName());
        w.end();
        w.leaf("DueDate", header.dueDate() == null ? null : EdxmlFormat.DATE.format(header.dueDate()));
        w.start("ToPlaces");
        for (String place : header.toPlaces()) {
            w.leaf("Place", place);
        }
        w.end();
        w.start("OtherInfo");
        w.leaf("Priority", Integer.toString(header.otherInfo().priority()));
        w.leaf("PromulgationAmount", Integer.toString(header.otherInfo().promulgationAmount()));
        w.leaf("PageAmount", Integer.toString(header.otherInfo().pageAmount()));
        w.end();
        w.end();
    }

    static void organisation(Elements w, String element, Organisation organisation) throws XMLStreamException {
        w.start(element);
        w.leaf("OrganId", organisation.organId());
        w.leaf("OrganName", organisation.organName());
        w.leaf("OrganAdd", organisation.organAdd());
        w.leaf("Email", organisation.email());
        w.leaf("Telephone", organisation.telephone());
        w.leaf("Website", organisation.website());
        w.end();
    }

    /** Elements in the edXML namespace; a leaf with no value is left out. */
    record Elements(XMLStreamWriter xml) {

        void start(String name) throws XMLStreamException {
            xml.writeStartElement(EdxmlFormat.PREFIX, name, EdxmlFormat.NAMESPACE);
        }

        void end() throws XMLStreamException {
            xml.writeEndElement();
        }

        void leaf(String name, @Nullable String value) throws XMLStreamException {
            if (value == null) {
                return;
            }
            start(name);
            xml.writeCharacters(value);
            end();
        }
    }
}
