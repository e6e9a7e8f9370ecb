package vn.hdndso.councils;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A delegate's seat in the standing committee, a committee or a delegate group. */
public record Membership(
        UUID id,
        UUID bodyId,
        DelegateId delegateId,
        MembershipRole role,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {}
