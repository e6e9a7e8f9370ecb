package vn.hdndso.sessions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Secret ballots (bỏ phiếu kín) on agenda items: motions such as dismissals, elections and
 * confidence votes. The standing committee defines one on an item, opens and closes it; each
 * delegate casts one paper, once. The paper is stored apart from the record that the delegate has
 * voted, so that nothing in the application's tables links a choice to a delegate (see
 * docs/votes.md). The counting committee's report is a PDF.
 */
public interface SecretBallots {

    /** A person to put on an election or confidence ballot. */
    record NewCandidate(@Nullable String fullName, @Nullable String office) {}

    /** What the standing committee puts to a secret ballot. */
    record NewSecretBallot(
            @Nullable BallotKind kind,
            @Nullable Integer seats,
            @Nullable List<NewCandidate> candidates) {}

    /**
     * Puts an agenda item to a secret ballot (not yet open). A MOTION ballot needs a motion; an
     * ELECTION needs candidates and 1 ≤ seats ≤ candidates; a CONFIDENCE vote needs the people rated.
     */
    SecretBallot define(CouncilId council, SessionId session, AgendaItemId item, NewSecretBallot ballot);

    /** Opens the ballot of a session in progress; an item has either a secret ballot or an open vote. */
    SecretBallot open(CouncilId council, SessionId session, AgendaItemId item);

    /**
     * A delegate's paper: checked against the ballot's rules (400), accepted once (a second one is
     * 409: a secret ballot cannot be changed, as nothing tells which paper was the delegate's).
     */
    SecretBallot cast(CouncilId council, SessionId session, AgendaItemId item, UUID userId, BallotPaper paper);

    /** Closes the ballot: the entitled delegates are counted and the result is final. */
    SecretBallot close(CouncilId council, SessionId session, AgendaItemId item);

    /** The item's secret ballot as the caller may see it (counts only while open). */
    Optional<SecretBallot> find(CouncilId council, SessionId session, AgendaItemId item);

    /** The session's secret ballots, by agenda item number. */
    List<SecretBallot> ofSession(CouncilId council, SessionId session);

    /** Whether the signed-in delegate has cast their paper (never what it says). */
    boolean hasVoted(CouncilId council, AgendaItemId item, UUID userId);

    /** The counting committee's report (biên bản kiểm phiếu) of a closed ballot, as PDF. */
    byte[] countingReport(CouncilId council, SessionId session, AgendaItemId item);
}
