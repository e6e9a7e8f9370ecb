package vn.hdndso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hdndso.documents.EdxmlMessage;
import vn.hdndso.documents.EdxmlMessage.Organisation;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.InvalidInputException.FieldProblem;

class EdxmlReaderUnitTest {

    @Test
    void readsBackWhatTheWriterWrote() {
        EdxmlMessage written = EdxmlMessages.valid();

        EdxmlMessage read = EdxmlReader.read(EdxmlWriter.write(written));

        assertThat(read.header()).isEqualTo(written.header());
        assertThat(read.trace()).isEqualTo(written.trace());
        assertThat(read.attachments()).hasSize(1);
        EdxmlMessage.Attachment attachment = read.attachments().getFirst();
        assertThat(attachment.content()).isEqualTo(EdxmlMessages.CONTENT);
        assertThat(attachment.name()).isEqualTo("02-KH-TTHĐND.pdf");
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.description()).isEqualTo("Văn bản ký số");
    }

    @Test
    void writesTheEnvelopeInTheEdxmlNamespace() {
        String xml = EdxmlMessages.xml(EdxmlMessages.valid());

        assertThat(xml)
                .contains("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.e-doc.vn/Schema/\">")
                .contains("<edXML:edXMLHeader><edXML:MessageHeader><edXML:From><edXML:OrganId>000.00.99.T01<")
                .contains("<edXML:DocumentId>000.00.99.T01,2026/11/25,02/KH-TTHĐND</edXML:DocumentId>")
                .contains("<edXML:Code><edXML:CodeNumber>02</edXML:CodeNumber>"
                        + "<edXML:CodeNotation>KH-TTHĐND</edXML:CodeNotation></edXML:Code>")
                .contains("<edXML:PromulgationDate>2026/11/25</edXML:PromulgationDate>")
                .contains("<edXML:Subject>Kế hoạch thực hiện Nghị quyết 57 &amp; chuyển đổi số</edXML:Subject>")
                .contains("<edXML:edXMLBody><edXML:edXMLManifest><edXML:Reference><edXML:ContentId>1<");
    }

    @Test
    void requiresTheOrganIdOfSenderAndEveryRecipient() {
        var message = EdxmlMessages.with(
                EdxmlMessages.header(
                        Organisation.of("", "Không mã"),
                        List.of(Organisation.of(EdxmlMessages.TO, "Nhị Chiểu"), Organisation.of("", "Không mã")),
                        "Trích yếu",
                        "Lạc Phượng",
                        EdxmlMessages.FROM + ",2026/11/25,02/KH-TTHĐND"),
                "a.pdf");

        assertThat(problems(EdxmlMessages.xml(message)))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("From.OrganId", "edxml.organId.required"),
                        org.assertj.core.groups.Tuple.tuple("To[2].OrganId", "edxml.organId.required"));
    }

    @Test
    void refusesA501CharacterSubjectAndOverlongPlaceAndAttachmentName() {
        var message = EdxmlMessages.with(
                EdxmlMessages.header(
                        Organisation.of(EdxmlMessages.FROM, "Lạc Phượng"),
                        List.of(Organisation.of(EdxmlMessages.TO, "Nhị Chiểu")),
                        "ễ".repeat(501),
                        "P".repeat(151),
                        EdxmlMessages.FROM + ",2026/11/25,02/KH-TTHĐND"),
                "n".repeat(197) + ".pdf");

        List<FieldProblem> problems = problems(EdxmlMessages.xml(message));

        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PromulgationInfo.Place", "edxml.place.tooLong"),
                        org.assertj.core.groups.Tuple.tuple("Subject", "edxml.subject.tooLong"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Reference[1].AttachmentName", "edxml.attachmentName.tooLong"));
        assertThat(problems.get(1).arguments()).containsExactly(501, 500);
    }

    @Test
    void acceptsExactlyFiveHundredCharacters() {
        var message = EdxmlMessages.with(
                EdxmlMessages.header(
                        Organisation.of(EdxmlMessages.FROM, "Lạc Phượng"),
                        List.of(Organisation.of(EdxmlMessages.TO, "Nhị Chiểu")),
                        "ễ".repeat(500),
                        "P".repeat(150),
                        EdxmlMessages.FROM + ",2026/11/25,02/KH-TTHĐND"),
                "n".repeat(196) + ".pdf");

        assertThat(EdxmlReader.read(EdxmlWriter.write(message)).header().subject())
                .hasSize(500);
    }

    @Test
    void refusesTheSameRecipientTwice() {
        var message = EdxmlMessages.with(
                EdxmlMessages.header(
                        Organisation.of(EdxmlMessages.FROM, "Lạc Phượng"),
                        List.of(Organisation.of(EdxmlMessages.TO, "Nhị Chiểu"), Organisation.of(EdxmlMessages.TO, "x")),
                        "Trích yếu",
                        "Lạc Phượng",
                        EdxmlMessages.FROM + ",2026/11/25,02/KH-TTHĐND"),
                "a.pdf");

        List<FieldProblem> problems = problems(EdxmlMessages.xml(message));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("To[2].OrganId");
            assertThat(p.messageKey()).isEqualTo("edxml.to.duplicate");
            assertThat(p.arguments()).containsExactly(EdxmlMessages.TO);
        });
    }

    @Test
    void refusesAMalformedDocumentIdAndDatesThatDoNotParse() {
        String xml = EdxmlMessages.xml(EdxmlMessages.valid())
                .replace(EdxmlMessages.FROM + ",2026/11/25,02/KH-TTHĐND", "02/KH-TTHĐND")
                .replace("<edXML:PromulgationDate>2026/11/25<", "<edXML:PromulgationDate>2026/02/30<")
                .replace("<edXML:DueDate>2026/12/31<", "<edXML:DueDate>31/12/2026<");

        assertThat(problems(xml))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PromulgationInfo.PromulgationDate", "edxml.date.invalid"),
                        org.assertj.core.groups.Tuple.tuple("DocumentId", "edxml.documentId.format"),
                        org.assertj.core.groups.Tuple.tuple("DueDate", "edxml.date.invalid"));
    }

    @Test
    void refusesAnAttachmentThatIsNotBase64() {
        String xml = EdxmlMessages.xml(EdxmlMessages.valid())
                .replaceFirst("<edXML:Attachment>[^<]*<", "<edXML:Attachment>không phải base64!<");

        assertThat(problems(xml)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("Reference[1].Attachment");
            assertThat(p.messageKey()).isEqualTo("edxml.base64.invalid");
        });
    }

    @Test
    void listsEveryProblemAtOnce() {
        String xml = EdxmlMessages.xml(EdxmlMessages.valid())
                .replace(
                        "<edXML:OrganId>" + EdxmlMessages.FROM + "</edXML:OrganId><edXML:OrganName>",
                        "<edXML:OrganName>")
                .replace("<edXML:Subject>", "<edXML:Subject>" + "x".repeat(500))
                .replaceFirst("<edXML:Attachment>[^<]*<", "<edXML:Attachment>@@@<");

        assertThat(problems(xml))
                .extracting(FieldProblem::field)
                .containsExactly("From.OrganId", "Subject", "Reference[1].Attachment");
    }

    @Test
    void refusesMalformedXmlWithItsPosition() {
        var problem = problems("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.e-doc.vn/Schema/\">\n<a></b>")
                .getFirst();

        assertThat(problem.field()).isEqualTo("xml");
        assertThat(problem.messageKey()).isEqualTo("edxml.xml.malformed");
        assertThat(problem.arguments()[0]).isEqualTo("2");
    }

    @Test
    void refusesAnExternalEntityWithoutResolvingIt() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE edXMLEnvelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&xxe;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope>
                """;

        assertThat(problems(xxe))
                .singleElement()
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly("xml", "edxml.xml.doctype");
    }

    @Test
    void refusesAnEntityExpansionBomb() {
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <edXMLEnvelope>&lol2;</edXMLEnvelope>
                """;

        assertThat(problems(bomb))
                .singleElement()
                .extracting(FieldProblem::messageKey)
                .isEqualTo("edxml.xml.doctype");
    }

    @Test
    void refusesAnotherRootElement() {
        assertThat(problems("<html/>"))
                .singleElement()
                .extracting(FieldProblem::messageKey)
                .isEqualTo("edxml.xml.notEnvelope");
    }

    private static List<FieldProblem> problems(String xml) {
        var thrown = assertThatThrownBy(() -> EdxmlReader.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        return ((InvalidInputException) thrown).problems();
    }
}
