package vn.hdndso.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hdndso.shared.CouncilId;

/** Creates and manages the accounts of a council. Runs in the caller's tenant scope. */
public interface UserAccounts {

    /**
     * Creates an account in a council. A user with the DELEGATE role also becomes a delegate of
     * the council's current term. Only the city administrator grants CITY_ADMIN, and only in the
     * province council.
     */
    UserAccount create(CouncilId council, NewUser user, boolean callerIsCityAdmin, boolean provincialCouncil);

    /** The council's accounts; the read is audited (it shows personal data), so it writes. */
    List<UserAccount> ofCouncil(CouncilId council);

    /** One account of the council; the read is audited. */
    UserAccount require(CouncilId council, UserId id);

    /** Sets a new password chosen by an administrator; the account's other sessions end. */
    void resetPassword(CouncilId council, UserId id, String newPassword);

    /**
     * The signed-in user changes their own password, proving they know the current one. Works in
     * the user's own council whatever the request's scope.
     */
    void changeOwnPassword(CurrentUser me, String currentPassword, String newPassword);

    void unlock(CouncilId council, UserId id);

    /** Enables or disables an account; a disabled account cannot sign in, nor its API keys. */
    void setEnabled(CouncilId council, UserId id, boolean enabled);

    /**
     * Gives an account a new set of roles. Administrators cannot take their own administrator
     * role away; an account that becomes a DELEGATE becomes a delegate of the current term.
     */
    UserAccount changeRoles(CouncilId council, UserId id, Set<Role> roles, boolean provincialCouncil);

    /** All roles a council user can be given through the API. */
    static Set<Role> assignableRoles() {
        return EnumSet.complementOf(EnumSet.of(Role.CITY_ADMIN, Role.API_CLIENT));
    }
}
