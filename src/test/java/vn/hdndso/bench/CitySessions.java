package vn.hdndso.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A council's sessions of one year: the two regular sessions the law requires (mid-year and
 * year-end, as in the resolutions index and the demo), each with its agenda, the pack of papers,
 * the roll call and, for the motions, the delegates' ballots with the tally and its outcome
 * (more than half of all delegates, as {@code sessions.Majority} decides), and the recording's
 * metadata. A council without delegates first gets a current term and 15–30 delegates.
 */
final class CitySessions {

    /** A regular session of the year and its day. */
    record Held(UUID id, LocalDate day) {}

    private record Delegate(UUID id, String name) {}

    private final JdbcTemplate jdbc;
    private final Batches batches;
    private final LocalDate today;

    CitySessions(JdbcTemplate jdbc, Batches batches, LocalDate today) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.today = today;
    }

    static UUID meetingId(UUID council, LocalDate day) {
        return UUID.nameUUIDFromBytes((council + "/meeting/" + day).getBytes(StandardCharsets.UTF_8));
    }

    List<Held> write(UUID council, int year, Map<String, Integer> counts) {
        List<Delegate> delegates = delegates(council, counts);
        List<Held> sessions = new ArrayList<>();
        sessions.add(new Held(
                UUID.randomUUID(), LocalDate.of(year, 7, 5 + batches.random().nextInt(20))));
        sessions.add(new Held(
                UUID.randomUUID(), LocalDate.of(year, 12, 5 + batches.random().nextInt(20))));
        for (int s = 0; s < sessions.size(); s++) {
            session(council, year, s, sessions.get(s), delegates);
        }
        return sessions;
    }

    private void session(UUID council, int year, int ordinal, Held session, List<Delegate> delegates) {
        OffsetDateTime starts = session.day().atTime(8, 0).atOffset(CityOperations.VN);
        boolean held = session.day().isBefore(today);
        OffsetDateTime closed = starts.plusHours(6 + batches.random().nextInt(20));
        batches.add(
                "insert into council_session (id, council_id, title, kind, starts_at, place, state, created_by,"
                        + " created_at, convened_at, closed_at) values (?, ?, ?, 'REGULAR', ?, 'Hội trường UBND', ?,"
                        + " ?, ?, ?, ?)",
                session.id(),
                council,
                "[Tổng hợp] Kỳ họp thường lệ " + (ordinal == 0 ? "giữa" : "cuối") + " năm " + year,
                starts,
                held ? "CLOSED" : "PLANNED",
                CityOperations.BY,
                starts.minusDays(30),
                held ? starts.minusDays(10) : null,
                held ? closed : null);
        List<UUID> pack = new ArrayList<>();
        if (batches.chance(CityOperations.adoption(year, 0.5, 0.95))) {
            int papers = 3 + batches.random().nextInt(8);
            for (int p = 0; p < papers; p++) {
                UUID id = UUID.randomUUID();
                pack.add(id);
                batches.add(
                        "insert into pack_document (id, council_id, session_id, position, title, sha256, size,"
                                + " page_count, added_by, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        council,
                        session.id(),
                        p + 1,
                        "[Tổng hợp] Tài liệu kỳ họp số " + (p + 1),
                        batches.sha(),
                        100_000 + batches.random().nextInt(2_000_000),
                        2 + batches.random().nextInt(40),
                        CityOperations.BY,
                        starts.minusDays(7));
            }
        }
        List<Delegate> present = new ArrayList<>();
        if (held) {
            for (Delegate d : delegates) {
                if (batches.chance(0.92)) {
                    present.add(d);
                    batches.add(
                            "insert into attendance (council_id, session_id, delegate_id, delegate_name, checked_in_at,"
                                    + " checked_in_by, by_clerk) values (?, ?, ?, ?, ?, ?, ?)",
                            council,
                            session.id(),
                            d.id(),
                            d.name(),
                            starts.minusMinutes(batches.random().nextInt(30)),
                            CityOperations.BY,
                            batches.chance(0.3));
                }
            }
        }
        boolean recorded = held && batches.chance(CityOperations.adoption(year, 0.3, 0.9));
        int items = 3 + batches.random().nextInt(6);
        for (int a = 0; a < items; a++) {
            item(council, session, a + 1, held, recorded, starts, delegates, present);
        }
        if (recorded) {
            batches.add(
                    "insert into recording (session_id, council_id, sha256, size, media_type, published_at)"
                            + " values (?, ?, ?, ?, 'video/mp4', ?)",
                    session.id(),
                    council,
                    batches.sha(),
                    // a 4–8 h sitting at ~1 Mbit/s
                    (4L + batches.random().nextInt(5)) * 3600 * 125_000,
                    closed.plusDays(1));
        }
    }

    private void item(
            UUID council,
            Held session,
            int number,
            boolean held,
            boolean recorded,
            OffsetDateTime starts,
            List<Delegate> delegates,
            List<Delegate> present) {
        boolean motion = batches.chance(0.8);
        boolean voted = motion && held && !present.isEmpty();
        UUID id = UUID.randomUUID();
        int yes = 0;
        int no = 0;
        int abstain = 0;
        OffsetDateTime opened = starts.plusMinutes(30L * number);
        List<Object[]> ballots = new ArrayList<>();
        if (voted) {
            for (Delegate d : present) {
                double r = batches.random().nextDouble();
                String choice = r < 0.86 ? "YES" : r < 0.91 ? "NO" : "ABSTAIN";
                yes += choice.equals("YES") ? 1 : 0;
                no += choice.equals("NO") ? 1 : 0;
                abstain += choice.equals("ABSTAIN") ? 1 : 0;
                ballots.add(new Object[] {
                    council,
                    id,
                    d.id(),
                    d.name(),
                    choice,
                    opened.plusSeconds(5 + batches.random().nextInt(60))
                });
            }
        }
        batches.add(
                "insert into agenda_item (id, council_id, session_id, number, title, motion, majority, vote_state,"
                        + " vote_mode, vote_opened_at, vote_closed_at, yes_count, no_count, abstain_count,"
                        + " entitled_count, passed, recording_offset) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?)",
                id,
                council,
                session.id(),
                number,
                "[Tổng hợp] " + (motion ? "Dự thảo nghị quyết" : "Báo cáo") + " số " + number,
                motion,
                motion ? "MORE_THAN_HALF_OF_ALL" : null,
                voted ? "CLOSED" : "NONE",
                voted ? "ELECTRONIC" : null,
                voted ? opened : null,
                voted ? opened.plusMinutes(2) : null,
                voted ? yes : null,
                voted ? no : null,
                voted ? abstain : null,
                voted ? delegates.size() : null,
                // more than half of all delegates, present or not
                voted ? 2 * yes > delegates.size() : null,
                recorded ? 1800 * number : null);
        if (voted) {
            for (Delegate d : delegates) {
                batches.add(
                        "insert into vote_entitlement (council_id, item_id, delegate_id, delegate_name) values (?, ?, ?, ?)",
                        council,
                        id,
                        d.id(),
                        d.name());
            }
            ballots.forEach(b -> batches.add(
                    "insert into ballot (council_id, item_id, delegate_id, delegate_name, choice, cast_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    b));
        }
    }

    /** The council's active delegates of its current term; a council without any gets some first. */
    private List<Delegate> delegates(UUID council, Map<String, Integer> counts) {
        List<Delegate> found = jdbc.query(
                "select d.id, d.full_name from delegate d join term t on t.id = d.term_id and t.is_current"
                        + " where d.council_id = ? and d.status = 'ACTIVE' order by d.full_name",
                (rs, n) -> new Delegate(rs.getObject(1, UUID.class), rs.getString(2)),
                council);
        if (!found.isEmpty()) {
            return found;
        }
        UUID term = jdbc
                .query(
                        "select id from term where council_id = ? and is_current",
                        (rs, n) -> rs.getObject(1, UUID.class),
                        council)
                .stream()
                .findFirst()
                .orElse(null);
        if (term == null) {
            term = UUID.randomUUID();
            jdbc.update(
                    "insert into term (id, council_id, name, starts_on, is_current) values (?, ?, 'Nhiệm kỳ 2021–2026',"
                            + " date '2021-06-01', true)",
                    term,
                    council);
            counts.merge("term", 1, Integer::sum);
        }
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
        String[] given = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức", "Thu Hà", "Quang Huy", "Thị Lan"};
        int count = 15 + batches.random().nextInt(16);
        List<Delegate> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = family[batches.random().nextInt(family.length)] + " "
                    + given[batches.random().nextInt(given.length)] + " " + (i + 1);
            UUID id = UUID.randomUUID();
            made.add(new Delegate(id, name));
            jdbc.update(
                    "insert into delegate (id, council_id, term_id, full_name, search_text, position) values (?, ?, ?, ?,"
                            + " lower(?), '[Tổng hợp] Đại biểu')",
                    id,
                    council,
                    term,
                    name,
                    name);
        }
        counts.merge("delegate", count, Integer::sum);
        return made;
    }
}
