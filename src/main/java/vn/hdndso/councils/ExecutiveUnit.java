package vn.hdndso.councils;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * The People's Committee (UBND) of the council's area, or one of its units, that receives
 * petitions, questions and documents to answer.
 */
public record ExecutiveUnit(
        UUID id,
        CouncilId councilId,
        @Nullable UUID parentId,
        String name,
        Kind kind,
        @Nullable String email,
        @Nullable String phone,
        boolean active) {

    public enum Kind {
        PEOPLES_COMMITTEE,
        OFFICE,
        CENTRE,
        OTHER;

        public String messageKey() {
            return "council.executiveUnit.kind." + name();
        }
    }

    /** The same unit with the details a clerk edits (the kind is checked to be present). */
    public ExecutiveUnit with(ExecutiveUnitDetails details) {
        return new ExecutiveUnit(
                id,
                councilId,
                details.parentId(),
                details.name(),
                details.kind() == null ? kind : details.kind(),
                details.email(),
                details.phone(),
                details.active());
    }
}
