package vn.hdndso.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.notifications.MessageState;
import vn.hdndso.notifications.SentMessage;
import vn.hdndso.notifications.SentMessages;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/** The council's outbox as its staff see it, and the resend of a failed message. */
@Component
class SentMessageLog implements SentMessages {

    private final MessageRepository messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SentMessageLog(MessageRepository messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<SentMessage> list(CouncilId council, @Nullable MessageState state, Page.Request page) {
        int size = page.sizeOr(50);
        int number = page.pageOrDefault();
        return new Page<>(
                messages.list(council, state, number * size, size), number, size, messages.count(council, state));
    }

    @Override
    @Transactional
    public SentMessage resend(CouncilId council, UUID id) {
        SentMessage failed =
                messages.find(council, id).orElseThrow(() -> new NotFoundException("notify.message.notFound", id));
        if (!failed.resendable()) {
            throw new BusinessRuleException("notify.resend.notFailed");
        }
        MessageRepository.StoredMessage stored =
                messages.stored(council, id).orElseThrow(() -> new NotFoundException("notify.message.notFound", id));
        UUID copy = UUID.randomUUID();
        messages.insert(
                copy,
                council,
                stored.idempotencyKey() + ":resend:" + copy,
                stored.target(),
                stored.template(),
                stored.text(),
                stored.link(),
                Instant.now(clock),
                id);
        events.publishEvent(AuditEvent.of(council, "notifications.message.resent", "notification", copy)
                .with("resentFrom", id)
                .with("channel", stored.target().channel()));
        return messages.find(council, copy).orElseThrow(() -> new NotFoundException("notify.message.notFound", copy));
    }
}
