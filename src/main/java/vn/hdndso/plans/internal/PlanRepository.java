package vn.hdndso.plans.internal;

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
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanState;
import vn.hdndso.shared.CouncilId;

/** The tables of plans and their versions. Runs in the caller's transaction and tenant scope. */
@Repository
class PlanRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The plan with the version shown: its draft if there is one, else its latest confirmed version. */
    private static final String SELECT = """
            select p.id, p.council_id, p.title, p.number, p.updated_at,
                   v.number as version, v.state, v.source_name, v.source_kind, v.source_sha256, v.reading,
                   v.created_by, v.confirmed_by, v.confirmed_at,
                   coalesce((select max(c.number) from plan_version c
                              where c.plan_id = p.id and c.state <> 'DRAFT'), 0) as confirmed_version
              from plan p
              join plan_version v on v.plan_id = p.id
             where v.number = (select max(w.number) from plan_version w where w.plan_id = p.id)
            """;

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPlan(PlanId id, CouncilId council, String title, @Nullable String number, String by, Instant at) {
        jdbc.sql("""
                        insert into plan (id, council_id, title, number, created_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .param(id.value())
                .param(council.value())
                .param(title)
                .param(number)
                .param(by)
                .param(Timestamp.from(at))
                .param(Timestamp.from(at))
                .update();
    }

    void insertVersion(
            PlanId plan,
            CouncilId council,
            int number,
            Plan.PlanSource source,
            String text,
            PlanReading reading,
            String by,
            Instant at) {
        jdbc.sql("""
                        insert into plan_version (id, council_id, plan_id, number, state, source_name, source_kind,
                                                  source_sha256, source_text, reading, created_by, created_at)
                        values (?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        council.value(),
                        plan.value(),
                        number,
                        source.name(),
                        source.kind().name(),
                        source.sha256(),
                        text,
                        JSON.writeValueAsString(reading),
                        by,
                        Timestamp.from(at))
                .update();
        touch(plan, at);
    }

    Optional<Plan> find(CouncilId council, PlanId id) {
        return jdbc.sql(SELECT + " and p.council_id = ? and p.id = ?")
                .params(council.value(), id.value())
                .query(PlanRepository::plan)
                .optional();
    }

    List<Plan> list(CouncilId council) {
        return jdbc.sql(SELECT + " and p.council_id = ? order by p.updated_at desc")
                .params(council.value())
                .query(PlanRepository::plan)
                .list();
    }

    /** The source text of a version, for a new version made from it. */
    String sourceText(PlanId plan, int version) {
        return jdbc.sql("select source_text from plan_version where plan_id = ? and number = ?")
                .params(plan.value(), version)
                .query(String.class)
                .single();
    }

    void replaceDraftReading(PlanId plan, PlanReading reading, Instant at) {
        int changed = jdbc.sql(
                        "update plan_version set reading = cast(? as jsonb) where plan_id = ? and state = 'DRAFT'")
                .params(JSON.writeValueAsString(reading), plan.value())
                .update();
        if (changed != 1) {
            throw new IllegalStateException("plan " + plan + " has no draft");
        }
        touch(plan, at);
    }

    /** The draft becomes the confirmed version; the one confirmed before it is superseded. */
    void confirmDraft(PlanId plan, String by, Instant at) {
        jdbc.sql("update plan_version set state = 'SUPERSEDED' where plan_id = ? and state = 'CONFIRMED'")
                .params(plan.value())
                .update();
        jdbc.sql("""
                        update plan_version set state = 'CONFIRMED', confirmed_by = ?, confirmed_at = ?
                         where plan_id = ? and state = 'DRAFT'""").params(by, Timestamp.from(at), plan.value()).update();
        jdbc.sql("update plan set confirmed = true where id = ?")
                .params(plan.value())
                .update();
        touch(plan, at);
    }

    void retitle(PlanId plan, String title) {
        jdbc.sql("update plan set title = ? where id = ?")
                .params(title, plan.value())
                .update();
    }

    List<Plan.Version> history(PlanId plan) {
        return jdbc.sql("""
                        select number, state, source_name, source_kind, source_sha256, reading,
                               created_by, created_at, confirmed_by, confirmed_at
                          from plan_version where plan_id = ? order by number desc""")
                .params(plan.value())
                .query((rs, n) -> {
                    PlanReading reading = reading(rs);
                    return new Plan.Version(
                            rs.getInt("number"),
                            PlanState.valueOf(rs.getString("state")),
                            source(rs),
                            reading.targets().size(),
                            reading.tasks().size(),
                            rs.getString("created_by"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getString("confirmed_by"),
                            instant(rs.getTimestamp("confirmed_at")));
                })
                .list();
    }

    /**
     * The targets of each council's plan in force (its latest confirmed version; of the latest
     * confirmed plan if a council has several), of every council the scope sees.
     */
    java.util.Map<CouncilId, List<PlanReading.Target>> confirmedTargets() {
        java.util.Map<CouncilId, List<PlanReading.Target>> targets = new java.util.HashMap<>();
        jdbc.sql("""
                        select distinct on (council_id) council_id, reading -> 'targets' as targets
                          from plan_version where state = 'CONFIRMED'
                         order by council_id, confirmed_at desc""").query(rs -> {
            targets.put(
                    new CouncilId(rs.getObject("council_id", UUID.class)),
                    List.of(JSON.readValue(rs.getString("targets"), PlanReading.Target[].class)));
        });
        return targets;
    }

    private void touch(PlanId plan, Instant at) {
        jdbc.sql("update plan set updated_at = ? where id = ?")
                .params(Timestamp.from(at), plan.value())
                .update();
    }

    private static Plan plan(ResultSet rs, int row) throws SQLException {
        return new Plan(
                new PlanId(rs.getObject("id", UUID.class)),
                new CouncilId(rs.getObject("council_id", UUID.class)),
                rs.getString("title"),
                rs.getString("number"),
                rs.getInt("version"),
                PlanState.valueOf(rs.getString("state")),
                reading(rs),
                source(rs),
                rs.getInt("confirmed_version"),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("confirmed_by"),
                instant(rs.getTimestamp("confirmed_at")));
    }

    private static PlanReading reading(ResultSet rs) throws SQLException {
        return JSON.readValue(rs.getString("reading"), PlanReading.class);
    }

    private static Plan.PlanSource source(ResultSet rs) throws SQLException {
        return new Plan.PlanSource(
                rs.getString("source_name"),
                Plan.PlanSource.Kind.valueOf(rs.getString("source_kind")),
                rs.getString("source_sha256"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
