package vn.hdndso.sessions;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * An item of a session's agenda; a motion (tờ trình → draft resolution) is voted on.
 *
 * @param documentId a document of the documents module the item is about
 * @param result the counts once the vote is closed
 * @param resolutionId the draft resolution made from the passed motion
 * @param recordingOffset seconds into the session's recording where the item starts
 */
public record AgendaItem(
        AgendaItemId id,
        CouncilId council,
        SessionId session,
        int number,
        String title,
        boolean motion,
        @Nullable Majority majority,
        @Nullable UUID documentId,
        VoteState voteState,
        @Nullable VoteMode voteMode,
        @Nullable Instant voteOpenedAt,
        @Nullable Instant voteClosedAt,
        @Nullable Tally result,
        @Nullable UUID resolutionId,
        @Nullable Integer recordingOffset) {

    /** The majority a motion needs (every motion has one). */
    public Majority requiredMajority() {
        if (!motion || majority == null) {
            throw new IllegalStateException("item " + id + " is not a motion");
        }
        return majority;
    }

    /** "01:02:03" of the recording offset, or empty. */
    public String recordingOffsetText() {
        if (recordingOffset == null) {
            return "";
        }
        int s = recordingOffset;
        return "%02d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60);
    }
}
