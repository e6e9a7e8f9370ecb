package vn.hdndso.identity.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.AccountIdentities;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.UserId;

@Component
class AccountIdentityLookup implements AccountIdentities {

    private final UserRepository users;
    private final Clock clock;

    AccountIdentityLookup(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CurrentUser> actingAs(UserId id) {
        return users.find(id)
                .filter(a -> a.enabled() && !a.lockedAt(clock.instant()))
                .map(a -> new CurrentUser(a.id(), a.council(), a.username(), a.fullName(), a.roles()));
    }
}
