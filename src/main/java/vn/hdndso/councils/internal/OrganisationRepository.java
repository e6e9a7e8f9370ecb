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
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Term;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/** Terms, bodies, delegates, memberships and executive units; every query runs under row-level security. */
@Repository
public class OrganisationRepository {

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

    // ---- delegates

    public List<Delegate> delegates(CouncilId council, UUID termId) {
        return jdbc.sql("""
                        select * from delegate where council_id = :c and term_id = :t
                        order by status, search_text""")
                .param("c", council.value())
                .param("t", termId)
                .query(OrganisationRepository::delegate)
                .list();
    }

    public Optional<Delegate> delegate(CouncilId council, DelegateId id) {
        return jdbc.sql("select * from delegate where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id.value())
                .query(OrganisationRepository::delegate)
                .optional();
    }

    public void insertDelegate(Delegate delegate) {
        jdbc.sql("""
                        insert into delegate (id, council_id, term_id, full_name, search_text, gender, birth_year,
                                              position, user_id, status, demo)
                        values (:id, :c, :t, :name, :search, :gender, :birthYear, :position, :user, :status, :demo)""")
                .param("id", delegate.id().value())
                .param("c", delegate.councilId().value())
                .param("t", delegate.termId())
                .param("name", delegate.fullName())
                .param("search", VnText.fold(delegate.fullName()))
                .param(
                        "gender",
                        delegate.gender() == null ? null : delegate.gender().name())
                .param("birthYear", delegate.birthYear())
                .param("position", delegate.position())
                .param("user", delegate.userId())
                .param("status", delegate.active() ? "ACTIVE" : "ENDED")
                .param("demo", delegate.demo())
                .update();
    }

    public Optional<DelegateContact> contact(CouncilId council, DelegateId id) {
        return jdbc.sql("select * from delegate_contact where council_id = :c and delegate_id = :id")
                .param("c", council.value())
                .param("id", id.value())
                .query((rs, n) ->
                        new DelegateContact(id, rs.getString("email"), rs.getString("phone"), rs.getString("address")))
                .optional();
    }

    public void saveContact(CouncilId council, DelegateContact contact) {
        jdbc.sql("""
                        insert into delegate_contact (delegate_id, council_id, email, phone, address)
                        values (:id, :c, :email, :phone, :address)
                        on conflict (delegate_id) do update
                        set email = excluded.email, phone = excluded.phone, address = excluded.address,
                            updated_at = now()""")
                .param("id", contact.delegateId().value())
                .param("c", council.value())
                .param("email", contact.email())
                .param("phone", contact.phone())
                .param("address", contact.address())
                .update();
    }

    // ---- memberships

    public List<Membership> memberships(CouncilId council, UUID termId) {
        return jdbc.sql("""
                        select m.* from membership m join council_body b on b.id = m.body_id
                        where m.council_id = :c and b.term_id = :t
                        order by case m.role when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'HEAD' then 2
                                 when 'DEPUTY_HEAD' then 3 else 4 end""")
                .param("c", council.value())
                .param("t", termId)
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

    // ---- executive units

    public List<ExecutiveUnit> executiveUnits(CouncilId council) {
        return jdbc.sql("""
                        select * from executive_unit where council_id = :c
                        order by case kind when 'PEOPLES_COMMITTEE' then 0 else 1 end, name""")
                .param("c", council.value())
                .query(OrganisationRepository::executiveUnit)
                .list();
    }

    public void insertExecutiveUnit(ExecutiveUnit unit) {
        jdbc.sql("""
                        insert into executive_unit (id, council_id, parent_id, name, kind, email, phone, active)
                        values (:id, :c, :parent, :name, :kind, :email, :phone, :active)""")
                .param("id", unit.id())
                .param("c", unit.councilId().value())
                .param("parent", unit.parentId())
                .param("name", unit.name())
                .param("kind", unit.kind().name())
                .param("email", unit.email())
                .param("phone", unit.phone())
                .param("active", unit.active())
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

    static Delegate delegate(ResultSet rs, int n) throws SQLException {
        String gender = rs.getString("gender");
        return new Delegate(
                new DelegateId(rs.getObject("id", UUID.class)),
                councilId(rs),
                rs.getObject("term_id", UUID.class),
                rs.getString("full_name"),
                gender == null ? null : Delegate.Gender.valueOf(gender),
                (Integer) rs.getObject("birth_year"),
                rs.getString("position"),
                rs.getObject("user_id", UUID.class),
                "ACTIVE".equals(rs.getString("status")),
                rs.getBoolean("demo"));
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

    static ExecutiveUnit executiveUnit(ResultSet rs, int n) throws SQLException {
        return new ExecutiveUnit(
                rs.getObject("id", UUID.class),
                councilId(rs),
                rs.getObject("parent_id", UUID.class),
                rs.getString("name"),
                ExecutiveUnit.Kind.valueOf(rs.getString("kind")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("active"));
    }

    private static CouncilId councilId(ResultSet rs) throws SQLException {
        return new CouncilId(rs.getObject("council_id", UUID.class));
    }
}
