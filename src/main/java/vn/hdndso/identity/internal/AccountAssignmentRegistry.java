package vn.hdndso.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.CouncilBodies;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.identity.AccountAssignment;
import vn.hdndso.identity.AccountAssignments;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/** {@link AccountAssignments} in table {@code account_assignment} (row-level security: the council's staff). */
@Service
class AccountAssignmentRegistry implements AccountAssignments {

    private final JdbcClient jdbc;
    private final ExecutiveUnits units;
    private final CouncilBodies bodies;

    AccountAssignmentRegistry(JdbcClient jdbc, ExecutiveUnits units, CouncilBodies bodies) {
        this.jdbc = jdbc;
        this.units = units;
        this.bodies = bodies;
    }

    @Override
    @Transactional(readOnly = true)
    public AccountAssignment of(CouncilId council, UserId user) {
        return jdbc.sql("""
                        select executive_unit_id, committee_id from account_assignment
                        where council_id = :council and user_id = :user""")
                .param("council", council.value())
                .param("user", user.value())
                .query((rs, n) -> new AccountAssignment(
                        rs.getObject("executive_unit_id", UUID.class), rs.getObject("committee_id", UUID.class)))
                .optional()
                .orElse(AccountAssignment.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public AccountAssignment ofCurrentUser(CouncilId council) {
        return CurrentUser.get()
                .filter(u -> u.council().equals(council))
                .map(u -> of(council, u.id()))
                .orElse(AccountAssignment.NONE);
    }

    @Override
    @Transactional(readOnly = true)
    public void check(CouncilId council, Set<Role> roles, @Nullable UUID executiveUnitId, @Nullable UUID committeeId) {
        var problems = new InvalidInputException.Collector();
        if (executiveUnitId != null) {
            if (!roles.contains(Role.EXECUTIVE_OFFICER)) {
                problems.add("executiveUnitId", "identity.assignment.unit.notOfficer");
            } else if (units.of(council).stream().map(ExecutiveUnit::id).noneMatch(executiveUnitId::equals)) {
                problems.add("executiveUnitId", "identity.assignment.unit.unknown", executiveUnitId.toString());
            }
        }
        if (committeeId != null) {
            if (!roles.contains(Role.COMMITTEE_MEMBER)) {
                problems.add("committeeId", "identity.assignment.committee.notMember");
            } else if (bodies.ofCurrentTerm(council).stream()
                    .noneMatch(b -> b.kind() == BodyKind.COMMITTEE && b.id().equals(committeeId))) {
                problems.add("committeeId", "identity.assignment.committee.unknown", committeeId.toString());
            }
        }
        problems.throwIfAny();
    }

    @Override
    @Transactional
    public AccountAssignment assign(
            CouncilId council, UserId user, @Nullable UUID executiveUnitId, @Nullable UUID committeeId) {
        Set<Role> roles = jdbc.sql("select roles from app_user where id = :id and council_id = :council")
                .param("id", user.value())
                .param("council", council.value())
                .query((rs, n) -> {
                    String[] names = (String[]) rs.getArray("roles").getArray();
                    return Set.copyOf(
                            java.util.Arrays.stream(names).map(Role::valueOf).toList());
                })
                .optional()
                .orElseThrow(() -> new vn.hdndso.shared.NotFoundException("error.user.notFound", user));
        check(council, roles, executiveUnitId, committeeId);
        if (executiveUnitId == null && committeeId == null) {
            jdbc.sql("delete from account_assignment where user_id = :user and council_id = :council")
                    .param("user", user.value())
                    .param("council", council.value())
                    .update();
            return AccountAssignment.NONE;
        }
        jdbc.sql("""
                        insert into account_assignment (user_id, council_id, executive_unit_id, committee_id)
                        values (:user, :council, :unit, :committee)
                        on conflict (user_id) do update set executive_unit_id = excluded.executive_unit_id,
                          committee_id = excluded.committee_id, updated_at = now()""")
                .param("user", user.value())
                .param("council", council.value())
                .param("unit", executiveUnitId)
                .param("committee", committeeId)
                .update();
        return new AccountAssignment(executiveUnitId, committeeId);
    }
}
