package vn.hdndso.reports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilOrganisation;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.documents.DocumentStatus;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.indicators.Period;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanIndicators;
import vn.hdndso.plans.PlanState;
import vn.hdndso.plans.Plans;
import vn.hdndso.reports.GeneratedReport;
import vn.hdndso.reports.PeriodicReports;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.Sha256;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/**
 * {@link PeriodicReports}: reads the council, its confirmed plan and the progress of its indicators,
 * composes the report, writes it as DOCX and PDF and enters it in the documents as a draft report
 * of the standing committee, all in one transaction.
 */
@Service
class ReportService implements PeriodicReports {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Councils councils;
    private final CouncilOrganisation organisation;
    private final Plans plans;
    private final PlanIndicators indicators;
    private final OutgoingDocuments documents;
    private final ReportRepository repository;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            Councils councils,
            CouncilOrganisation organisation,
            Plans plans,
            PlanIndicators indicators,
            OutgoingDocuments documents,
            ReportRepository repository,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.councils = councils;
        this.organisation = organisation;
        this.plans = plans;
        this.indicators = indicators;
        this.documents = documents;
        this.repository = repository;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public GeneratedReport generate(CouncilId councilId, Period period) {
        if (period.kind() == Period.Kind.MONTH) {
            throw vn.hdndso.shared.InvalidInputException.of("period", "reports.period.month", period.toString());
        }
        Council council = councils.require(councilId);
        ReportFacts facts = new ReportFacts(
                council.name(),
                councils.provincial().map(Council::name).orElse(null),
                period,
                VnTime.today(clock),
                planInForce(councilId)
                        .map(p -> new ReportFacts.PlanFacts(
                                p.number(), p.title(), p.reading().tasks()))
                        .orElse(null),
                indicators.progress(councilId, period),
                names());
        ReportContent content = ReportComposer.compose(facts);
        byte[] docx = ReportDocx.write(content);
        byte[] pdf = ReportPdf.write(content);
        String file = "bao-cao-chuyen-doi-so-" + period;
        OutgoingDocument draft = documents.createDraft(
                councilId,
                new NewOutgoingDocument(
                        DocumentType.BAO_CAO.code(),
                        ReportComposer.STANDING_SYMBOL,
                        null,
                        false,
                        content.subject(),
                        signerName(council),
                        "Chủ tịch HĐND",
                        String.join("\n", content.recipients())),
                file + ".pdf",
                pdf,
                file + ".docx",
                docx);
        var row = new ReportRepository.Row(
                UUID.randomUUID(),
                councilId,
                period,
                draft.id(),
                content.subject(),
                Sha256.hex(docx),
                Sha256.hex(pdf),
                CurrentUser.describe(),
                Instant.now(clock));
        repository.insert(row);
        events.publishEvent(AuditEvent.of(councilId, "reports.report.generated", "report", row.id())
                .with("period", period.toString())
                .with("document", draft.id().value()));
        return view(row, draft.status());
    }

    @Override
    @Transactional(readOnly = true)
    public List<GeneratedReport> list(CouncilId council) {
        return repository.list(council).stream().map(row -> view(council, row)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public GeneratedReport require(CouncilId council, UUID id) {
        return view(council, row(council, id));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] docx(CouncilId council, UUID id) {
        return documents.editableOriginalDocx(council, row(council, id).documentId());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] pdf(CouncilId council, UUID id) {
        return documents.originalPdf(council, row(council, id).documentId());
    }

    private ReportRepository.Row row(CouncilId council, UUID id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("reports.report.notFound", id));
    }

    private GeneratedReport view(CouncilId council, ReportRepository.Row row) {
        DocumentStatus status = documents
                .find(council, row.documentId())
                .map(OutgoingDocument::status)
                .orElse(DocumentStatus.DRAFT);
        return view(row, status);
    }

    private static GeneratedReport view(ReportRepository.Row row, DocumentStatus status) {
        return new GeneratedReport(
                row.id(),
                row.council(),
                row.period(),
                row.documentId(),
                status,
                row.subject(),
                row.docxSha256(),
                row.pdfSha256(),
                row.createdBy(),
                row.createdAt());
    }

    /** The plan the council works to: its confirmed plan, the latest confirmed if there were several. */
    private Optional<Plan> planInForce(CouncilId council) {
        return plans.list(council).stream()
                .filter(p -> p.confirmedVersion() > 0)
                .sorted(Comparator.comparing((Plan p) -> p.state() != PlanState.CONFIRMED)
                        .thenComparing(Plan::updatedAt, Comparator.reverseOrder()))
                .findFirst();
    }

    /** The chair of the standing committee, who signs; the position when nobody holds the seat yet. */
    private String signerName(Council council) {
        return organisation.profile(council.id()).standingCommittee().stream()
                .flatMap(body -> body.seats().stream())
                .filter(seat -> seat.role() == MembershipRole.CHAIR)
                .map(seat -> seat.delegate().fullName())
                .findFirst()
                .orElse("Chủ tịch HĐND " + ReportComposer.lowerFirst(council.name()));
    }

    /** The indicators' names from their own messages where present (the composer knows defaults). */
    private Map<IndicatorCode, String> names() {
        Map<IndicatorCode, String> names = new EnumMap<>(IndicatorCode.class);
        for (IndicatorCode code : IndicatorCode.values()) {
            String name = messages.getMessage(code.nameKey(), null, "", VI);
            if (name != null && !name.isBlank()) {
                names.put(code, name);
            }
        }
        return names;
    }
}
