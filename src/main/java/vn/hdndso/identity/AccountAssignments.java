package vn.hdndso.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * Ties accounts to the People's Committee unit or the committee they work for. Runs in the caller's
 * tenant scope (the council's staff).
 */
public interface AccountAssignments {

    /** The account's unit and committee ({@link AccountAssignment#NONE} when it has neither). */
    AccountAssignment of(CouncilId council, UserId user);

    /** The signed-in person's unit and committee in that council; NONE for anyone else. */
    AccountAssignment ofCurrentUser(CouncilId council);

    /**
     * Checks a unit and a committee for an account with these roles before anything is written: the
     * unit must be one of the council's executive units and the account an EXECUTIVE_OFFICER; the
     * committee one of the current term's committees and the account a COMMITTEE_MEMBER.
     *
     * @throws vn.hdndso.shared.InvalidInputException naming {@code executiveUnitId} or {@code committeeId}
     */
    void check(
            CouncilId council, java.util.Set<Role> roles, @Nullable UUID executiveUnitId, @Nullable UUID committeeId);

    /** Sets (or with nulls clears) the account's unit and committee, after {@link #check}. */
    AccountAssignment assign(
            CouncilId council, UserId user, @Nullable UUID executiveUnitId, @Nullable UUID committeeId);
}
