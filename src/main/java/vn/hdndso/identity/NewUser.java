package vn.hdndso.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator gives to create an account in a council.
 *
 * @param delegateId for a DELEGATE account: the existing delegate of the current term who is this
 *     person; without it a new delegate is registered under the account's full name
 */
public record NewUser(
        String username,
        String password,
        String fullName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        @Nullable UUID delegateId) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** An account that, if a DELEGATE, becomes a new delegate of the current term. */
    public NewUser(
            String username,
            String password,
            String fullName,
            @Nullable String email,
            @Nullable String phone,
            Set<Role> roles) {
        this(username, password, fullName, email, phone, roles, null);
    }
}
