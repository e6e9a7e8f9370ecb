package vn.hdndso.calendar;

import java.time.Instant;
import java.util.Optional;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;

/**
 * Each account's personal calendar feed ({@code /lich/{token}.ics}) in a council: at most one active
 * secret link, made, shown once and revoked by its owner from the calendar page.
 */
public interface PersonalFeeds {

    /**
     * A new link for the account, revoking the one it had. Runs in the council's staff scope.
     *
     * @return the token, to show once: it is not kept
     */
    String issue(CouncilId council, UserId account);

    /** The account's active link, if it has one (when it was made). Staff scope. */
    Optional<Instant> activeSince(CouncilId council, UserId account);

    /** Revokes the account's active link; false when it had none. Staff scope. */
    boolean revoke(CouncilId council, UserId account);

    /** Whose active feed a token opens; empty for an unknown, malformed or revoked one. Any scope. */
    Optional<Owner> resolve(String token);

    record Owner(CouncilId council, UserId account) {}
}
