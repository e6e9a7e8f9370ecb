package vn.hdndso.identity;

import java.util.Optional;

/**
 * An account as it acts when signed in, for work done on its behalf without a sign-in (a personal
 * calendar feed opened by its secret link). Not audited as a read of the account: it returns no
 * personal data beyond the name and roles.
 */
public interface AccountIdentities {

    /** The account if it exists, is enabled and not locked; empty otherwise. Any scope that sees it. */
    Optional<CurrentUser> actingAs(UserId id);
}
