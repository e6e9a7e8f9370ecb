package vn.hdndso.sessions;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A session's papers as outgoing documents of the documents module. The convening notice is
 * drafted from the session (type {@code hdnd.sessions.notice-type}, by default GM, issuer TTHĐND)
 * and issued there: numbered and signed. The minutes start from the session's data, dated the
 * day of the session; the clerk edits them, the chair approves them once the session is closed,
 * signs them (a BB document of the HĐND, numbered and signed on issue) and publishes them.
 */
public interface SessionDocuments {

    /** The paper, if one was started. */
    Optional<SessionPaper> find(CouncilId council, SessionId session, SessionPaper.Kind kind);

    /** The convening notice, if one was drawn up. */
    Optional<SessionPaper> notice(CouncilId council, SessionId session);

    /** The minutes, if they are published (what the public page links to). */
    Optional<SessionPaper> publishedMinutes(CouncilId council, SessionId session);

    /** Drafts the convening notice as an outgoing document (once per session). */
    SessionPaper draftNotice(CouncilId council, SessionId session);

    /** Issues the notice's document: number/symbol and signature. */
    SessionPaper issueNotice(CouncilId council, SessionId session);

    /** The minutes as they stand: the stored draft, or one drawn up from the session's data. */
    SessionPaper minutes(CouncilId council, SessionId session);

    /** The clerk's text of the minutes (a draft only). */
    SessionPaper editMinutes(CouncilId council, SessionId session, @Nullable String text);

    /** Approves the minutes (the session must be closed). */
    SessionPaper approveMinutes(CouncilId council, SessionId session);

    /** Signs the approved minutes through documents: a numbered, signed BB document. */
    SessionPaper signMinutes(CouncilId council, SessionId session);

    /** Publishes the signed minutes: the public session page offers the signed PDF. */
    SessionPaper publishMinutes(CouncilId council, SessionId session);

    /** The signed PDF of published minutes (404 before). */
    byte[] publishedMinutesPdf(CouncilId council, SessionId session);

    /** The PDF of the minutes' current text, dated the day of the session. */
    byte[] minutesDraftPdf(CouncilId council, SessionId session);
}
