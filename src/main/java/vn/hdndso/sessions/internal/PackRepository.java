package vn.hdndso.sessions.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.sessions.AgendaItemId;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/** The document pack of a session and who opened which document when. */
@Repository
class PackRepository {

    private final JdbcClient jdbc;

    PackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(
            UUID id,
            SessionId session,
            int position,
            String title,
            @Nullable UUID documentId,
            String sha256,
            long size,
            int pageCount,
            Instant addedAt,
            @Nullable AgendaItemId agendaItem) {}

    public record Receipt(
            UUID documentId,
            String documentTitle,
            String userName,
            Instant firstOpenedAt,
            Instant lastOpenedAt,
            int opened) {}

    public void add(CouncilId council, Row row, String by) {
        jdbc.sql("""
                        insert into pack_document (id, council_id, session_id, position, title, document_id, sha256, size,
                          page_count, added_by, agenda_item_id)
                        values (:id, :c, :s, (select coalesce(max(position), 0) + 1 from pack_document where session_id = :s),
                          :title, :doc, :sha, :size, :pages, :by, :item)""")
                .param("id", row.id())
                .param("c", council.value())
                .param("s", row.session().value())
                .param("title", row.title())
                .param("doc", row.documentId())
                .param("sha", row.sha256())
                .param("size", row.size())
                .param("pages", row.pageCount())
                .param("by", by)
                .param(
                        "item",
                        row.agendaItem() == null ? null : row.agendaItem().value())
                .update();
    }

    public List<Row> list(SessionId session) {
        return jdbc.sql("select id, session_id, position, title, document_id, sha256, size, page_count, added_at,"
                        + " agenda_item_id from pack_document where session_id = :s order by position")
                .param("s", session.value())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        new SessionId(rs.getObject("session_id", UUID.class)),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getObject("document_id", UUID.class),
                        rs.getString("sha256"),
                        rs.getLong("size"),
                        rs.getInt("page_count"),
                        rs.getTimestamp("added_at").toInstant(),
                        item(rs.getObject("agenda_item_id", UUID.class))))
                .list();
    }

    public Optional<Row> find(SessionId session, UUID id) {
        return list(session).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public void assign(SessionId session, UUID id, @Nullable AgendaItemId item) {
        jdbc.sql("update pack_document set agenda_item_id = :item where session_id = :s and id = :id")
                .param("item", item == null ? null : item.value())
                .param("s", session.value())
                .param("id", id)
                .update();
    }

    /** The documents of the session's pack this person has opened. */
    public List<UUID> readBy(SessionId session, UUID user) {
        return jdbc.sql("""
                        select p.id from read_receipt r join pack_document p on p.id = r.pack_document_id
                        where p.session_id = :s and r.user_id = :u""")
                .param("s", session.value())
                .param("u", user)
                .query(UUID.class)
                .list();
    }

    private static @Nullable AgendaItemId item(@Nullable UUID id) {
        return id == null ? null : new AgendaItemId(id);
    }

    public void remove(SessionId session, UUID id) {
        jdbc.sql("delete from pack_document where session_id = :s and id = :id")
                .param("s", session.value())
                .param("id", id)
                .update();
    }

    public void opened(CouncilId council, UUID document, UUID user, String name, Instant at) {
        jdbc.sql("""
                        insert into read_receipt (council_id, pack_document_id, user_id, user_name, first_opened_at, last_opened_at)
                        values (:c, :d, :u, :name, :at, :at)
                        on conflict (pack_document_id, user_id) do update
                          set last_opened_at = excluded.last_opened_at, opened = read_receipt.opened + 1""")
                .param("c", council.value())
                .param("d", document)
                .param("u", user)
                .param("name", name)
                .param("at", Timestamp.from(at))
                .update();
    }

    public List<Receipt> receipts(SessionId session) {
        return jdbc.sql("""
                        select p.id, p.title, r.user_name, r.first_opened_at, r.last_opened_at, r.opened
                        from read_receipt r join pack_document p on p.id = r.pack_document_id
                        where p.session_id = :s order by p.position, r.user_name""")
                .param("s", session.value())
                .query((rs, n) -> new Receipt(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getString("user_name"),
                        rs.getTimestamp("first_opened_at").toInstant(),
                        rs.getTimestamp("last_opened_at").toInstant(),
                        rs.getInt("opened")))
                .list();
    }
}
