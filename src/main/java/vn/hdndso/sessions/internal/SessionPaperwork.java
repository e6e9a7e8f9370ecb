package vn.hdndso.sessions.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.NewOutgoingDocument;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SessionDocuments;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionPaper;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The module's {@link SessionDocuments}: the notice and the minutes handed to the documents
 * module as outgoing documents, which numbers and signs them on issue.
 */
@Service("sessionDocuments")
class SessionPaperwork implements SessionDocuments {

    private static final String RECIPIENTS = "- Các vị đại biểu Hội đồng nhân dân;\n- Lưu: VT.";

    private final Councils councils;
    private final Sessions sessions;
    private final SessionPapers papers;
    private final SessionPaperRepository repository;
    private final OutgoingDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String noticeType;
    private final TransactionTemplate readOnly;

    SessionPaperwork(
            Councils councils,
            Sessions sessions,
            SessionPapers papers,
            SessionPaperRepository repository,
            OutgoingDocuments documents,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions,
            @Value("${hdnd.sessions.notice-type:GM}") String noticeType) {
        this.councils = councils;
        this.sessions = sessions;
        this.papers = papers;
        this.repository = repository;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
        this.noticeType = noticeType;
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionPaper> find(CouncilId council, SessionId session, SessionPaper.Kind kind) {
        sessions.require(council, session);
        return repository.find(council, session, kind, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionPaper> notice(CouncilId council, SessionId session) {
        return find(council, session, SessionPaper.Kind.NOTICE);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionPaper> publishedMinutes(CouncilId council, SessionId session) {
        return find(council, session, SessionPaper.Kind.MINUTES).filter(p -> p.state() == SessionPaper.State.PUBLISHED);
    }

    @Override
    @Transactional
    public SessionPaper draftNotice(CouncilId councilId, SessionId id) {
        CouncilSession session = sessions.require(councilId, id);
        session.state().requireNotClosed();
        if (repository.find(councilId, id, SessionPaper.Kind.NOTICE, true).isPresent()) {
            throw new BusinessRuleException("sessionpapers.notice.exists");
        }
        byte[] pdf = papers.invitationPdf(councilId, id, "");
        OutgoingDocument draft = documents.createDraft(
                councilId,
                new NewOutgoingDocument(
                        noticeType,
                        "TTHĐND",
                        null,
                        false,
                        "Triệu tập " + session.title(),
                        signer(),
                        "Chủ tịch HĐND",
                        RECIPIENTS),
                "giay-trieu-tap.pdf",
                pdf);
        SessionPaper paper = SessionPaper.draft(
                id,
                SessionPaper.Kind.NOTICE,
                "Triệu tập " + session.title(),
                draft.id().value(),
                CurrentUser.describe(),
                Instant.now(clock));
        repository.save(councilId, paper);
        events.publishEvent(audit(session, paper, "noticeDrafted").with("document", draft.id()));
        return paper;
    }

    @Override
    @Transactional
    public SessionPaper issueNotice(CouncilId councilId, SessionId id) {
        CouncilSession session = sessions.require(councilId, id);
        SessionPaper paper = repository
                .find(councilId, id, SessionPaper.Kind.NOTICE, true)
                .orElseThrow(() -> new NotFoundException("sessionpapers.notice.none", id));
        UUID document = Objects.requireNonNull(paper.documentId(), "a notice is drafted as a document");
        SessionPaper signed = paper.signed(document, Instant.now(clock));
        OutgoingDocument issued = documents.approveAndIssue(councilId, new DocumentId(document));
        repository.save(councilId, signed);
        events.publishEvent(audit(session, signed, "noticeIssued").with("number", issued.numberSymbol() + ""));
        return signed;
    }

    @Override
    @Transactional(readOnly = true)
    public SessionPaper minutes(CouncilId council, SessionId id) {
        sessions.require(council, id);
        return repository
                .find(council, id, SessionPaper.Kind.MINUTES, false)
                .orElseGet(() -> SessionPaper.draft(
                        id,
                        SessionPaper.Kind.MINUTES,
                        String.join("\n", papers.minutesLines(council, id)),
                        null,
                        "HĐND số",
                        Instant.now(clock)));
    }

    @Override
    @Transactional
    public SessionPaper editMinutes(CouncilId council, SessionId id, @Nullable String text) {
        CouncilSession session = sessions.require(council, id);
        String clean = SessionPaper.requireText(text);
        SessionPaper edited = current(council, id).edited(clean, CurrentUser.describe(), Instant.now(clock));
        repository.save(council, edited);
        events.publishEvent(audit(session, edited, "minutesEdited").with("characters", clean.length()));
        return edited;
    }

    @Override
    @Transactional
    public SessionPaper approveMinutes(CouncilId council, SessionId id) {
        CouncilSession session = sessions.require(council, id);
        SessionPaper approved =
                current(council, id).approved(session.isClosed(), CurrentUser.describe(), Instant.now(clock));
        repository.save(council, approved);
        events.publishEvent(audit(session, approved, "minutesApproved"));
        return approved;
    }

    @Override
    @Transactional
    public SessionPaper signMinutes(CouncilId councilId, SessionId id) {
        CouncilSession session = sessions.require(councilId, id);
        SessionPaper paper = current(councilId, id);
        if (paper.state() != SessionPaper.State.APPROVED) {
            throw new BusinessRuleException("sessionpapers.notApproved");
        }
        Council council = councils.require(councilId);
        byte[] pdf = papers.minutesPdf(council, session, lines(paper.text()));
        OutgoingDocument draft = documents.createDraft(
                councilId,
                new NewOutgoingDocument(
                        "BB",
                        "HĐND",
                        null,
                        false,
                        "Biên bản " + session.title(),
                        signer(),
                        "Chủ tọa kỳ họp",
                        RECIPIENTS),
                "bien-ban.pdf",
                pdf);
        OutgoingDocument issued = documents.approveAndIssue(councilId, draft.id());
        SessionPaper signed = paper.signed(draft.id().value(), Instant.now(clock));
        repository.save(councilId, signed);
        events.publishEvent(audit(session, signed, "minutesSigned").with("number", issued.numberSymbol() + ""));
        return signed;
    }

    @Override
    @Transactional
    public SessionPaper publishMinutes(CouncilId council, SessionId id) {
        CouncilSession session = sessions.require(council, id);
        SessionPaper published = current(council, id).published(Instant.now(clock));
        repository.save(council, published);
        events.publishEvent(audit(session, published, "minutesPublished"));
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.SESSIONS));
        }
        return published;
    }

    /** Not transactional itself: the lookup runs in the caller's scope, the signed PDF is read in the council's. */
    @Override
    public byte[] publishedMinutesPdf(CouncilId council, SessionId id) {
        SessionPaper paper = Objects.requireNonNull(readOnly.execute(status -> repository
                .find(council, id, SessionPaper.Kind.MINUTES, false)
                .filter(p -> p.state() == SessionPaper.State.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("sessionpapers.minutes.notPublished", id))));
        DocumentId document =
                new DocumentId(Objects.requireNonNull(paper.documentId(), "published minutes are signed"));
        // published minutes are public, whatever the register's own visibility of the document
        return Tenancy.call(new TenantScope.StaffCouncil(council), () -> documents.signedPdf(council, document));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] minutesDraftPdf(CouncilId councilId, SessionId id) {
        CouncilSession session = sessions.require(councilId, id);
        return papers.minutesPdf(
                councils.require(councilId),
                session,
                lines(minutes(councilId, id).text()));
    }

    private SessionPaper current(CouncilId council, SessionId id) {
        return repository.find(council, id, SessionPaper.Kind.MINUTES, true).orElseGet(() -> minutes(council, id));
    }

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n", -1));
    }

    private static String signer() {
        return CurrentUser.get().map(CurrentUser::fullName).orElse("Chủ tọa kỳ họp");
    }

    private static AuditEvent audit(CouncilSession session, SessionPaper paper, String verb) {
        return SessionAudit.of(session, verb).with("paper", paper.kind()).with("paperState", paper.state());
    }
}
