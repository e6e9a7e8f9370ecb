package vn.hdndso.sessions;

import vn.hdndso.shared.BusinessRuleException;

/** An amendment: proposed by a delegate, then admitted (voted before its motion), rejected or withdrawn. */
public enum AmendmentState {
    PROPOSED,
    ADMITTED,
    REJECTED,
    WITHDRAWN;

    public String messageKey() {
        return "amendments.state." + name();
    }

    /** Only a proposed amendment is admitted, rejected or withdrawn. */
    public void requireProposed() {
        if (this != PROPOSED) {
            throw new BusinessRuleException("amendments.notProposed");
        }
    }
}
