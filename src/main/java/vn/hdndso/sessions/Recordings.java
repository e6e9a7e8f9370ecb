package vn.hdndso.sessions;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Recordings of sessions: a resumable, chunked upload into a staging file (any chunk may be sent
 * again; the client asks how much arrived and goes on from there), published to the blob store
 * only when every byte is there and the content is a video. Uploads left unfinished for a day
 * are discarded; nothing is ever half-published. A session may instead link to an external
 * stream or archive; each agenda item may say where it starts in the recording.
 */
public interface Recordings {

    /** The largest recording accepted: 8 GB (a full day of 720p video). */
    long MAX_SIZE = 8L * 1024 * 1024 * 1024;

    /** An upload in progress: how much has arrived of how much. */
    record Upload(UUID id, long received, long size, boolean complete) {}

    /** A published recording. */
    record Recording(String sha256, long size, String mediaType) {}

    /** Starts an upload of {@code size} bytes. */
    Upload start(CouncilId council, SessionId id, @Nullable String fileName, @Nullable Long size);

    /** How much of an upload has arrived. */
    Upload status(CouncilId council, SessionId id, UUID upload);

    /**
     * Appends a chunk at {@code offset}, which must be what has arrived so far (409 otherwise, with
     * the current count, so the client resumes from there). The last chunk publishes the recording.
     */
    Upload append(CouncilId council, SessionId id, UUID upload, long offset, InputStream chunk);

    /** Publishes a video file that is already complete (the demo recording); replaces an earlier one. */
    Recording publish(CouncilId council, SessionId id, Path video);

    Optional<Recording> find(CouncilId council, SessionId id);

    /** The bytes of a recording from {@code from}; the caller closes the stream. */
    InputStream open(Recording recording, long from);

    /** Sets or clears the link to an external stream or archive of the recording. */
    CouncilSession linkRecording(CouncilId council, SessionId id, @Nullable String url);

    /** Where an item starts in the recording, in seconds (null clears it). */
    void setRecordingOffset(CouncilId council, SessionId id, AgendaItemId item, @Nullable Integer seconds);
}
