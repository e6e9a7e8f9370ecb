package vn.hdndso.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.notifications.ConsentWithdrawals;
import vn.hdndso.notifications.Recipient;
import vn.hdndso.shared.CouncilId;

/** Fails what still waits for a voter who withdrew consent: it is never sent. */
@Component
class ConsentWithdrawalLog implements ConsentWithdrawals {

    static final String WITHDRAWN = "cử tri đã rút lại sự đồng ý: không gửi";

    private final MessageRepository messages;
    private final Clock clock;

    ConsentWithdrawalLog(MessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdrawn(CouncilId council, Recipient.Contact contact) {
        return messages.failUnsent(
                council, contact.channel(), contact.address().strip(), WITHDRAWN, Instant.now(clock));
    }
}
