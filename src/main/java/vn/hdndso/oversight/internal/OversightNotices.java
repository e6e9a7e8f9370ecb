package vn.hdndso.oversight.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.notifications.Addressee;
import vn.hdndso.notifications.Addressees;
import vn.hdndso.notifications.Notice;
import vn.hdndso.notifications.Outbox;
import vn.hdndso.oversight.QuestionAsked;
import vn.hdndso.oversight.TopicChanged;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;

/**
 * What the People's Committee's officers are told, in the transaction of the change: a question
 * addressed to their unit, a recommendation made to it after an oversight topic — and, through
 * {@link OversightDeadlineReminders}, the deadlines of both and of the commitments given in answers.
 * Each notice goes to the unit's officers and its address ({@link Addressees#ofExecutiveUnit}),
 * once per item, step and addressee (the idempotency key).
 */
@Component
class OversightNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int SHORT = 160;

    private final Outbox outbox;
    private final Addressees addressees;
    private final JdbcClient jdbc;
    private final Councils councils;
    private final InstallationProperties installation;

    OversightNotices(
            Outbox outbox,
            Addressees addressees,
            JdbcClient jdbc,
            Councils councils,
            InstallationProperties installation) {
        this.outbox = outbox;
        this.addressees = addressees;
        this.jdbc = jdbc;
        this.councils = councils;
        this.installation = installation;
    }

    @EventListener
    void on(QuestionAsked event) {
        jdbc.sql("select text, addressed_unit_name from oversight_question where id = :id")
                .param("id", event.question())
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2)))
                .optional()
                .ifPresent(q -> toUnit(
                        event.council(),
                        event.addressedUnit(),
                        "question-asked",
                        "question:" + event.question() + ":asked",
                        "/oversight#question-" + event.question(),
                        q.get(0),
                        q.get(1),
                        event.dueOn()));
    }

    /** A topic's recommendations changed: each one to a unit is announced once (its key says so). */
    @EventListener
    void on(TopicChanged event) {
        if (!"recommendation".equals(event.what())) {
            return;
        }
        record Row(UUID id, String text, UUID unit, String owner, LocalDate due) {}
        jdbc.sql("""
                        select id, text, owner_unit_id, owner_name, due_on from oversight_recommendation
                         where topic_id = :topic and owner_unit_id is not null and done_on is null""")
                .param("topic", event.topic())
                .query((rs, i) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list()
                .forEach(r -> toUnit(
                        event.council(),
                        r.unit(),
                        "recommendation-sent",
                        "recommendation:" + r.id() + ":sent",
                        "/oversight/topics/" + event.topic(),
                        r.text(),
                        r.owner(),
                        r.due()));
    }

    /**
     * Queues {@code template} to a unit: {0} the council, {1} the item's text (shortened), {2} the
     * unit, {3} the deadline.
     */
    void toUnit(
            CouncilId councilId,
            UUID unit,
            String template,
            String key,
            String path,
            String text,
            String unitName,
            LocalDate due) {
        Council council = councils.require(councilId);
        String link = installation.baseUrl() + "/app/councils/" + council.slug() + path;
        for (Addressee addressee : addressees.ofExecutiveUnit(councilId, unit)) {
            outbox.queue(new Notice(
                    councilId,
                    addressee.recipient(),
                    template,
                    List.of(council.name(), shortened(text), unitName, DAY.format(due)),
                    link,
                    key + ":" + addressee.key()));
        }
    }

    static String shortened(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= SHORT) {
            return flat;
        }
        int end = SHORT - 1;
        if (Character.isLowSurrogate(flat.charAt(end))) {
            end--;
        }
        return flat.substring(0, end) + "…";
    }
}
