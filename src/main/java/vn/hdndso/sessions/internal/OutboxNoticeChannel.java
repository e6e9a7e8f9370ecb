package vn.hdndso.sessions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hdndso.councils.Delegate;
import vn.hdndso.sessions.CouncilSession;

/** The default channel: the notice stays in the outbox table and is written to the log (debug level). */
@Configuration
class OutboxNoticeChannel {

    private static final Logger log = LoggerFactory.getLogger(OutboxNoticeChannel.class);

    @Bean
    @ConditionalOnMissingBean(NoticeChannel.class)
    NoticeChannel loggingNoticeChannel(NoticeRepository notices) {
        return (CouncilSession session, Delegate delegate) -> {
            log.debug(
                    "Giấy mời kỳ họp '{}' ({}) cho đại biểu {}: chưa có kênh gửi e-mail/SMS, lưu trong hộp thư đi",
                    session.title(),
                    session.startsAt(),
                    delegate.fullName());
        };
    }
}
