package vn.hdndso.documents.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.shared.CouncilId;

/**
 * Issued documents as the public sees them, in SQL. Every query names the status explicitly and
 * leaves restricted documents out, so a cross-council scope (the city's front page, the sitemap)
 * and a staff member's scope on a public page see public issued documents only.
 */
@Repository
class PublishedDocumentRepository {

    private static final String ORDER = " order by issue_date desc, issued_at desc, number desc";

    private final JdbcClient jdbc;

    PublishedDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Issued documents of one council (or, with {@code council} null, of every council in scope),
     * newest first, optionally only those issued in {@code year} or changed since {@code since}.
     */
    public List<OutgoingDocument> issued(
            @Nullable CouncilId council, @Nullable Integer year, @Nullable Instant since, int offset, int limit) {
        return jdbc.sql("select " + OutgoingDocumentRows.COLUMNS + " from outgoing_document where "
                        + where(council, year, since) + ORDER + " offset :offset limit :limit")
                .params(params(council, year, since))
                .param("offset", offset)
                .param("limit", limit)
                .query(OutgoingDocumentRows::map)
                .list();
    }

    public long count(@Nullable CouncilId council, @Nullable Integer year, @Nullable Instant since) {
        return jdbc.sql("select count(*) from outgoing_document where " + where(council, year, since))
                .params(params(council, year, since))
                .query(Long.class)
                .single();
    }

    /** The latest change to the council's public documents (issue, or anything after), if any. */
    public Optional<Instant> lastChange(@Nullable CouncilId council) {
        Timestamp latest = jdbc.sql("select max(updated_at) from outgoing_document where " + where(council, null, null))
                .params(params(council, null, null))
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return Optional.ofNullable(latest).map(Timestamp::toInstant);
    }

    /**
     * Recalled documents of the council, most recently recalled first (one, with {@code id}).
     * Needs a scope that sees them (they are not public).
     */
    public List<OutgoingDocument> recalled(@Nullable CouncilId council, java.util.@Nullable UUID id, int limit) {
        return jdbc.sql("select " + OutgoingDocumentRows.COLUMNS + " from outgoing_document where status = 'RECALLED'"
                        + " and not restricted"
                        + (council == null ? "" : " and council_id = :council") + (id == null ? "" : " and id = :id")
                        + " order by recalled_at desc limit :limit")
                .params(params(council, null, null))
                .param("limit", limit)
                .params(id == null ? java.util.Map.of() : java.util.Map.of("id", id))
                .query(OutgoingDocumentRows::map)
                .list();
    }

    /** The years in which the council issued documents, newest first. */
    public List<Integer> years(CouncilId council) {
        return jdbc.sql("select distinct number_year from outgoing_document where " + where(council, null, null)
                        + " order by number_year desc")
                .params(params(council, null, null))
                .query(Integer.class)
                .list();
    }

    private static String where(@Nullable CouncilId council, @Nullable Integer year, @Nullable Instant since) {
        var sql = new StringBuilder("status = 'ISSUED' and not restricted");
        if (council != null) {
            sql.append(" and council_id = :council");
        }
        if (year != null) {
            sql.append(" and number_year = :year");
        }
        if (since != null) {
            sql.append(" and updated_at >= :since");
        }
        return sql.toString();
    }

    private static java.util.Map<String, Object> params(
            @Nullable CouncilId council, @Nullable Integer year, @Nullable Instant since) {
        var params = new java.util.HashMap<String, Object>();
        if (council != null) {
            params.put("council", council.value());
        }
        if (year != null) {
            params.put("year", year);
        }
        if (since != null) {
            params.put("since", Timestamp.from(since));
        }
        return params;
    }
}
