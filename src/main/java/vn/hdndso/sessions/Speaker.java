package vn.hdndso.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A delegate's request to speak on an agenda item, and their turn once given the floor.
 *
 * @param itemNumber the agenda item's number when read
 * @param position the place in the session's queue (lower speaks first)
 * @param recordingOffset seconds into the session's recording where the turn starts, when the
 *     recording's start is known
 */
public record Speaker(
        UUID id,
        CouncilId council,
        SessionId session,
        AgendaItemId item,
        int itemNumber,
        UUID delegateId,
        String delegateName,
        int position,
        SpeakerState state,
        Instant requestedAt,
        @Nullable Instant startedAt,
        @Nullable Instant endedAt,
        @Nullable Integer recordingOffset) {

    /** A new request at the end of the queue. */
    public static Speaker request(
            CouncilId council,
            SessionId session,
            AgendaItemId item,
            int itemNumber,
            UUID delegateId,
            String delegateName,
            int position,
            Instant at) {
        return new Speaker(
                UUID.randomUUID(),
                council,
                session,
                item,
                itemNumber,
                delegateId,
                delegateName,
                position,
                SpeakerState.WAITING,
                at,
                null,
                null,
                null);
    }

    /** The waiting request given the floor at {@code at}. */
    public Speaker started(Instant at) {
        state.requireWaiting();
        return new Speaker(
                id,
                council,
                session,
                item,
                itemNumber,
                delegateId,
                delegateName,
                position,
                SpeakerState.SPEAKING,
                requestedAt,
                at,
                null,
                null);
    }

    /**
     * The turn placed in the session's recording: its offset in seconds from {@code recordingStart}
     * (none if the start is unknown, or the turn began before the recording).
     */
    public Speaker inRecording(@Nullable Instant recordingStart) {
        Integer offset = recordingStart == null || startedAt == null || startedAt.isBefore(recordingStart)
                ? null
                : (int) Duration.between(recordingStart, startedAt).toSeconds();
        return new Speaker(
                id,
                council,
                session,
                item,
                itemNumber,
                delegateId,
                delegateName,
                position,
                state,
                requestedAt,
                startedAt,
                endedAt,
                offset);
    }

    /** The request at another place in the queue. */
    public Speaker at(int newPosition) {
        return new Speaker(
                id,
                council,
                session,
                item,
                itemNumber,
                delegateId,
                delegateName,
                newPosition,
                state,
                requestedAt,
                startedAt,
                endedAt,
                recordingOffset);
    }

    /** The current speaker's turn ended at {@code at}. */
    public Speaker ended(Instant at) {
        state.requireSpeaking();
        return new Speaker(
                id,
                council,
                session,
                item,
                itemNumber,
                delegateId,
                delegateName,
                position,
                SpeakerState.DONE,
                requestedAt,
                startedAt,
                at.isBefore(java.util.Objects.requireNonNull(startedAt, "a speaker has started")) ? startedAt : at,
                recordingOffset);
    }

    /** The waiting request withdrawn by the delegate. */
    public Speaker withdrawn() {
        state.requireWaiting();
        return new Speaker(
                id,
                council,
                session,
                item,
                itemNumber,
                delegateId,
                delegateName,
                position,
                SpeakerState.WITHDRAWN,
                requestedAt,
                null,
                null,
                null);
    }

    /** When the turn started, in Vietnam's time (null before). */
    public java.time.@Nullable ZonedDateTime localStartedAt() {
        return startedAt == null ? null : startedAt.atZone(vn.hdndso.shared.VnTime.ZONE);
    }

    /** How long the turn lasted (so far, at {@code now}, while speaking); zero before it starts. */
    public Duration spoken(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** "mm:ss" (or "h:mm:ss") of the turn's length at {@code now}. */
    public String spokenText(Instant now) {
        long s = spoken(now).toSeconds();
        return s >= 3600
                ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60)
                : "%02d:%02d".formatted(s / 60, s % 60);
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
