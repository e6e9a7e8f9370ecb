package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.MeetingFormat;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * What the indicators count in petitions: voter-contact meetings by day and format, petitions
 * received in a period with their channel and handling, issues transferred to other bodies.
 * Row-level security scopes every query (staff scope: petitions are never public).
 */
@Repository
class PetitionIndicatorRows {

    /** The day a petition was received, on Vietnam's clock (a code constant, never input). */
    private static final String RECEIVED_LOCALLY = "(p.received_at at time zone '" + VnTime.ZONE_ID + "')::date";

    /**
     * Received from the first day to the last, on Vietnam's clock, as a range of instants the index
     * {@code petition_council (council_id, received_at)} answers (a condition on the local date
     * would read every petition of the council).
     */
    private static final String RECEIVED_BETWEEN = "p.received_at >= :fromInstant and p.received_at < :untilInstant";

    private final JdbcClient jdbc;

    PetitionIndicatorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Meeting(UUID id, String title, LocalDate heldOn, MeetingFormat format) {}

    /** The council's voter-contact meetings held (or to be held) between the two days, newest first. */
    List<Meeting> meetingsBetween(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select id, title, held_on, format from petition_meeting
                        where council_id = :council and held_on between :from and :to
                        order by held_on desc, created_at desc, id""")
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Meeting(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        MeetingFormat.valueOf(rs.getString("format"))))
                .list();
    }

    /**
     * A petition received: its channel, whether a clerk classified it (confirmed or corrected its
     * field) and the issue that aggregates it.
     */
    record Received(
            UUID id,
            String trackingCode,
            PetitionChannel channel,
            LocalDate receivedOn,
            String field,
            boolean classified,
            UUID issueId) {}

    /** The council's petitions received between the two days, newest first. */
    List<Received> receivedBetween(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select p.id, p.tracking_code, p.channel, %1$s as received_on, p.field, p.classified,
                          p.issue_id
                        from petition p
                        where p.council_id = :council and %2$s
                        order by p.received_at desc, p.id""".formatted(RECEIVED_LOCALLY, RECEIVED_BETWEEN))
                .param("council", council.value())
                .param("fromInstant", startOf(from))
                .param("untilInstant", startOf(to.plusDays(1)))
                .query((rs, n) -> new Received(
                        rs.getObject("id", UUID.class),
                        rs.getString("tracking_code").strip(),
                        PetitionChannel.valueOf(rs.getString("channel")),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("field"),
                        rs.getBoolean("classified"),
                        rs.getObject("issue_id", UUID.class)))
                .list();
    }

    /** How many petitions came in through a channel in a period, and how many of them a clerk classified. */
    record ChannelCount(PetitionChannel channel, long received, long classified) {}

    /**
     * The council's petitions received between the two days, counted per channel by the database
     * (what T5 and T6 measure; the rows themselves are read only for the evidence).
     */
    List<ChannelCount> countsBetween(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select p.channel, count(*) as received, count(*) filter (where p.classified) as classified
                        from petition p
                        where p.council_id = :council and %s
                        group by p.channel""".formatted(RECEIVED_BETWEEN))
                .param("council", council.value())
                .param("fromInstant", startOf(from))
                .param("untilInstant", startOf(to.plusDays(1)))
                .query((rs, n) -> new ChannelCount(
                        PetitionChannel.valueOf(rs.getString("channel")),
                        rs.getLong("received"),
                        rs.getLong("classified")))
                .list();
    }

    private static java.sql.Timestamp startOf(LocalDate day) {
        return java.sql.Timestamp.from(day.atStartOfDay(VnTime.ZONE).toInstant());
    }

    /** The council's issues transferred between the two days, newest first. */
    List<PetitionIssues.Transfer> transferredBetween(CouncilId council, LocalDate from, LocalDate to) {
        return jdbc.sql("select id, title, body_kind, body_name, transferred_on from " + IssueRepository.table() + """

                        where council_id = :council and transferred_on between :from and :to
                          and body_name is not null and body_kind is not null
                        order by transferred_on desc, id""")
                .param("council", council.value())
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new PetitionIssues.Transfer(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        CompetentBodyKind.valueOf(rs.getString("body_kind")),
                        rs.getString("body_name"),
                        rs.getObject("transferred_on", LocalDate.class)))
                .list();
    }
}
