package vn.hdndso.petitions.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.PetitionIssues.CityLevelGroup;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.web.Page;

/**
 * The city's groups of city-level issues, kept in the database: each open city-level issue carries
 * its group ({@code petition_issue.city_group}), placed by {@link CityGrouping} when it is first
 * read after it came or changed (its {@code updated_at} differs from the one it was placed at); the
 * page is then grouped, counted and cut in SQL from the issues' stored {@code petition_count}.
 * Works only in a cross-council scope (the city's office).
 */
@Component
class CityLevelGroups {

    /** An issue the city's office forwards: city level, not a complaint, not closed, with petitions. */
    static final String OPEN_CITY_LEVEL =
            "i.level = 'CITY' and not i.complaint and i.status <> 'CLOSED' and i.petition_count > 0";

    private static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final Councils councils;
    private final PetitionsProperties properties;

    CityLevelGroups(JdbcClient jdbc, Councils councils, PetitionsProperties properties) {
        this.jdbc = jdbc;
        this.councils = councils;
        this.properties = properties;
    }

    /** Places the issues that came or changed since they were placed; returns how many. */
    @Transactional
    public int placePending() {
        boolean any = jdbc.sql("select exists (select 1 from petition_issue i where " + OPEN_CITY_LEVEL
                        + " and i.city_placed_at is distinct from i.updated_at)")
                .query(Boolean.class)
                .single();
        if (!any) {
            return 0;
        }
        // one placer at a time, so that two similar new issues do not start two groups
        jdbc.sql("select pg_advisory_xact_lock(hashtext('petition_city_group'))")
                .query((rs, n) -> 1)
                .list();
        List<Pending> pending = jdbc.sql("""
                        select i.id, i.council_id, i.updated_at,
                          string_agg(p.content, chr(31) order by p.received_at) as text
                        from petition_issue i join petition p on p.issue_id = i.id
                        where %s and i.city_placed_at is distinct from i.updated_at
                        group by i.id order by i.created_at, i.id""".formatted(OPEN_CITY_LEVEL))
                .query((rs, n) -> new Pending(
                        new CityGrouping.Issue(
                                rs.getObject("id", UUID.class),
                                new CouncilId(rs.getObject("council_id", UUID.class)),
                                HashedFingerprint.of(TextFeatures.fingerprint(
                                        rs.getString("text").replace('\u001f', ' ')))),
                        rs.getTimestamp("updated_at")))
                .list();
        List<CityGrouping.Group> groups = jdbc.sql("""
                        select g.id, g.fingerprint from petition_city_group g
                        where exists (select 1 from petition_issue i where i.city_group = g.id and %s)
                        order by g.started""".formatted(OPEN_CITY_LEVEL))
                .query((rs, n) -> new CityGrouping.Group(
                        rs.getObject("id", UUID.class), HashedFingerprint.stored(longs(rs.getArray("fingerprint")))))
                .list();
        CityGrouping.Result result = CityGrouping.place(
                groups, pending.stream().map(Pending::issue).toList(), properties.suggestThreshold(), UUID::randomUUID);
        for (CityGrouping.Started s : result.started()) {
            jdbc.sql("insert into petition_city_group (id, council_id, fingerprint) values (:id, :council, :fp)")
                    .param("id", s.group().id())
                    .param("council", s.first().council().value())
                    .param("fp", s.group().fingerprint().toStored())
                    .update();
        }
        for (int k = 0; k < pending.size(); k++) {
            CityGrouping.Placement placed = result.placements().get(k);
            jdbc.sql("update petition_issue set city_group = :group, city_placed_at = :version where id = :id")
                    .param("group", placed.group())
                    .param("version", pending.get(k).version())
                    .param("id", placed.issue())
                    .update();
        }
        return pending.size();
    }

    /** The groups, most petitions first (then the oldest), one page of them. */
    @Transactional(readOnly = true)
    public Page<CityLevelGroup> page(Page.Request request) {
        int size = request.sizeOr(PAGE_SIZE);
        int page = request.pageOrDefault();
        long total = jdbc.sql("select count(distinct i.city_group) from petition_issue i where " + OPEN_CITY_LEVEL)
                .query(Long.class)
                .single();
        List<CityLevelGroup> groups = jdbc.sql("""
                        select (array_agg(i.title order by i.created_at, i.id))[1] as title,
                          (array_agg(i.field order by i.created_at, i.id))[1] as field,
                          sum(i.petition_count) as petitions,
                          array_agg(i.council_id order by i.created_at, i.id) as councils,
                          array_agg(i.id order by i.created_at, i.id) as issues
                        from petition_issue i
                        where %s and i.city_group is not null
                        group by i.city_group
                        order by petitions desc, min(i.created_at), i.city_group
                        limit :limit offset :offset""".formatted(OPEN_CITY_LEVEL))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new CityLevelGroup(
                        rs.getString("title"),
                        rs.getString("field"),
                        rs.getInt("petitions"),
                        Arrays.stream(uuids(rs.getArray("councils")))
                                .distinct()
                                .map(id -> councils.require(new CouncilId(id)).name())
                                .toList(),
                        List.of(uuids(rs.getArray("issues")))))
                .list();
        return new Page<>(groups, page, size, total);
    }

    private record Pending(CityGrouping.Issue issue, Timestamp version) {}

    private static Long[] longs(Array array) throws SQLException {
        return (Long[]) array.getArray();
    }

    private static UUID[] uuids(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<UUID> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((UUID) v);
        }
        return out.toArray(UUID[]::new);
    }
}
