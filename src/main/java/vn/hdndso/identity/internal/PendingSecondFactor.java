package vn.hdndso.identity.internal;

import java.io.Serializable;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;

/**
 * A person whose password was right but who still owes the code of their authenticator app.
 * Holds only the authority {@value #AUTHORITY}, and its principal is no {@code CurrentUser}, so
 * nothing that checks roles or councils lets it through.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    static final String AUTHORITY = "FACTOR_PENDING";

    private final PendingUser user;

    PendingSecondFactor(PendingUser user) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.user = user;
        setAuthenticated(true);
    }

    record PendingUser(UserId id, CouncilId council, String username) implements Serializable {}

    PendingUser user() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
