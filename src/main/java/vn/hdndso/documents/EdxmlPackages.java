package vn.hdndso.documents;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.edxml.EdxmlFormat;
import vn.hdndso.documents.edxml.EdxmlProperties;
import vn.hdndso.documents.edxml.EdxmlReader;
import vn.hdndso.documents.edxml.EdxmlSignature;
import vn.hdndso.documents.edxml.EdxmlStatusXml;
import vn.hdndso.documents.edxml.EdxmlWriter;
import vn.hdndso.documents.signatures.CouncilKeys;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * edXML packages (QCVN 102:2016/BTTTT, amended 2022): an issued outgoing document exported with
 * its signed PDF, a received package read and validated (every problem reported in Vietnamese,
 * the signatures of attached PDFs checked), and status messages about a document. Transport to
 * the national document exchange platform is not part of this software. See {@code docs/edxml.md}.
 */
@Service
public class EdxmlPackages {

    private final Councils councils;
    private final OutgoingDocuments documents;
    private final SignatureValidation signatures;
    private final EdxmlProperties settings;
    private final ApplicationEventPublisher events;
    private final EdxmlExports exports;
    private final CouncilKeys keys;
    private final Clock clock;

    EdxmlPackages(
            Councils councils,
            OutgoingDocuments documents,
            SignatureValidation signatures,
            EdxmlProperties settings,
            ApplicationEventPublisher events,
            CouncilKeys keys,
            EdxmlExports exports,
            Clock clock) {
        this.keys = keys;
        this.exports = exports;
        this.clock = clock;
        this.councils = councils;
        this.documents = documents;
        this.signatures = signatures;
        this.settings = settings;
        this.events = events;
    }

    /**
     * What validation found: the package, its own XML signature, and per attachment its digest
     * and PDF signatures.
     */
    public record Validation(
            EdxmlMessage message, EdxmlSignatureCheck packageSignature, List<AttachmentCheck> attachments) {}

    /**
     * @param sha256 lower-case hex of the decoded content
     * @param signatures the PDF's signatures when the attachment is a PDF (by content), else null
     */
    public record AttachmentCheck(
            String name,
            String contentType,
            int size,
            String sha256,
            @Nullable SignatureReport signatures) {}

    /**
     * Reads and validates a package, for the incoming register to take over.
     *
     * @throws InvalidInputException listing every problem, each with its field
     */
    public EdxmlMessage read(byte[] xml) {
        return EdxmlReader.read(xml);
    }

    /**
     * Reads and validates a package and checks the signatures of its PDF attachments.
     *
     * @throws InvalidInputException listing every problem, each with its field
     */
    public Validation validate(byte[] xml) {
        EdxmlMessage message = EdxmlReader.read(xml);
        var problems = new InvalidInputException.Collector();
        List<AttachmentCheck> checks = new ArrayList<>();
        for (int i = 0; i < message.attachments().size(); i++) {
            EdxmlMessage.Attachment attachment = message.attachments().get(i);
            byte[] content = attachment.content();
            SignatureReport report = null;
            if (isPdf(content)) {
                try {
                    report = signatures.validate(content);
                } catch (InvalidInputException e) {
                    String field = "Reference[" + (i + 1) + "].Attachment";
                    e.problems().forEach(p -> problems.add(field, p.messageKey(), p.arguments()));
                }
            }
            checks.add(new AttachmentCheck(
                    attachment.name(), attachment.contentType(), content.length, Sha256.hex(content), report));
        }
        problems.throwIfAny();
        return new Validation(message, EdxmlSignature.verify(xml), checks);
    }

    /**
     * The edXML package of an issued document: header from the document, the signed PDF attached;
     * the export is registered ({@link EdxmlExports}).
     *
     * @param to the OrganIds of the receiving organisations, at least one
     * @throws BusinessRuleException if the document is not issued or the council has no OrganId
     */
    @Transactional
    public byte[] export(CouncilId councilId, DocumentId id, List<String> to) {
        Council council = councils.require(councilId);
        OutgoingDocument document = documents.require(councilId, id);
        if (document.status() != DocumentStatus.ISSUED) {
            throw new BusinessRuleException(
                    null, "edxml.export.notIssued", document.status().vietnameseLabel());
        }
        String organId = organIdOf(council);
        List<EdxmlMessage.Organisation> recipients = recipients(to);
        OutgoingDocument.Issue issue = Objects.requireNonNull(document.issue());
        String numberSymbol = issue.number().format();
        byte[] pdf = documents.signedPdf(councilId, id);
        var header = new EdxmlMessage.Header(
                organisation(council, organId),
                recipients,
                documentId(organId, issue, numberSymbol),
                EdxmlMessage.Code.of(numberSymbol),
                new EdxmlMessage.PromulgationInfo(PlaceAndDate.placeOf(council.name()), issue.issueDate()),
                new EdxmlMessage.DocumentKind(
                        document.type().code(), document.type().vietnameseName()),
                document.subject(),
                new EdxmlMessage.SignerInfo(
                        competence(document.issuerSymbol()), document.signerPosition(), document.signerName()),
                null,
                document.recipientList(),
                new EdxmlMessage.OtherInfo(0, 1, document.pageCount()));
        var message = new EdxmlMessage(
                header,
                List.of(new EdxmlMessage.TraceHeader(
                        organId, LocalDateTime.now(clock.withZone(VnTime.ZONE)).withNano(0))),
                List.of(new EdxmlMessage.Attachment(
                        "1",
                        numberSymbol.replace('/', '-') + ".pdf",
                        "application/pdf",
                        "Văn bản " + numberSymbol + " có chữ ký số",
                        pdf)));
        CouncilKeys.CouncilKey key = keys.of(council);
        byte[] xml = EdxmlSignature.sign(EdxmlWriter.write(message), key.entry().getPrivateKey(), key.certificate());
        exports.record(councilId, id, numberSymbol, recipients);
        events.publishEvent(AuditEvent.of(councilId, "documents.document.edxmlExported", "document", id)
                .with("numberSymbol", numberSymbol)
                .with(
                        "to",
                        String.join(
                                ",",
                                recipients.stream()
                                        .map(EdxmlMessage.Organisation::organId)
                                        .toList()))
                .with("sha256", Sha256.hex(xml)));
        return xml;
    }

