package vn.hdndso.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an account works for beyond its roles.
 *
 * @param executiveUnitId the People's Committee unit an EXECUTIVE_OFFICER belongs to: the officer
 *     sees and answers only what is addressed to it (questions, recommendations, transferred
 *     petition issues); an officer without one sees none of them
 * @param committeeId the committee (Ban) a COMMITTEE_MEMBER works in: its oversight topics
 */
public record AccountAssignment(
        @Nullable UUID executiveUnitId, @Nullable UUID committeeId) {

    public static final AccountAssignment NONE = new AccountAssignment(null, null);

    public boolean isEmpty() {
        return executiveUnitId == null && committeeId == null;
    }
}
