package vn.hdndso.councils.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Term;
import vn.hdndso.shared.CouncilId;

/** Terms, bodies and memberships; every query runs under row-level security. */
@Repository
class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- terms

    public List<Term> terms(CouncilId council) {
        return jdbc.sql("select * from term where council_id = :c order by starts_on desc")
                .param("c", council.value())
                .query(OrganisationRepository::term)
                .list();
    }

    public Optional<Term> currentTerm(CouncilId council) {
        return jdbc.sql("select * from term where council_id = :c and is_current")
                .param("c", council.value())
                .query(OrganisationRepository::term)
                .optional();
    }

    public Optional<Term> term(CouncilId council, UUID id) {
        return jdbc.sql("select * from term where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(OrganisationRepository::term)
                .optional();
    }

    /** Locks the council's terms until the transaction ends, so that term changes run one at a time. */
    public List<Term> lockTerms(CouncilId council) {
        return jdbc.sql("select * from term where council_id = :c order by starts_on desc for update")
                .param("c", council.value())
                .query(OrganisationRepository::term)
                .list();
    }

    public void insertTerm(Term term) {
        jdbc.sql("""
                        insert into term (id, council_id, name, starts_on, ends_on, is_current)
                        values (:id, :c, :name, :starts, :ends, :current)""")
                .param("id", term.id())
                .param("c", term.councilId().value())
                .param("name", term.name())
                .param("starts", term.startsOn())
                .param("ends", term.endsOn())
                .param("current", term.current())
                .update();
    }

    /** Makes one term the current one; the caller holds the lock of {@link #lockTerms}. */
    public void makeCurrent(CouncilId council, UUID termId) {
        jdbc.sql("update term set is_current = false where council_id = :c and is_current and id <> :id")
                .param("c", council.value())
                .param("id", termId)
                .update();
        jdbc.sql("update term set is_current = true where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", termId)
                .update();
    }

    // ---- bodies

    public List<CouncilBody> bodies(CouncilId council, UUID termId) {
        return jdbc.sql("""
                        select * from council_body where council_id = :c and term_id = :t
                        order by case kind when 'STANDING_COMMITTEE' then 0 when 'COMMITTEE' then 1 else 2 end,
                                 position, name""")
                .param("c", council.value())
                .param("t", termId)
                .query(OrganisationRepository::body)
                .list();
    }

    public Optional<CouncilBody> body(CouncilId council, UUID id) {
        return jdbc.sql("select * from council_body where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(OrganisationRepository::body)
                .optional();
    }

    public void insertBody(CouncilBody body) {
        jdbc.sql("""
                        insert into council_body (id, council_id, term_id, kind, name, symbol, description, position)
                        values (:id, :c, :t, :kind, :name, :symbol, :description, :position)""")
                .param("id", body.id())
                .param("c", body.councilId().value())
                .param("t", body.termId())
                .param("kind", body.kind().name())
                .param("name", body.name())
                .param("symbol", body.symbol())
                .param("description", body.description())
                .param("position", body.position())
                .update();
    }

    public void updateBody(CouncilBody body) {
        jdbc.sql("""
                        update council_body set name = :name, symbol = :symbol, description = :description,
                                                position = :position
                        where council_id = :c and id = :id""")
                .param("name", body.name())
                .param("symbol", body.symbol())
                .param("description", body.description())
                .param("position", body.position())
                .param("c", body.councilId().value())
                .param("id", body.id())
                .update();
    }

    public void deleteBody(CouncilId council, UUID id) {
        jdbc.sql("delete from council_body where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id)
                .update();
    }

    // ---- memberships (seats held now: not ended)

    public List<Membership> memberships(CouncilId council, UUID termId) {
        return jdbc.sql("""
                        select m.* from membership m join council_body b on b.id = m.body_id
                        where m.council_id = :c and b.term_id = :t and m.ends_on is null
                        order by case m.role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'HEAD' then 2
                                 when 'DEPUTY_HEAD' then 3 else 4 end""")
                .param("c", council.value())
                .param("t", termId)
                .query(OrganisationRepository::membership)
                .list();
    }

    public Optional<Membership> membership(CouncilId council, UUID bodyId, DelegateId delegateId) {
        return jdbc.sql("select * from membership where council_id = :c and body_id = :b and delegate_id = :d")
                .param("c", council.value())
                .param("b", bodyId)
                .param("d", delegateId.value())
                .query(OrganisationRepository::membership)
                .optional();
    }

    /** The seats of one body held now. */
    public List<Membership> seats(CouncilId council, UUID bodyId) {
        return jdbc.sql("select * from membership where council_id = :c and body_id = :b and ends_on is null")
                .param("c", council.value())
                .param("b", bodyId)
                .query(OrganisationRepository::membership)
                .list();
    }

    public void insertMembership(CouncilId council, Membership membership) {
        jdbc.sql("""
                        insert into membership (id, council_id, body_id, delegate_id, role, starts_on, ends_on)
                        values (:id, :c, :body, :delegate, :role, :starts, :ends)""")
                .param("id", membership.id())
                .param("c", council.value())
                .param("body", membership.bodyId())
                .param("delegate", membership.delegateId().value())
                .param("role", membership.role().name())
                .param("starts", membership.startsOn())
                .param("ends", membership.endsOn())
                .update();
    }

    public void deleteMembership(CouncilId council, UUID membershipId) {
        jdbc.sql("delete from membership where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", membershipId)
                .update();
    }

    /** Ends every seat a delegate holds, on the day their mandate ended. */
    public int endMemberships(CouncilId council, DelegateId delegateId, LocalDate endedOn) {
        return jdbc.sql("""
                        update membership set ends_on = :ended
                        where council_id = :c and delegate_id = :d and ends_on is null""")
                .param("ended", endedOn)
                .param("c", council.value())
                .param("d", delegateId.value())
                .update();
    }

    // ---- mapping

    static Term term(ResultSet rs, int n) throws SQLException {
        return new Term(
                rs.getObject("id", UUID.class),
                councilId(rs),
                rs.getString("name"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getBoolean("is_current"));
    }

    static CouncilBody body(ResultSet rs, int n) throws SQLException {
        return new CouncilBody(
                rs.getObject("id", UUID.class),
                councilId(rs),
                rs.getObject("term_id", UUID.class),
                BodyKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("symbol"),
                rs.getString("description"),
                rs.getInt("position"));
    }

    static Membership membership(ResultSet rs, int n) throws SQLException {
        return new Membership(
                rs.getObject("id", UUID.class),
                rs.getObject("body_id", UUID.class),
                new DelegateId(rs.getObject("delegate_id", UUID.class)),
                MembershipRole.valueOf(rs.getString("role")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }

    static CouncilId councilId(ResultSet rs) throws SQLException {
        return new CouncilId(rs.getObject("council_id", UUID.class));
    }
}
