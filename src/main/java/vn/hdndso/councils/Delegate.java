package vn.hdndso.councils;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A delegate (đại biểu) of a council's term: what may be published about them. Contact details
 * are personal data and live apart ({@link DelegateContact}).
 *
 * @param position title and workplace, as published
 * @param userId the delegate's own account, if they have one
 * @param demo labelled demo content
 */
public record Delegate(
        DelegateId id,
        CouncilId councilId,
        UUID termId,
        String fullName,
        @Nullable Gender gender,
        @Nullable Integer birthYear,
        @Nullable String position,
        @Nullable UUID userId,
        boolean active,
        boolean demo) {

    public enum Gender {
        NAM,
        NU,
        KHAC
    }
}
