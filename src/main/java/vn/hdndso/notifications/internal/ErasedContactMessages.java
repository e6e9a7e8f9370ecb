package vn.hdndso.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.VoterContactErased;

/**
 * Erases the messages of an erased voter (see {@link VoterContactErased}) synchronously, in the
 * publisher's transaction: the erasure and the messages' erasure commit together or not at all.
 */
@Component
class ErasedContactMessages {

    private static final Logger log = LoggerFactory.getLogger(ErasedContactMessages.class);

    private final MessageRepository messages;

    ErasedContactMessages(MessageRepository messages) {
        this.messages = messages;
    }

    @EventListener
    void on(VoterContactErased event) {
        int erased = messages.erase(
                event.council(),
                event.contact().channel(),
                event.contact().address().strip(),
                event.reference());
        log.info("erased {} message(s) of an anonymised voter", erased);
    }
}
