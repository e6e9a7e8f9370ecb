package vn.hdndso.sessions;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * A delegate's proposed change to a motion's text. Once the chair admits it, it is voted as an
 * agenda item of its own ({@code voteItem}), placed just before the motion, by an ordinary named
 * vote; the motion's vote opens only when every admitted amendment has been voted.
 *
 * @param number 1, 2, … per motion, in the order proposed
 */
public record Amendment(
        UUID id,
        CouncilId council,
        SessionId session,
        AgendaItemId motion,
        int number,
        String text,
        UUID delegateId,
        String delegateName,
        Instant proposedAt,
        AmendmentState state,
        @Nullable AgendaItemId voteItem,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    /** The longest amendment text kept. */
    public static final int MAX_TEXT = 4000;

    /** The text of a proposal: required, at most {@link #MAX_TEXT} characters, normalised. */
    public static String requireText(@Nullable String text) {
        String clean = text == null ? "" : VnText.normalize(text);
        if (clean.isEmpty()) {
            throw InvalidInputException.of("text", "amendments.text.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw InvalidInputException.of("text", "amendments.text.tooLong", MAX_TEXT);
        }
        return clean;
    }

    /** Amendments are proposed to, and admitted for, a motion whose vote has not opened. */
    public static void requireAmendable(AgendaItem motion) {
        if (!motion.motion()) {
            throw InvalidInputException.of("itemId", "amendments.notAMotion", motion.number());
        }
        if (motion.voteState() != VoteState.NONE) {
            throw new BusinessRuleException("amendments.motionVoted");
        }
    }

    /**
     * A motion's vote opens only when the votes on all its admitted amendments are closed.
     *
     * @param admittedVotes the vote states of the motion's admitted amendments
     */
    public static void requireVotedBeforeMotion(Collection<VoteState> admittedVotes) {
        if (admittedVotes.stream().anyMatch(state -> state != VoteState.CLOSED)) {
            throw new BusinessRuleException("amendments.notVoted");
        }
    }

    /** The agenda title the admitted amendment is voted under (at most {@code max} characters). */
    public String voteTitle(AgendaItem motionItem, int max) {
        String title = "Sửa đổi " + number + " (" + delegateName + ") đối với mục " + motionItem.number() + ": " + text;
        return title.length() <= max ? title : title.substring(0, max - 1) + "…";
    }

    public Amendment admitted(AgendaItemId item, String by, Instant at) {
        state.requireProposed();
        return decided(AmendmentState.ADMITTED, item, by, at);
    }

    public Amendment rejected(String by, Instant at) {
        state.requireProposed();
        return decided(AmendmentState.REJECTED, null, by, at);
    }

    public Amendment withdrawn(String by, Instant at) {
        state.requireProposed();
        return decided(AmendmentState.WITHDRAWN, null, by, at);
    }

    private Amendment decided(AmendmentState newState, @Nullable AgendaItemId item, String by, Instant at) {
        return new Amendment(
                id,
                council,
                session,
                motion,
                number,
                text,
                delegateId,
                delegateName,
                proposedAt,
                newState,
                item,
                by,
                at);
    }
}
