package vn.hdndso.sessions;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.files.BlobRef;
import vn.hdndso.files.BlobStore;
import vn.hdndso.sessions.internal.CouncilSessionRepository;
import vn.hdndso.sessions.internal.RecordingRepository;
import vn.hdndso.sessions.internal.RecordingStaging;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Recordings of sessions: a resumable, chunked upload into a staging file (any chunk may be sent
 * again; the client asks how much arrived and goes on from there), published to the blob store
 * only when every byte is there and the content is a video. Uploads left unfinished for a day
 * are discarded; nothing is ever half-published.
 */
@Service
public class Recordings {

    /** The largest recording accepted: 8 GB (a full day of 720p video). */
    public static final long MAX_SIZE = 8L * 1024 * 1024 * 1024;

    static final int EXPIRE_AFTER_HOURS = 24;

    private static final Logger log = LoggerFactory.getLogger(Recordings.class);

    private final CouncilSessionRepository sessions;
    private final RecordingRepository recordings;
    private final RecordingStaging staging;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sessions-uploads");
        t.setDaemon(true);
        return t;
    });

    Recordings(
            CouncilSessionRepository sessions,
            RecordingRepository recordings,
            RecordingStaging staging,
            BlobStore blobs,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.sessions = sessions;
        this.recordings = recordings;
        this.staging = staging;
        this.blobs = blobs;
        this.events = events;
        this.transactions = transactions;
        housekeeping.scheduleWithFixedDelay(this::discardStale, 5, 60, TimeUnit.MINUTES);
    }

    /** An upload in progress: how much has arrived of how much. */
    public record Upload(UUID id, long received, long size, boolean complete) {}

    /** A published recording. */
    public record Recording(String sha256, long size, String mediaType) {}

    @Transactional
    public Upload start(CouncilId council, SessionId id, @Nullable String fileName, @Nullable Long size) {
        CouncilSession session = session(council, id);
        var problems = new InvalidInputException.Collector();
        if (size == null || size <= 0) {
            problems.add("size", "sessions.recording.sizeRequired");
        } else if (size > MAX_SIZE) {
            problems.add("size", "sessions.recording.tooLarge", MAX_SIZE / (1024 * 1024 * 1024));
        }
        problems.throwIfAny();
        String name = fileName == null || VnText.normalize(fileName).isEmpty()
                ? "ghi-hinh.mp4"
                : VnText.normalize(fileName).replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        UUID upload = UUID.randomUUID();
        recordings.startUpload(council, id, upload, size, name, Sessions.actor());
        events.publishEvent(Sessions.audit(session, "recordingUploadStarted")
                .with("upload", upload)
                .with("size", size));
        return new Upload(upload, 0, size, false);
    }

    @Transactional
    public Upload status(CouncilId council, SessionId id, UUID upload) {
        session(council, id);
        var u = recordings
                .lockUpload(id, upload)
                .orElseThrow(() -> new NotFoundException("sessions.recording.uploadNotFound", upload));
        return new Upload(u.id(), u.received(), u.totalSize(), false);
    }

    /**
     * Appends a chunk at {@code offset}, which must be what has arrived so far (409 otherwise, with
     * the current count, so the client resumes from there). The last chunk publishes the recording.
     */
    @Transactional
    public Upload append(CouncilId council, SessionId id, UUID upload, long offset, InputStream chunk) {
        CouncilSession session = session(council, id);
        var u = recordings
                .lockUpload(id, upload)
                .orElseThrow(() -> new NotFoundException("sessions.recording.uploadNotFound", upload));
        if (offset != u.received()) {
            throw new BusinessRuleException("offset", "sessions.recording.wrongOffset", u.received());
        }
        long written = staging.write(upload, offset, chunk, u.totalSize() - offset);
        if (written < 0) {
            throw InvalidInputException.of("offset", "sessions.recording.beyondSize", u.totalSize());
        }
        long received = offset + written;
        if (offset == 0 && videoType(upload) == null) {
            // refused at the first chunk: nothing of it is kept, the upload may start again
            staging.delete(upload);
            throw InvalidInputException.of("file", "sessions.recording.notVideo");
        }
        if (received < u.totalSize()) {
            recordings.received(upload, received);
            return new Upload(upload, received, u.totalSize(), false);
        }
        String mediaType = java.util.Objects.requireNonNull(videoType(upload));
        BlobRef blob;
        try (InputStream in = Files.newInputStream(staging.file(upload))) {
            blob = blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordings.publish(council, id, new RecordingRepository.Stored(blob.sha256(), blob.size(), mediaType));
        recordings.deleteUpload(upload);
        staging.delete(upload);
        events.publishEvent(new RecordingPublished(
                council, id, session.title(), blob.sha256(), blob.size(), null, Instant.now(), session.isPublic()));
        events.publishEvent(Sessions.audit(session, "recordingPublished")
                .with("sha256", blob.sha256())
                .with("size", blob.size()));
        return new Upload(upload, received, u.totalSize(), true);
    }

    /** Publishes a video file that is already complete (the demo recording); replaces an earlier one. */
    @Transactional
    public Recording publish(CouncilId council, SessionId id, java.nio.file.Path video) {
        CouncilSession session = session(council, id);
        BlobRef blob;
        try (InputStream in = Files.newInputStream(video)) {
            blob = blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordings.publish(council, id, new RecordingRepository.Stored(blob.sha256(), blob.size(), "video/mp4"));
        events.publishEvent(new RecordingPublished(
                council, id, session.title(), blob.sha256(), blob.size(), null, Instant.now(), session.isPublic()));
        events.publishEvent(Sessions.audit(session, "recordingPublished").with("sha256", blob.sha256()));
        return new Recording(blob.sha256(), blob.size(), "video/mp4");
    }

    @Transactional(readOnly = true)
    public Optional<Recording> find(CouncilId council, SessionId id) {
        session(council, id);
        return recordings.find(id).map(s -> new Recording(s.sha256(), s.size(), s.mediaType()));
    }

    /** The bytes of a recording from {@code from}; the caller closes the stream. */
    public InputStream open(Recording recording, long from) {
        InputStream in = blobs.open(recording.sha256());
        try {
            in.skipNBytes(from);
            return in;
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the skip failure is what matters
            }
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the staged bytes are an MP4/QuickTime ({@code ftyp} box) or a WebM/Matroska (EBML) video. */
    private @Nullable String videoType(UUID upload) {
        byte[] head = new byte[12];
        try (InputStream in = Files.newInputStream(staging.file(upload))) {
            int n = in.readNBytes(head, 0, head.length);
            if (n >= 12 && new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals("ftyp")) {
                return "video/mp4";
            }
            if (n >= 4 && Arrays.equals(Arrays.copyOf(head, 4), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
                return "video/webm";
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards uploads nobody continued for a day, in every council. */
    void discardStale() {
        try {
            Tenancy.run(
                    new TenantScope.AllCouncils("discard stale recording uploads"),
                    () -> transactions.executeWithoutResult(s -> {
                        for (UUID id : recordings.stale(EXPIRE_AFTER_HOURS)) {
                            recordings.deleteUpload(id);
                            staging.delete(id);
                            log.info("discarded the unfinished recording upload {}", id);
                        }
                    }));
        } catch (RuntimeException e) {
            log.warn("could not discard stale recording uploads", e);
        }
    }

    @PreDestroy
    void stop() {
        housekeeping.shutdownNow();
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }
}
