package vn.hdndso.sessions;

import vn.hdndso.shared.BusinessRuleException;

/** A request to speak: waiting in the queue, speaking (has the floor), done, or withdrawn. */
public enum SpeakerState {
    WAITING,
    SPEAKING,
    DONE,
    WITHDRAWN;

    public String messageKey() {
        return "speakers.state." + name();
    }

    /** Only a waiting request is given the floor, moved in the queue or withdrawn. */
    public void requireWaiting() {
        if (this != WAITING) {
            throw new BusinessRuleException("speakers.notWaiting");
        }
    }

    /** Only the current speaker's turn is ended. */
    public void requireSpeaking() {
        if (this != SPEAKING) {
            throw new BusinessRuleException("speakers.notSpeaking");
        }
    }
}
