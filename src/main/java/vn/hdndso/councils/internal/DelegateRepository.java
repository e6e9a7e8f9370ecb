package vn.hdndso.councils.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/**
 * Delegates and their contact details. Contact rows are visible to the council's staff only
 * (row-level security); the callers audit every read of them.
 */
@Repository
class DelegateRepository {

    private final JdbcClient jdbc;

    DelegateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The delegates of a term: active first, then by name without diacritics. */
    public List<Delegate> delegates(CouncilId council, UUID termId) {
        return jdbc.sql("""
                        select * from delegate where council_id = :c and term_id = :t
                        order by status, search_text""")
                .param("c", council.value())
                .param("t", termId)
                .query(DelegateRepository::delegate)
                .list();
    }

    public Optional<Delegate> delegate(CouncilId council, DelegateId id) {
        return jdbc.sql("select * from delegate where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id.value())
                .query(DelegateRepository::delegate)
                .optional();
    }

    /** The delegate row locked until the transaction ends. */
    public Optional<Delegate> lockDelegate(CouncilId council, DelegateId id) {
        return jdbc.sql("select * from delegate where council_id = :c and id = :id for update")
                .param("c", council.value())
                .param("id", id.value())
                .query(DelegateRepository::delegate)
                .optional();
    }

    public void insertDelegate(Delegate delegate) {
        jdbc.sql("""
                        insert into delegate (id, council_id, term_id, full_name, search_text, gender, birth_year,
                                              position, user_id, status, ended_on, end_reason, demo)
                        values (:id, :c, :t, :name, :search, :gender, :birthYear, :position, :user, :status,
                                :endedOn, :endReason, :demo)""")
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
                .param("status", status(delegate))
                .param("endedOn", delegate.endedOn())
                .param("endReason", delegate.endReason())
                .param("demo", delegate.demo())
                .update();
    }

    /** Gives the delegate their account (the unique index on user_id keeps one delegate per account). */
    public void linkUser(CouncilId council, DelegateId id, UUID userId) {
        jdbc.sql("update delegate set user_id = :user, updated_at = now() where council_id = :c and id = :id")
                .param("user", userId)
                .param("c", council.value())
                .param("id", id.value())
                .update();
    }

    /** Stores the delegate's details and mandate (name, gender, birth year, position, status). */
    public void updateDelegate(Delegate delegate) {
        jdbc.sql("""
                        update delegate set full_name = :name, search_text = :search, gender = :gender,
                                            birth_year = :birthYear, position = :position, status = :status,
                                            ended_on = :endedOn, end_reason = :endReason, updated_at = now()
                        where council_id = :c and id = :id""")
                .param("name", delegate.fullName())
                .param("search", VnText.fold(delegate.fullName()))
                .param(
                        "gender",
                        delegate.gender() == null ? null : delegate.gender().name())
                .param("birthYear", delegate.birthYear())
                .param("position", delegate.position())
                .param("status", status(delegate))
                .param("endedOn", delegate.endedOn())
                .param("endReason", delegate.endReason())
                .param("c", delegate.councilId().value())
                .param("id", delegate.id().value())
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

    private static String status(Delegate delegate) {
        return delegate.active() ? "ACTIVE" : "ENDED";
    }

    static Delegate delegate(ResultSet rs, int n) throws SQLException {
        String gender = rs.getString("gender");
        return new Delegate(
                new DelegateId(rs.getObject("id", UUID.class)),
                OrganisationRepository.councilId(rs),
                rs.getObject("term_id", UUID.class),
                rs.getString("full_name"),
                gender == null ? null : Delegate.Gender.valueOf(gender),
                (Integer) rs.getObject("birth_year"),
                rs.getString("position"),
                rs.getObject("user_id", UUID.class),
                "ACTIVE".equals(rs.getString("status")),
                rs.getBoolean("demo"),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"));
    }
}
