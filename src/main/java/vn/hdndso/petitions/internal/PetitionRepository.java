package vn.hdndso.petitions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/** Petitions in SQL. Row-level security scopes every query to the council's staff. */
@Repository
class PetitionRepository {

    private static final String COLUMNS = """
            id, council_id, tracking_code, issue_id, meeting_id, channel, content, area, submitter_name, contact,
            address, latitude, longitude, photo_file_id, consent_purpose, consent_at, field, level, suggested_field,
            suggested_level, suggested_score, classified, complaint, received_at, anonymised_at, demo, outside_area""";

    private final JdbcClient jdbc;

    PetitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new petition unless its tracking code is already taken (in any council: the column is
     * unique across councils, and the staff scope cannot see other councils' codes to check first);
     * false then, with nothing stored and the transaction still usable, so the caller draws another
     * code. One statement instead of a look-up and an insert.
     */
    boolean insert(Petition p, @Nullable String sourceKey, @Nullable String clientIpHash, String createdBy) {
        return jdbc.sql("""
                        insert into petition (id, council_id, tracking_code, issue_id, meeting_id, channel, content,
                          content_folded, area, submitter_name, contact, address, latitude, longitude, photo_file_id,
                          consent_purpose, consent_at, field, level, suggested_field, suggested_level, suggested_score,
                          classified, complaint, source_key, client_ip_hash, received_at, demo, created_by, outside_area)
                        values (:id, :council, :code, :issue, :meeting, :channel, :content, :folded, :area, :name,
                          :contact, :address, :lat, :lon, :photo, :purpose, :consentAt, :field, :level, :sField,
                          :sLevel, :sScore, :classified, :complaint, :sourceKey, :ipHash, :receivedAt, :demo, :createdBy,
                          :outsideArea)
                        on conflict (tracking_code) do nothing""")
                        .param("id", p.id())
                        .param("council", p.council().value())
                        .param("code", p.trackingCode())
                        .param("issue", p.issueId())
                        .param("meeting", p.meetingId())
                        .param("channel", p.channel().name())
                        .param("content", p.content())
                        .param("folded", VnText.fold(p.content()))
                        .param("area", p.area())
                        .param("name", p.submitterName())
                        .param("contact", p.contact())
                        .param("address", p.address())
                        .param("lat", p.latitude())
                        .param("lon", p.longitude())
                        .param("photo", p.photoFileId())
                        .param("purpose", p.consentPurpose())
                        .param("consentAt", p.consentAt() == null ? null : Timestamp.from(p.consentAt()))
                        .param("field", p.field())
                        .param("level", p.level().name())
                        .param("sField", p.suggestedField())
                        .param("sLevel", p.suggestedLevel().name())
                        .param("sScore", p.suggestedScore())
                        .param("classified", p.classified())
                        .param("complaint", p.complaint())
                        .param("sourceKey", sourceKey)
                        .param("ipHash", clientIpHash)
                        .param("receivedAt", Timestamp.from(p.receivedAt()))
                        .param("demo", p.demo())
                        .param("outsideArea", p.outsideArea())
                        .param("createdBy", createdBy)
                        .update()
                == 1;
    }

    Optional<Petition> find(CouncilId council, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from petition where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(PetitionRepository::map)
                .optional();
    }

    /** Any council's petition by its code; only in a cross-council scope does this see other councils. */
    Optional<Petition> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from petition where tracking_code = :code")
                .param("code", code)
                .query(PetitionRepository::map)
                .optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from petition where tracking_code = :code)")
                .param("code", code)
                .query(Boolean.class)
                .single();
    }

    boolean sourceKeyTaken(CouncilId council, String sourceKey) {
        return jdbc.sql("select exists (select 1 from petition where council_id = :council and source_key = :key)")
                .param("council", council.value())
                .param("key", sourceKey)
                .query(Boolean.class)
                .single();
    }

    List<Petition> ofIssue(CouncilId council, UUID issueId) {
        return jdbc.sql("select " + COLUMNS
                        + " from petition where council_id = :council and issue_id = :issue order by received_at")
                .param("council", council.value())
                .param("issue", issueId)
                .query(PetitionRepository::map)
                .list();
    }

    List<Petition> ofMeeting(CouncilId council, UUID meetingId) {
        return jdbc.sql("select " + COLUMNS
                        + " from petition where council_id = :council and meeting_id = :meeting order by received_at")
                .param("council", council.value())
                .param("meeting", meetingId)
                .query(PetitionRepository::map)
                .list();
    }

    /** Newest first, optionally only those a clerk has not classified yet. */
    List<Petition> list(CouncilId council, boolean unclassifiedOnly, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from petition where council_id = :council"
                        + (unclassifiedOnly ? " and not classified" : "")
                        + " order by received_at desc, id limit :limit offset :offset")
                .param("council", council.value())
                .param("limit", limit)
                .param("offset", offset)
                .query(PetitionRepository::map)
                .list();
    }

    long count(CouncilId council, boolean unclassifiedOnly) {
        return jdbc.sql("select count(*) from petition where council_id = :council"
                        + (unclassifiedOnly ? " and not classified" : ""))
                .param("council", council.value())
                .query(Long.class)
                .single();
    }

    /** The petitions a contact sent (the data subject's request to see their data). */
    List<Petition> ofContact(CouncilId council, String contact) {
        return jdbc.sql("select " + COLUMNS
                        + " from petition where council_id = :council and contact = :contact order by received_at")
                .param("council", council.value())
                .param("contact", contact)
                .query(PetitionRepository::map)
                .list();
    }

    /** Submissions from one contact since a moment (rate limits). */
    int countFromContactSince(CouncilId council, String contact, Instant since) {
        return jdbc.sql("select count(*) from petition where council_id = :council and contact = :contact"
                        + " and received_at >= :since")
                .param("council", council.value())
                .param("contact", contact)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** The confirmed examples the council's classifier learns from: text, field, level. */
    List<String[]> confirmedExamples(CouncilId council, int limit) {
        return jdbc.sql("select content, field, level, suggested_field from petition where council_id = :council"
                        + " and classified and not complaint order by received_at desc limit :limit")
                .param("council", council.value())
                .param("limit", limit)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
    }

    long confirmedCount(CouncilId council) {
        return jdbc.sql("select count(*) from petition where council_id = :council and classified")
                .param("council", council.value())
                .query(Long.class)
                .single();
    }

    void classify(CouncilId council, UUID id, String field, CompetentLevel level, boolean complaint) {
        jdbc.sql("update petition set field = :field, level = :level, classified = true, complaint = :complaint"
                        + " where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .param("field", field)
                .param("level", level.name())
                .param("complaint", complaint)
                .update();
    }

    void moveToIssue(CouncilId council, UUID id, UUID issueId) {
        jdbc.sql("update petition set issue_id = :issue where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .param("issue", issueId)
                .update();
    }

    /** Moves an issue's petitions, and the notices sent about it, to another issue. */
    void moveAll(CouncilId council, UUID fromIssue, UUID toIssue) {
        jdbc.sql("update petition set issue_id = :to where council_id = :council and issue_id = :from")
                .param("council", council.value())
                .param("from", fromIssue)
                .param("to", toIssue)
                .update();
        // the notices keep pointing at an issue: the one that now holds their petitions
        jdbc.sql("update petition_notification set issue_id = :to where council_id = :council and issue_id = :from")
                .param("council", council.value())
                .param("from", fromIssue)
                .param("to", toIssue)
                .update();
    }

    /** Keeps the petition (its text de-identified, its field, its issue) and forgets who sent it. */
    void anonymise(CouncilId council, UUID id, String scrubbedContent) {
        jdbc.sql("""
                        update petition set submitter_name = null, contact = null, address = null, latitude = null,
                          longitude = null, outside_area = false, photo_file_id = null, client_ip_hash = null, content = :content,
                          content_folded = :folded, anonymised_at = now()
                        where council_id = :council and id = :id""")
                .param("council", council.value())
                .param("id", id)
                .param("content", scrubbedContent)
                .param("folded", VnText.fold(scrubbedContent))
                .update();
    }

    void correct(
            CouncilId council, UUID id, @Nullable String name, @Nullable String contact, @Nullable String address) {
        jdbc.sql("update petition set submitter_name = :name, contact = :contact, address = :address"
                        + " where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .param("name", name)
                .param("contact", contact)
                .param("address", address)
                .update();
    }

    /** Counts for the statistics: a dimension column and the number of petitions per value. */
    List<Object[]> countBy(CouncilId council, String column) {
        if (!List.of("field", "level", "channel", "area").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select " + column + ", count(*) from petition where council_id = :council group by " + column
                        + " order by count(*) desc")
                .param("council", council.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list();
    }

    static Petition map(ResultSet rs, int row) throws SQLException {
        var personal = new Petition.PersonalData(
                rs.getString("submitter_name"),
                rs.getString("contact"),
                rs.getString("address"),
                (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"));
        var classification = new Petition.Classification(
                rs.getString("field"),
                CompetentLevel.valueOf(rs.getString("level")),
                rs.getBoolean("complaint"),
                rs.getBoolean("classified"));
        var suggestion = new Petition.Suggestion(
                rs.getString("suggested_field"),
                CompetentLevel.valueOf(rs.getString("suggested_level")),
                rs.getDouble("suggested_score"));
        return new Petition(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("tracking_code"),
                rs.getObject("issue_id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                PetitionChannel.valueOf(rs.getString("channel")),
                rs.getString("content"),
                rs.getString("area"),
                personal,
                rs.getObject("photo_file_id", UUID.class),
                new Petition.Consent(rs.getString("consent_purpose"), instant(rs, "consent_at")),
                classification,
                suggestion,
                java.util.Objects.requireNonNull(instant(rs, "received_at")),
                instant(rs, "anonymised_at"),
                rs.getBoolean("demo"),
                rs.getBoolean("outside_area"));
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
