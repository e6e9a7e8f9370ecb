package vn.hdndso.shared.tenancy;

import java.util.Objects;
import java.util.Optional;
import vn.hdndso.shared.CouncilId;

/**
 * Which council's rows a unit of work may see. Applied by the database itself (row-level
 * security) at the start of every transaction; without a scope a transaction sees no tenant
 * rows at all.
 */
public sealed interface TenantScope {

    /** Public reads of one council: what anyone may see on its site. */
    record PublicCouncil(CouncilId council) implements TenantScope {
        public PublicCouncil {
            Objects.requireNonNull(council, "council");
        }
    }

    /** Staff work inside one council: everything that council holds. */
    record StaffCouncil(CouncilId council) implements TenantScope {
        public StaffCouncil {
            Objects.requireNonNull(council, "council");
        }
    }

    /**
     * Work across every council: installation set-up, the city administrator's overviews,
     * authentication and scheduled jobs. Always carries a reason, written to the log.
     */
    record AllCouncils(String reason) implements TenantScope {
        public AllCouncils {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a cross-council scope needs a reason");
            }
        }
    }

    /** No council: tenant tables look empty. */
    record None() implements TenantScope {}

    static TenantScope none() {
        return new None();
    }

    static TenantScope publicOf(CouncilId council) {
        return new PublicCouncil(council);
    }

    static TenantScope staffOf(CouncilId council) {
        return new StaffCouncil(council);
    }

    static TenantScope allCouncils(String reason) {
        return new AllCouncils(reason);
    }

    /** The single council this scope is about, if it is about one. */
    default Optional<CouncilId> councilInScope() {
        return switch (this) {
            case PublicCouncil p -> Optional.of(p.council());
            case StaffCouncil s -> Optional.of(s.council());
            case AllCouncils a -> Optional.empty();
            case None n -> Optional.empty();
        };
    }
}
