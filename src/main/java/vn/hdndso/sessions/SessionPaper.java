package vn.hdndso.sessions;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.InvalidInputException;

/**
 * A paper of a session kept as an outgoing document: the convening notice (numbered and signed on
 * issue) or the minutes (edited by the clerk, approved once the session is closed, signed through
 * the documents module, then published). Transitions refuse what the state does not allow.
 *
 * @param documentId the outgoing document in the documents module (the notice from its draft on,
 *     the minutes from their signing on)
 */
public record SessionPaper(
        SessionId session,
        Kind kind,
        State state,
        String text,
        @Nullable UUID documentId,
        String editedBy,
        Instant editedAt,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable Instant signedAt,
        @Nullable Instant publishedAt) {

    /** The longest minutes kept. */
    public static final int MAX_TEXT = 100_000;

    public enum Kind {
        NOTICE,
        MINUTES
    }

    public enum State {
        DRAFT,
        APPROVED,
        SIGNED,
        PUBLISHED;

        public String messageKey() {
            return "sessionpapers.state." + name();
        }
    }

    /** A new draft. */
    public static SessionPaper draft(
            SessionId session, Kind kind, String text, @Nullable UUID documentId, String by, Instant at) {
        return new SessionPaper(session, kind, State.DRAFT, text, documentId, by, at, null, null, null, null);
    }

    /** The minutes' text as the clerk writes it: required, at most {@link #MAX_TEXT} characters. */
    public static String requireText(@Nullable String text) {
        String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of("text", "sessionpapers.text.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "sessionpapers.text.tooLong", MAX_TEXT);
        }
        return java.text.Normalizer.normalize(clean, java.text.Normalizer.Form.NFC);
    }

    /** The draft with a new text; refused once approved. */
    public SessionPaper edited(String newText, String by, Instant at) {
        if (state != State.DRAFT) {
            throw new BusinessRuleException("sessionpapers.notDraft");
        }
        return new SessionPaper(session, kind, state, newText, documentId, by, at, null, null, null, null);
    }

    /** The minutes approved: only a draft, and only once the session is closed. */
    public SessionPaper approved(boolean sessionClosed, String by, Instant at) {
        if (state != State.DRAFT) {
            throw new BusinessRuleException("sessionpapers.notDraft");
        }
        if (kind == Kind.MINUTES && !sessionClosed) {
            throw new BusinessRuleException("sessionpapers.sessionNotClosed");
        }
        return new SessionPaper(
                session, kind, State.APPROVED, text, documentId, editedBy, editedAt, by, at, null, null);
    }

    /** Signed through documents: the minutes once approved, the notice from its draft. */
    public SessionPaper signed(UUID document, Instant at) {
        if (kind == Kind.MINUTES ? state != State.APPROVED : state != State.DRAFT) {
            throw new BusinessRuleException(
                    kind == Kind.MINUTES ? "sessionpapers.notApproved" : "sessionpapers.alreadySigned");
        }
        return new SessionPaper(
                session, kind, State.SIGNED, text, document, editedBy, editedAt, approvedBy, approvedAt, at, null);
    }

    /** Published for the public: only once signed. */
    public SessionPaper published(Instant at) {
        if (state != State.SIGNED) {
            throw new BusinessRuleException("sessionpapers.notSigned");
        }
        return new SessionPaper(
                session,
                kind,
                State.PUBLISHED,
                text,
                documentId,
                editedBy,
                editedAt,
                approvedBy,
                approvedAt,
                signedAt,
                at);
    }
}
