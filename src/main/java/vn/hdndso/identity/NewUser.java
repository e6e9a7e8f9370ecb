package vn.hdndso.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator gives to create an account in a council. */
public record NewUser(
        String username,
        String password,
        String fullName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
