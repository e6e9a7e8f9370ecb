package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Oversight topics, their work and recommendations. Runs in the caller's tenant scope. The office
 * manages every topic; a committee member the topics of their committee; an executive officer sees
 * and responds to the recommendations addressed to their unit only.
 */
public interface OversightTopics {

    OversightTopic create(CouncilId council, NewTopic topic);

    /** The topics, newest year first; an officer bound to a unit sees only its recommendations in them. */
    List<OversightTopic> list(CouncilId council);

    OversightTopic require(CouncilId council, UUID id);

    /** Every topic with all its recommendations, for the public page. */
    List<OversightTopic> published(CouncilId council);

    OversightTopic requirePublished(CouncilId council, UUID id);

    /** A visit or a finding, by the owning body. */
    OversightTopic record(
            CouncilId council,
            UUID topic,
            OversightTopic.@Nullable ActivityKind kind,
            @Nullable LocalDate day,
            @Nullable String text);

    OversightTopic recommend(CouncilId council, UUID topic, NewRecommendation recommendation);

    /**
     * The owner's response, by an officer of the owning unit (or the office on the owner's behalf).
     *
     * @throws org.springframework.security.access.AccessDeniedException for an officer of another unit
     */
    Recommendation respond(CouncilId council, UUID recommendation, @Nullable String text);

    /** The owning body finds a recommendation done. */
    Recommendation markDone(CouncilId council, UUID recommendation, @Nullable LocalDate doneOn);

    /** Links the oversight report, an issued report (BC) of the council, as the topic's result. */
    OversightTopic linkReport(CouncilId council, UUID topic, @Nullable UUID documentId);

    /** The recommendations addressed to the caller's unit (all of them for the office). */
    List<Recommendation> recommendationsForCaller(CouncilId council);

    /** The topics that took up a petition issue. */
    List<OversightTopic> fromPetitionIssue(CouncilId council, UUID petitionIssueId);
}
