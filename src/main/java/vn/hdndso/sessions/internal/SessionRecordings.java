package vn.hdndso.sessions.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
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
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.RecordingPublished;
import vn.hdndso.sessions.Recordings;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.sessions.SessionUpdated;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** The module's {@link Recordings}: uploads, published recordings, external links and offsets. */
@Service
class SessionRecordings implements Recordings {

    static final int EXPIRE_AFTER_HOURS = 24;
    static final int INTERRUPTED_AFTER_MINUTES = 10;

    private static final Logger log = LoggerFactory.getLogger(SessionRecordings.class);

    private final CouncilSessionRepository sessions;
    private final RecordingRepository recordings;
    private final RecordingStaging staging;
    private final BlobStore blobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sessions-uploads");
        t.setDaemon(true);
        return t;
    });

    SessionRecordings(
            CouncilSessionRepository sessions,
            RecordingRepository recordings,
            RecordingStaging staging,
            BlobStore blobs,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.sessions = sessions;
        this.recordings = recordings;
        this.staging = staging;
        this.blobs = blobs;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        housekeeping.scheduleWithFixedDelay(this::discardStale, 5, 60, TimeUnit.MINUTES);
        housekeeping.scheduleWithFixedDelay(this::finishInterrupted, 1, INTERRUPTED_AFTER_MINUTES, TimeUnit.MINUTES);
    }

    @Override
    @Transactional
    public Upload start(CouncilId council, SessionId id, @Nullable String fileName, @Nullable Long size) {
        CouncilSession session = session(council, id);
        var problems = new InvalidInputException.Collector();
        long total = size == null ? 0 : size;
        if (total <= 0) {
            problems.add("size", "sessions.recording.sizeRequired");
        } else if (total > MAX_SIZE) {
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
        recordings.startUpload(council, id, upload, total, name, CurrentUser.describe());
        events.publishEvent(SessionAudit.of(session, "recordingUploadStarted")
                .with("upload", upload)
                .with("size", total));
        return new Upload(upload, 0, total, false);
    }

    @Override
    @Transactional
    public Upload status(CouncilId council, SessionId id, UUID upload) {
        session(council, id);
        var u = recordings
                .lockUpload(id, upload)
                .orElseThrow(() -> new NotFoundException("sessions.recording.uploadNotFound", upload));
        return new Upload(u.id(), u.received(), u.totalSize(), false);
    }

    /**
     * One chunk, in three steps so that no transaction and no pooled connection is held while bytes
     * travel: a short transaction checks the offset; the chunk goes to the staging file under the
     * file's lock, outside any transaction; a short transaction records what arrived (only if no
     * other chunk moved the upload meanwhile). The last chunk's copy into the blob store (up to
     * {@link #MAX_SIZE}) is also made outside a transaction, then a short one publishes it. An
     * upload whose every byte arrived but that was never published (the application stopped) is
     * finished by sending an empty chunk at its end, or by {@link #finishInterrupted()}.
     */
    @Override
    public Upload append(CouncilId council, SessionId id, UUID upload, long offset, InputStream chunk) {
        RecordingRepository.Upload u =
                Objects.requireNonNull(transactions.execute(status -> expected(council, id, upload, offset)));
        long received;
        try (RecordingStaging.Writer writer = staging.writer(upload)
                .orElseThrow(() -> new BusinessRuleException("offset", "sessions.recording.chunkInProgress"))) {
            long written = writer.write(offset, chunk, u.totalSize() - offset);
            if (written < 0) {
                throw InvalidInputException.of("offset", "sessions.recording.beyondSize", u.totalSize());
            }
            received = offset + written;
            if (offset == 0 && videoType(upload) == null) {
                // refused at the first chunk: nothing of it is kept, the upload may start again
                staging.delete(upload);
                throw InvalidInputException.of("file", "sessions.recording.notVideo");
            }
            // still under the file's lock: no other chunk can have been written since the check
            boolean advanced =
                    Boolean.TRUE.equals(transactions.execute(status -> recordings.advance(upload, offset, received)));
            if (!advanced) {
                throw new BusinessRuleException("offset", "sessions.recording.wrongOffset", offset);
            }
        }
        if (received < u.totalSize()) {
            return new Upload(upload, received, u.totalSize(), false);
        }
        finish(council, id, upload);
        return new Upload(upload, received, u.totalSize(), true);
    }

    private RecordingRepository.Upload expected(CouncilId council, SessionId id, UUID upload, long offset) {
        session(council, id);
        var u = recordings
                .lockUpload(id, upload)
                .orElseThrow(() -> new NotFoundException("sessions.recording.uploadNotFound", upload));
        if (offset != u.received()) {
            throw new BusinessRuleException("offset", "sessions.recording.wrongOffset", u.received());
        }
        return u;
    }

    /**
     * Stores a complete upload as the session's recording: the copy outside any transaction (a
     * blob is named by its content, so a second copy of the same upload is harmless), then a short
     * transaction that publishes it unless another finish already did.
     */
    private void finish(CouncilId council, SessionId id, UUID upload) {
        String mediaType = Objects.requireNonNull(videoType(upload), "the first chunk was checked to be a video");
        BlobRef blob;
        try (InputStream in = Files.newInputStream(staging.file(upload))) {
            blob = blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWithoutResult(status -> {
            if (recordings.lockUpload(id, upload).isEmpty()) {
                return;
            }
            CouncilSession session = session(council, id);
            recordings.publish(council, id, new RecordingRepository.Stored(blob.sha256(), blob.size(), mediaType));
            recordings.deleteUpload(upload);
            announce(council, id, session, blob);
        });
        staging.delete(upload);
    }

    /**
     * Finishes uploads whose every byte arrived over {@link #INTERRUPTED_AFTER_MINUTES} minutes ago
     * but that were never published: the application stopped while storing them.
     */
    void finishInterrupted() {
        try {
            var unfinished = Tenancy.call(
                    new TenantScope.AllCouncils("find interrupted recording uploads"),
                    () -> transactions.execute(s -> recordings.unfinished(INTERRUPTED_AFTER_MINUTES)));
            for (var u : Objects.requireNonNull(unfinished)) {
                if (!Files.exists(staging.file(u.id()))) {
                    log.warn("the recording upload {} arrived whole but its staging file is gone", u.id());
                    continue;
                }
                Tenancy.run(new TenantScope.StaffCouncil(u.council()), () -> finish(u.council(), u.session(), u.id()));
                log.info("finished the interrupted recording upload {}", u.id());
            }
        } catch (RuntimeException e) {
            log.warn("could not finish interrupted recording uploads", e);
        }
    }

    @Override
    @Transactional
    public Recording publish(CouncilId council, SessionId id, Path video) {
        CouncilSession session = session(council, id);
        BlobRef blob;
        try (InputStream in = Files.newInputStream(video)) {
            blob = blobs.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordings.publish(council, id, new RecordingRepository.Stored(blob.sha256(), blob.size(), "video/mp4"));
        announce(council, id, session, blob);
        return new Recording(blob.sha256(), blob.size(), "video/mp4");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recording> find(CouncilId council, SessionId id) {
        session(council, id);
        return recordings.find(id).map(s -> new Recording(s.sha256(), s.size(), s.mediaType()));
    }

    @Override
    public InputStream open(Recording recording, long from) {
        return blobs.open(recording.sha256(), from);
    }

    @Override
    @Transactional
    public CouncilSession linkRecording(CouncilId council, SessionId id, @Nullable String url) {
        var problems = new InvalidInputException.Collector();
        String clean = SessionInput.url(problems, "recordingUrl", url);
        problems.throwIfAny();
        CouncilSession linked = lock(council, id).withRecordingUrl(clean);
        sessions.update(linked);
        events.publishEvent(SessionAudit.of(linked, "recordingLinked").with("url", String.valueOf(clean)));
        if (clean != null) {
            events.publishEvent(new RecordingPublished(
                    council, id, linked.title(), null, 0, clean, Instant.now(clock), linked.isPublic()));
        } else {
            events.publishEvent(new SessionUpdated(council, id, "recordingUnlinked", linked.isPublic()));
        }
        publicChanged(linked);
        return linked;
    }

    @Override
    @Transactional
    public void setRecordingOffset(CouncilId council, SessionId id, AgendaItemId item, @Nullable Integer seconds) {
        if (seconds != null && (seconds < 0 || seconds > 48 * 3600)) {
            throw InvalidInputException.of("offset", "sessions.recording.offsetInvalid");
        }
        CouncilSession session = session(council, id);
        sessions.item(council, id, item).orElseThrow(() -> new NotFoundException("sessions.item.notFound", item));
        sessions.setRecordingOffset(item, seconds);
        events.publishEvent(
                SessionAudit.of(session, "offsetSet").with("item", item).with("seconds", String.valueOf(seconds)));
        publicChanged(session);
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

    /** A recording became available: the event for listeners, the audit entry, the public pages. */
    private void announce(CouncilId council, SessionId id, CouncilSession session, BlobRef blob) {
        events.publishEvent(new RecordingPublished(
                council,
                id,
                session.title(),
                blob.sha256(),
                blob.size(),
                null,
                Instant.now(clock),
                session.isPublic()));
        events.publishEvent(SessionAudit.of(session, "recordingPublished")
                .with("sha256", blob.sha256())
                .with("size", blob.size()));
        publicChanged(session);
    }

    private void publicChanged(CouncilSession session) {
        if (session.isPublic()) {
            events.publishEvent(new PublicContentChanged(session.council(), PublicContentChanged.SESSIONS));
        }
    }

    private CouncilSession lock(CouncilId council, SessionId id) {
        return sessions.lock(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }

    private CouncilSession session(CouncilId council, SessionId id) {
        return sessions.find(council, id).orElseThrow(() -> new NotFoundException("sessions.notFound", id));
    }
}