    /**
     * A status message about an issued (or recalled) document, from the council, by the caller.
     *
     * @throws BusinessRuleException if the document was never issued or the council has no OrganId
     */
    @Transactional(readOnly = true)
    public byte[] status(CouncilId councilId, DocumentId id, EdxmlStatusCode code, @Nullable String description) {
        Council council = councils.require(councilId);
        OutgoingDocument document = documents.require(councilId, id);
        if (document.issue() == null) {
            throw new BusinessRuleException(
                    null, "edxml.export.notIssued", document.status().vietnameseLabel());
        }
        String organId = organIdOf(council);
        String text = description == null || description.isBlank() ? code.vietnameseName() : description.strip();
        if (text.length() > 1000) {
            throw InvalidInputException.of("description", "edxml.status.description.tooLong", 1000);
        }
        EdxmlStatus.Staff staff = CurrentUser.get()
                .map(u -> new EdxmlStatus.Staff(u.fullName(), null, null, null))
                .orElse(null);
        return EdxmlStatusXml.write(new EdxmlStatus(
                documentId(organId, document.issue(), document.issue().number().format()),
                organisation(council, organId),
                code,
                text,
                LocalDateTime.now(clock.withZone(VnTime.ZONE)).withNano(0),
                staff));
    }

    private String organIdOf(Council council) {
        return settings.organIdOf(council.code())
                .orElseThrow(() ->
                        new BusinessRuleException(null, "edxml.export.noOrganId", council.name(), council.code()));
    }

    private List<EdxmlMessage.Organisation> recipients(List<String> to) {
        var problems = new InvalidInputException.Collector();
        Set<String> organIds = new LinkedHashSet<>();
        for (String raw : to) {
            String organId = raw.strip().toUpperCase(Locale.ROOT);
            if (!organId.matches(EdxmlFormat.ORGAN_ID_PATTERN)) {
                problems.add("to", "edxml.organId.format", raw);
            } else if (!organIds.add(organId)) {
                problems.add("to", "edxml.to.duplicate", organId);
            }
        }
        if (to.isEmpty()) {
            problems.add("to", "edxml.export.to.required");
        }
        problems.throwIfAny();
        return organIds.stream()
                .map(organId -> EdxmlMessage.Organisation.of(
                        organId,
                        settings.councilCodeOf(organId)
                                .flatMap(code -> councils.all().stream()
                                        .filter(c -> c.code().equals(code))
                                        .findFirst())
                                .map(EdxmlPackages::organName)
                                .orElse("")))
                .toList();
    }

    private static EdxmlMessage.Organisation organisation(Council council, String organId) {
        return EdxmlMessage.Organisation.of(organId, organName(council));
    }

    /** "Hội đồng nhân dân xã Lạc Phượng". */
    static String organName(Council council) {
        String name = council.name();
        return "Hội đồng nhân dân " + name.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + name.substring(1);
    }

    /** Decree 30: a collective body's document is signed on its behalf ("TM."). */
    private static @Nullable String competence(String issuerSymbol) {
        return switch (issuerSymbol) {
            case "HĐND" -> "TM. HỘI ĐỒNG NHÂN DÂN";
            case "TTHĐND" -> "TM. THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN";
            default -> null;
        };
    }

    private static String documentId(String organId, OutgoingDocument.Issue issue, String numberSymbol) {
        return organId + "," + issue.issueDate().format(java.time.format.DateTimeFormatter.ofPattern("uuuu/MM/dd"))
                + "," + numberSymbol;
    }

    private static boolean isPdf(byte[] content) {
        return content.length >= 5
                && Arrays.equals(Arrays.copyOf(content, 5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
