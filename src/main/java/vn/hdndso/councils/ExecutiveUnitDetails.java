package vn.hdndso.councils;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * What a clerk enters about the People's Committee or one of its units.
 *
 * @param parentId the unit it belongs to (an office belongs to the People's Committee)
 * @param active inactive units receive no new work but keep their history
 */
public record ExecutiveUnitDetails(
        String name,
        ExecutiveUnit.@Nullable Kind kind,
        @Nullable UUID parentId,
        @Nullable String email,
        @Nullable String phone,
        boolean active) {

    public ExecutiveUnitDetails {
        name = VnText.normalize(name);
        email = FieldRules.optional(email);
        phone = FieldRules.optional(phone);
    }

    public static ExecutiveUnitDetails of(ExecutiveUnit unit) {
        return new ExecutiveUnitDetails(
                unit.name(), unit.kind(), unit.parentId(), unit.email(), unit.phone(), unit.active());
    }

    public void check(InvalidInputException.Collector problems) {
        FieldRules.required(problems, "name", name);
        FieldRules.maxLength(problems, "name", name, 300);
        FieldRules.required(problems, "kind", kind);
        if (!problems.has("parentId") && kind == ExecutiveUnit.Kind.PEOPLES_COMMITTEE && parentId != null) {
            problems.add("parentId", "councils.validation.peoplesCommitteeParent");
        }
        FieldRules.email(problems, "email", email);
        FieldRules.phone(problems, "phone", phone);
    }
}
