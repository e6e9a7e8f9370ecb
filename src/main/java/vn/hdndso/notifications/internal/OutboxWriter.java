package vn.hdndso.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;

/**
 * Writes a notice to {@code notification_message} in the caller's transaction: one row per channel
 * the recipient is reached through, rendered in their language. A key already queued is ignored.
 */
@Component
class OutboxWriter implements Outbox {

    private static final Logger log = LoggerFactory.getLogger(OutboxWriter.class);

    private final MessageRepository messages;
    private final RecipientTargets targets;
    private final TemplateRenderer renderer;
    private final Clock clock;

    OutboxWriter(MessageRepository messages, RecipientTargets targets, TemplateRenderer renderer, Clock clock) {
        this.messages = messages;
        this.targets = targets;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Notice notice) {
        if (messages.queued(notice.council(), notice.idempotencyKey())) {
            log.debug("notice {} already queued", notice.idempotencyKey());
            return;
        }
        List<Target> to = targets.of(notice);
        Instant now = Instant.now(clock);
        for (Target target : to) {
            messages.insert(
                    UUID.randomUUID(),
                    notice.council(),
                    notice.idempotencyKey(),
                    target,
                    notice.template(),
                    renderer.render(notice, target.language()),
                    notice.link(),
                    now,
                    null);
        }
        log.info("notice {} queued for {} channel(s)", notice.template(), to.size());
    }
}
