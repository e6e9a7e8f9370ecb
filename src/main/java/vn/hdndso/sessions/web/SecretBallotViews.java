package vn.hdndso.sessions.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.sessions.AgendaItem;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.BallotKind;
import vn.hdndso.sessions.ConfidenceLevel;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.SecretBallot;
import vn.hdndso.sessions.SecretBallots;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.sessions.VoteState;

/**
 * What the secret-ballot fragments ({@code templates/sessions/ballot.html}) show, asked for by the
 * fragments themselves ({@code ${@secretBallotViews…}}), so that a session page includes them with
 * one line and needs nothing in its controller.
 */
@Component("secretBallotViews")
class SecretBallotViews {

    private final Sessions sessions;
    private final SecretBallots ballots;

    SecretBallotViews(Sessions sessions, SecretBallots ballots) {
        this.sessions = sessions;
        this.ballots = ballots;
    }

    /** A ballot with its agenda item; {@code voted}: whether the signed-in delegate has voted. */
    public record Line(AgendaItem item, SecretBallot ballot, boolean voted) {

        public boolean motion() {
            return ballot.kind() == BallotKind.MOTION;
        }

        public boolean election() {
            return ballot.kind() == BallotKind.ELECTION;
        }

        public boolean confidence() {
            return ballot.kind() == BallotKind.CONFIDENCE;
        }

        /** Share of all delegates who have voted, for the bar. */
        public int votedPercent() {
            return ballot.totalDelegates() == 0 ? 0 : Math.round(100f * ballot.voted() / ballot.totalDelegates());
        }
    }

    /** The session's ballots as the signed-in person sees them. */
    public List<Line> of(Council council, CouncilSession session) {
        Map<AgendaItemId, AgendaItem> items = sessions.agenda(council.id(), session.id()).stream()
                .collect(Collectors.toMap(AgendaItem::id, Function.identity()));
        UUID user = CurrentUser.get().map(u -> u.id().value()).orElse(null);
        return ballots.ofSession(council.id(), session.id()).stream()
                .filter(b -> items.containsKey(b.itemId()))
                .map(b -> new Line(
                        java.util.Objects.requireNonNull(items.get(b.itemId()), "filtered"),
                        b,
                        user != null
                                && b.state() != VoteState.NONE
                                && ballots.hasVoted(council.id(), b.itemId(), user)))
                .toList();
    }

    /** Items that can still be put to a secret ballot (no vote, no ballot yet). */
    public List<AgendaItem> undecided(Council council, CouncilSession session) {
        var withBallot = ballots.ofSession(council.id(), session.id()).stream()
                .map(SecretBallot::itemId)
                .collect(Collectors.toSet());
        return sessions.agenda(council.id(), session.id()).stream()
                .filter(i -> i.voteState() == VoteState.NONE && !withBallot.contains(i.id()))
                .toList();
    }

    public BallotKind[] kinds() {
        return BallotKind.values();
    }

    public vn.hdndso.sessions.VoteChoice[] choices() {
        return vn.hdndso.sessions.VoteChoice.values();
    }

    public ConfidenceLevel[] levels() {
        return ConfidenceLevel.values();
    }
}
