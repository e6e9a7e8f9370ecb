package vn.hdndso.councils;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a clerk or the identity module gives to register a delegate in the current term. */
public record NewDelegate(
        String fullName,
        Delegate.@Nullable Gender gender,
        @Nullable Integer birthYear,
        @Nullable String position,
        @Nullable String email,
        @Nullable String phone,
        @Nullable UUID userId) {

    public static NewDelegate forUser(String fullName, UUID userId) {
        return new NewDelegate(fullName, null, null, null, null, null, userId);
    }

    public static NewDelegate of(DelegateDetails details) {
        return new NewDelegate(
                details.fullName(),
                details.gender(),
                details.birthYear(),
                details.position(),
                details.email(),
                details.phone(),
                null);
    }

    public DelegateDetails details() {
        return new DelegateDetails(fullName, gender, birthYear, position, email, phone);
    }
}
