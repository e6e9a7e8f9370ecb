package vn.hdndso.councils;

import java.util.List;

/** The organs of a council within a term. */
public enum BodyKind {
    /** Thường trực HĐND: chair, vice-chairs and members. */
    STANDING_COMMITTEE(List.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.MEMBER)),
    /** Ban của HĐND: head (CHAIR), deputy heads (VICE_CHAIR) and members. */
    COMMITTEE(List.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.MEMBER)),
    /** Tổ đại biểu: group head, deputy heads and members. */
    DELEGATE_GROUP(List.of(MembershipRole.HEAD, MembershipRole.DEPUTY_HEAD, MembershipRole.MEMBER));

    private final List<MembershipRole> roles;

    BodyKind(List<MembershipRole> roles) {
        this.roles = roles;
    }

    /** The roles a delegate can hold in a body of this kind, the leading one first. */
    public List<MembershipRole> roles() {
        return roles;
    }

    /** Whether bodies of this kind may be created and deleted (the standing committee comes with its term). */
    public boolean isOptional() {
        return this != STANDING_COMMITTEE;
    }

    public String messageKey() {
        return "council.body.kind." + name();
    }

    /** The message key prefix of role names in this kind of body ("council.membership.role.group."). */
    public String roleKeyPrefix() {
        return switch (this) {
            case STANDING_COMMITTEE -> "council.membership.role.standing.";
            case COMMITTEE -> "council.membership.role.committee.";
            case DELEGATE_GROUP -> "council.membership.role.group.";
        };
    }
}
