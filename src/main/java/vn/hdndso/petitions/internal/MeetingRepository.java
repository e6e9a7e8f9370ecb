package vn.hdndso.petitions.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.MeetingTiming;
import vn.hdndso.petitions.VoterMeeting;
import vn.hdndso.shared.CouncilId;

/** Voter-contact meetings in SQL, each with the number of petitions raised there. */
@Repository
class MeetingRepository {

    private static final String SELECT = """
            select m.*, (select count(*) from petition p where p.meeting_id = m.id) as petition_count
            from petition_meeting m""";

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(VoterMeeting m) {
        jdbc.sql("""
                        insert into petition_meeting (id, council_id, title, delegate_group, delegates, front_co_organiser,
                          place, format, online_link, held_on, timing, session_reference, minutes, demo, created_by)
                        values (:id, :council, :title, :group, :delegates, :front, :place, :format, :link, :heldOn,
                          :timing, :session, :minutes, :demo, :createdBy)""")
                .param("id", m.id())
                .param("council", m.council().value())
                .param("title", m.title())
                .param("group", m.delegateGroup())
                .param("delegates", m.delegates())
                .param("front", m.frontCoOrganiser())
                .param("place", m.place())
                .param("format", m.format().name())
                .param("link", m.onlineLink())
                .param("heldOn", Date.valueOf(m.heldOn()))
                .param("timing", m.timing().name())
                .param("session", m.sessionReference())
                .param("minutes", m.minutes())
                .param("demo", m.demo())
                .param("createdBy", m.createdBy())
                .update();
    }

    public void updateMinutes(CouncilId council, UUID id, String minutes) {
        jdbc.sql("update petition_meeting set minutes = :minutes where council_id = :council and id = :id")
                .param("council", council.value())
                .param("id", id)
                .param("minutes", minutes)
                .update();
    }

    public Optional<VoterMeeting> find(CouncilId council, UUID id) {
        return jdbc.sql(SELECT + " where m.council_id = :council and m.id = :id")
                .param("council", council.value())
                .param("id", id)
                .query(MeetingRepository::map)
                .optional();
    }

    public Optional<VoterMeeting> findByTitle(CouncilId council, String title) {
        return jdbc.sql(SELECT + " where m.council_id = :council and m.title = :title")
                .param("council", council.value())
                .param("title", title)
                .query(MeetingRepository::map)
                .optional();
    }

    public List<VoterMeeting> list(CouncilId council) {
        return jdbc.sql(SELECT + " where m.council_id = :council order by m.held_on desc, m.created_at desc")
                .param("council", council.value())
                .query(MeetingRepository::map)
                .list();
    }

    /**
     * The council's meetings as the public may see them (the view {@code petition_meeting_public}:
     * no minutes, no delegates' notes, no author; no petition count), for the public calendar.
     */
    public List<VoterMeeting> listPublic(CouncilId council) {
        return jdbc.sql("select m.*, 0 as petition_count from petition_meeting_public m where m.council_id = :council"
                        + " order by m.held_on desc, m.created_at desc")
                .param("council", council.value())
                .query(MeetingRepository::map)
                .list();
    }

    /** Meetings per format (the share of online/hybrid meetings is target T4); public statistics. */
    public List<Object[]> countByFormat(CouncilId council) {
        return jdbc.sql("select format, count(*) from petition_meeting_public where council_id = :council"
                        + " group by format")
                .param("council", council.value())
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .list();
    }

    static VoterMeeting map(ResultSet rs, int row) throws SQLException {
        return new VoterMeeting(
                rs.getObject("id", UUID.class),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                rs.getString("delegate_group"),
                rs.getString("delegates"),
                rs.getString("front_co_organiser"),
                rs.getString("place"),
                MeetingFormat.valueOf(rs.getString("format")),
                rs.getString("online_link"),
                rs.getDate("held_on").toLocalDate(),
                MeetingTiming.valueOf(rs.getString("timing")),
                rs.getString("session_reference"),
                rs.getString("minutes"),
                rs.getInt("petition_count"),
                rs.getBoolean("demo"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
