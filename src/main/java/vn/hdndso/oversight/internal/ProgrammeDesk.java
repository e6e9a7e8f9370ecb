package vn.hdndso.oversight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.documents.DocumentId;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.oversight.OversightProgrammes;
import vn.hdndso.oversight.TopicChanged;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;

/** {@link OversightProgrammes} in {@code oversight_proposal} and {@code oversight_programme}. */
@Service
class ProgrammeDesk implements OversightProgrammes {

    private final JdbcClient jdbc;
    private final TopicRepository topics;
    private final OutgoingDocuments documents;
    private final OversightProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeDesk(
            JdbcClient jdbc,
            TopicRepository topics,
            OutgoingDocuments documents,
            OversightProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.topics = topics;
        this.documents = documents;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Proposal propose(
            CouncilId council, @Nullable Integer year, @Nullable String title, @Nullable ProposerKind by) {
        var problems = new InvalidInputException.Collector();
        if (year == null) {
            problems.add("year", "oversight.topic.year.required");
        } else if (year < 2000 || year > 2100) {
            problems.add("year", "oversight.topic.year.invalid", year);
        }
        String text = title == null ? "" : title.strip();
        if (text.isEmpty()) {
            problems.add("title", "oversight.topic.title.required");
        } else if (text.length() > TopicDesk.MAX_TITLE) {
            problems.add("title", "oversight.topic.title.tooLong", TopicDesk.MAX_TITLE);
        }
        if (by == null) {
            problems.add("proposerKind", "oversight.proposal.by.required");
        }
        problems.throwIfAny();
        int programmeYear = Objects.requireNonNull(year, "checked");
        LocalDate today = VnTime.today(clock);
        var proposal = new Proposal(
                UUID.randomUUID(),
                programmeYear,
                text,
                Objects.requireNonNull(by, "checked"),
                CurrentUser.describe(),
                today,
                properties.calendar().lateProposal(programmeYear, today));
        jdbc.sql("""
                        insert into oversight_proposal (id, council_id, year, title, proposer_kind, proposed_by,
                          proposed_on, late)
                        values (:id, :council, :year, :title, :kind, :by, :on, :late)""")
                .param("id", proposal.id())
                .param("council", council.value())
                .param("year", proposal.year())
                .param("title", proposal.title())
                .param("kind", proposal.proposerKind().name())
                .param("by", proposal.proposedBy())
                .param("on", proposal.proposedOn())
                .param("late", proposal.late())
                .update();
        events.publishEvent(new TopicChanged(council, proposal.id(), "proposal"));
        return proposal;
    }

    @Override
    @Transactional
    public Programme adopt(CouncilId council, int year, @Nullable UUID resolutionDocumentId) {
        if (resolutionDocumentId == null) {
            throw InvalidInputException.of("resolutionDocumentId", "oversight.programme.resolution.required");
        }
        OutgoingDocument resolution = documents.requireIssued(council, new DocumentId(resolutionDocumentId));
        if (resolution.type() != DocumentType.NGHI_QUYET) {
            throw InvalidInputException.of(
                    "resolutionDocumentId", "oversight.programme.resolution.notResolution", resolution.subject());
        }
        LocalDate adoptedOn = resolution.issue() == null
                ? VnTime.today(clock)
                : resolution.issue().issueDate();
        jdbc.sql("""
                        insert into oversight_programme (council_id, year, resolution_document_id, resolution_title,
                          adopted_on, adopted_by)
                        values (:council, :year, :document, :title, :on, :by)
                        on conflict (council_id, year) do update set resolution_document_id = excluded.resolution_document_id,
                          resolution_title = excluded.resolution_title, adopted_on = excluded.adopted_on,
                          adopted_by = excluded.adopted_by""")
                .param("council", council.value())
                .param("year", year)
                .param("document", resolutionDocumentId)
                .param("title", TopicReports.title(resolution))
                .param("on", adoptedOn)
                .param("by", CurrentUser.describe())
                .update();
        events.publishEvent(new TopicChanged(council, resolutionDocumentId, "programme"));
        events.publishEvent(new PublicContentChanged(council, QuestionDesk.PUBLIC_KIND));
        return of(council, year);
    }

    @Override
    @Transactional(readOnly = true)
    public Programme of(CouncilId council, int year) {
        ProgrammeCalendar calendar = properties.calendar();
        List<Proposal> proposals = jdbc.sql("""
                        select * from oversight_proposal where council_id = :council and year = :year
                        order by proposed_on, created_at""")
                .param("council", council.value())
                .param("year", year)
                .query((rs, n) -> new Proposal(
                        rs.getObject("id", UUID.class),
                        rs.getInt("year"),
                        rs.getString("title"),
                        ProposerKind.valueOf(rs.getString("proposer_kind")),
                        rs.getString("proposed_by"),
                        rs.getObject("proposed_on", LocalDate.class),
                        rs.getBoolean("late")))
                .list();
        Optional<Adoption> adoption = jdbc.sql("""
                        select resolution_document_id, resolution_title, adopted_on from oversight_programme
                        where council_id = :council and year = :year""")
                .param("council", council.value())
                .param("year", year)
                .query((rs, n) -> new Adoption(
                        rs.getObject("resolution_document_id", UUID.class),
                        rs.getString("resolution_title"),
                        rs.getObject("adopted_on", LocalDate.class)))
                .optional();
        return new Programme(
                year,
                calendar.proposalsDue(year),
                calendar.adoptionDue(year),
                calendar.resultsDue(year),
                proposals,
                adoption.map(Adoption::document).orElse(null),
                adoption.map(Adoption::title).orElse(null),
                adoption.map(Adoption::on).orElse(null),
                topics.ofYear(council, year));
    }

    private record Adoption(UUID document, String title, LocalDate on) {}
}
