package vn.hdndso.councils.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.shared.CouncilId;

/** The People's Committee and its units; every query runs under row-level security. */
@Repository
class ExecutiveUnitRepository {

    private final JdbcClient jdbc;

    ExecutiveUnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The People's Committee first, then the units by name. */
    public List<ExecutiveUnit> executiveUnits(CouncilId council) {
        return jdbc.sql("""
                        select * from executive_unit where council_id = :c
                        order by case kind when 'PEOPLES_COMMITTEE' then 0 else 1 end, name""")
                .param("c", council.value())
                .query(ExecutiveUnitRepository::executiveUnit)
                .list();
    }

    public Optional<ExecutiveUnit> executiveUnit(CouncilId council, UUID id) {
        return jdbc.sql("select * from executive_unit where council_id = :c and id = :id")
                .param("c", council.value())
                .param("id", id)
                .query(ExecutiveUnitRepository::executiveUnit)
                .optional();
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

    public void updateExecutiveUnit(ExecutiveUnit unit) {
        jdbc.sql("""
                        update executive_unit set parent_id = :parent, name = :name, kind = :kind, email = :email,
                                                  phone = :phone, active = :active
                        where council_id = :c and id = :id""")
                .param("parent", unit.parentId())
                .param("name", unit.name())
                .param("kind", unit.kind().name())
                .param("email", unit.email())
                .param("phone", unit.phone())
                .param("active", unit.active())
                .param("c", unit.councilId().value())
                .param("id", unit.id())
                .update();
    }

    static ExecutiveUnit executiveUnit(ResultSet rs, int n) throws SQLException {
        return new ExecutiveUnit(
                rs.getObject("id", UUID.class),
                OrganisationRepository.councilId(rs),
                rs.getObject("parent_id", UUID.class),
                rs.getString("name"),
                ExecutiveUnit.Kind.valueOf(rs.getString("kind")),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getBoolean("active"));
    }
}
