package vn.hdndso.oversight;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A topic as the office or a committee enters it.
 *
 * @param committee the owning body (a committee's id); null: the standing committee
 * @param team its members, each {@code {"name","kind"}} (DELEGATE, FRONT, OTHER)
 */
public record NewTopic(
        @Nullable String title,
        @Nullable Integer year,
        @Nullable UUID committee,
        @Nullable String plan,
        @Nullable List<NewMember> team,
        @Nullable UUID petitionIssueId) {

    public record NewMember(@Nullable String name, OversightTopic.@Nullable MemberKind kind) {}
}
