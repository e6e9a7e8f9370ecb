package vn.hdndso.oversight.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.oversight.AnswerMode;
import vn.hdndso.oversight.Commitment;
import vn.hdndso.oversight.CommitmentState;
import vn.hdndso.oversight.OversightProgrammes;
import vn.hdndso.oversight.OversightTopic;
import vn.hdndso.oversight.Question;
import vn.hdndso.oversight.QuestionState;
import vn.hdndso.oversight.Recommendation;

/** The JSON shapes of the oversight API. */
final class OversightViews {

    private OversightViews() {}

    record AskRequest(
            @Nullable String text,
            @Nullable UUID addressedTo,
            @Nullable UUID followsUp,
            @Nullable UUID petitionIssueId) {}

    record MetRequest(@Nullable LocalDate metOn) {}

    record CommitmentView(
            UUID id, String text, LocalDate dueOn, @Nullable LocalDate metOn, CommitmentState state) {

        static CommitmentView of(Commitment c, LocalDate today) {
            return new CommitmentView(c.id(), c.text(), c.dueOn(), c.metOn(), c.stateOn(today));
        }
    }

    record AnswerView(
            String text,
            AnswerMode mode,
            @Nullable String answeredBy,
            @Nullable LocalDate answeredOn,
            boolean late,
            @Nullable Integer recordingOffset) {}

    record QuestionView(
            UUID id,
            String text,
            UUID addressedTo,
            String addressedToName,
            String askedBy,
            LocalDate askedOn,
            LocalDate dueOn,
            QuestionState state,
            boolean overdue,
            @Nullable String group,
            @Nullable UUID sessionId,
            @Nullable UUID agendaItemId,
            @Nullable String agendaItemTitle,
            @Nullable AnswerView answer,
            List<CommitmentView> commitments,
            @Nullable UUID followsUp,
            @Nullable UUID petitionIssueId,
            String publicUrl) {

        static QuestionView of(String slug, Question q, LocalDate today) {
            return new QuestionView(
                    q.id(),
                    q.text(),
                    q.addressedUnitId(),
                    q.addressedUnitName(),
                    q.askedBy(),
                    q.askedOn(),
                    q.dueOn(),
                    q.state(),
                    q.overdueOn(today),
                    q.groupLabel(),
                    q.sessionId(),
                    q.agendaItemId(),
                    q.agendaItemTitle(),
                    q.answerText() == null || q.answerMode() == null
                            ? null
                            : new AnswerView(
                                    q.answerText(),
                                    q.answerMode(),
                                    q.answeredBy(),
                                    q.answeredOn(),
                                    q.answeredLate(),
                                    q.recordingOffset()),
                    q.commitments().stream()
                            .map(c -> CommitmentView.of(c, today))
                            .toList(),
                    q.followsUpId(),
                    q.petitionIssueId(),
                    "/" + slug + "/chat-van/" + q.id());
        }
    }

    record CommitmentReportView(
            @Nullable String nextSession,
            @Nullable LocalDate nextSessionOn,
            @Nullable LocalDate reportDueOn,
            List<QuestionView> questions) {}

    record TopicRequest(
            @Nullable String title,
            @Nullable Integer year,
            @Nullable UUID committee,
            @Nullable String plan,
            @Nullable List<vn.hdndso.oversight.NewTopic.NewMember> team,
            @Nullable UUID petitionIssueId) {}

    record ActivityRequest(
            OversightTopic.@Nullable ActivityKind kind,
            @Nullable LocalDate day,
            @Nullable String text) {}

    record ResponseRequest(@Nullable String text) {}

    record DoneRequest(@Nullable LocalDate doneOn) {}

    record ReportRequest(@Nullable UUID documentId) {}

    record ProposalRequest(@Nullable String title, OversightProgrammes.@Nullable ProposerKind proposerKind) {}

    record AdoptionRequest(@Nullable UUID resolutionDocumentId) {}

    record RecommendationView(
            UUID id,
            UUID topicId,
            String text,
            @Nullable UUID ownerUnitId,
            String ownerName,
            LocalDate dueOn,
            @Nullable LocalDate doneOn,
            Recommendation.State state,
            List<Recommendation.Response> responses) {

        static RecommendationView of(Recommendation r, LocalDate today) {
            return new RecommendationView(
                    r.id(),
                    r.topicId(),
                    r.text(),
                    r.ownerUnitId(),
                    r.ownerName(),
                    r.dueOn(),
                    r.doneOn(),
                    r.stateOn(today),
                    r.responses());
        }
    }

    record TopicView(
            UUID id,
            int year,
            String title,
            UUID committee,
            String committeeName,
            OversightTopic.TopicState state,
            @Nullable String plan,
            List<OversightTopic.TeamMember> team,
            List<OversightTopic.Activity> activities,
            List<RecommendationView> recommendations,
            @Nullable UUID petitionIssueId,
            @Nullable UUID reportDocumentId,
            @Nullable String reportTitle,
            String publicUrl) {

        static TopicView of(String slug, OversightTopic t, LocalDate today) {
            return new TopicView(
                    t.id(),
                    t.year(),
                    t.title(),
                    t.ownerBodyId(),
                    t.ownerBodyName(),
                    t.state(),
                    t.plan(),
                    t.team(),
                    t.activities(),
                    t.recommendations().stream()
                            .map(r -> RecommendationView.of(r, today))
                            .toList(),
                    t.petitionIssueId(),
                    t.reportDocumentId(),
                    t.reportTitle(),
                    "/" + slug + "/giam-sat/" + t.id());
        }
    }

    record ProgrammeView(
            int year,
            LocalDate proposalsDue,
            LocalDate adoptionDue,
            LocalDate resultsDue,
            List<OversightProgrammes.Proposal> proposals,
            @Nullable UUID resolutionDocumentId,
            @Nullable String resolutionTitle,
            @Nullable LocalDate adoptedOn,
            List<TopicView> topics) {

        static ProgrammeView of(String slug, OversightProgrammes.Programme p, LocalDate today) {
            return new ProgrammeView(
                    p.year(),
                    p.proposalsDue(),
                    p.adoptionDue(),
                    p.resultsDue(),
                    p.proposals(),
                    p.resolutionDocumentId(),
                    p.resolutionTitle(),
                    p.adoptedOn(),
                    p.topics().stream().map(t -> TopicView.of(slug, t, today)).toList());
        }
    }
}
