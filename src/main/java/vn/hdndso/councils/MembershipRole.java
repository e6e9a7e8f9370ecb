package vn.hdndso.councils;

/** A delegate's role in a body. */
public enum MembershipRole {
    /** Chủ tịch (standing committee) or Trưởng ban (committee). */
    CHAIR,
    /** Phó Chủ tịch or Phó Trưởng ban. */
    VICE_CHAIR,
    /** Tổ trưởng of a delegate group. */
    HEAD,
    /** Tổ phó. */
    DEPUTY_HEAD,
    MEMBER;

    public String messageKey() {
        return "council.membership.role." + name();
    }

    /** A body has one chair or group head at a time. */
    public boolean leads() {
        return this == CHAIR || this == HEAD;
    }
}
