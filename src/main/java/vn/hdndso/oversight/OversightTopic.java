package vn.hdndso.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An oversight topic of a year's programme, owned by the standing committee or a committee (Ban).
 *
 * @param petitionIssueId the unresolved petition issue it takes up, if any
 * @param reportDocumentId the oversight report, an issued document, once linked
 */
public record OversightTopic(
        UUID id,
        UUID councilId,
        int year,
        String title,
        UUID ownerBodyId,
        String ownerBodyName,
        @Nullable String plan,
        @Nullable UUID petitionIssueId,
        @Nullable UUID reportDocumentId,
        @Nullable String reportTitle,
        String createdBy,
        List<TeamMember> team,
        List<Activity> activities,
        List<Recommendation> recommendations) {

    public OversightTopic {
        team = List.copyOf(team);
        activities = List.copyOf(activities);
        recommendations = List.copyOf(recommendations);
    }

    /** Planned until a visit or finding is recorded, reported once its report is linked. */
    public TopicState state() {
        if (reportDocumentId != null) {
            return TopicState.REPORTED;
        }
        return activities.isEmpty() ? TopicState.PLANNED : TopicState.IN_PROGRESS;
    }

    /** A member of the topic's team: a delegate, a Front representative or another participant. */
    public record TeamMember(UUID id, String name, MemberKind kind, int position) {}

    public enum MemberKind {
        DELEGATE,
        FRONT,
        OTHER;

        public String messageKey() {
            return "oversight.team.kind." + name();
        }
    }

    /** A visit made or a finding written down. */
    public record Activity(UUID id, ActivityKind kind, LocalDate day, String text, String recordedBy) {}

    public enum ActivityKind {
        VISIT,
        FINDING;

        public String messageKey() {
            return "oversight.activity.kind." + name();
        }
    }

    public enum TopicState {
        PLANNED,
        IN_PROGRESS,
        REPORTED;

        public String messageKey() {
            return "oversight.topic.state." + name();
        }
    }
}
