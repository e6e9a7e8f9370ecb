package vn.hdndso.councils;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.VnText;

/**
 * What a clerk enters about a delegate: the public details and the contact details (personal
 * data, kept apart). Text is normalised on the way in; blank optional text becomes {@code null}.
 */
public record DelegateDetails(
        String fullName,
        Delegate.@Nullable Gender gender,
        @Nullable Integer birthYear,
        @Nullable String position,
        @Nullable String email,
        @Nullable String phone) {

    public static final int FIRST_BIRTH_YEAR = 1900;

    public DelegateDetails {
        fullName = VnText.normalize(fullName);
        position = FieldRules.optional(position);
        email = FieldRules.optional(email);
        phone = FieldRules.optional(phone);
    }

    public static DelegateDetails of(Delegate delegate, @Nullable DelegateContact contact) {
        return new DelegateDetails(
                delegate.fullName(),
                delegate.gender(),
                delegate.birthYear(),
                delegate.position(),
                contact == null ? null : contact.email(),
                contact == null ? null : contact.phone());
    }

    /** Adds what is wrong with these details to {@code problems}, as of today in Vietnam. */
    public void check(InvalidInputException.Collector problems) {
        check(problems, FieldRules.today());
    }

    /** Adds what is wrong with these details to {@code problems}. */
    public void check(InvalidInputException.Collector problems, LocalDate today) {
        FieldRules.required(problems, "fullName", fullName);
        FieldRules.maxLength(problems, "fullName", fullName, 200);
        if (!problems.has("birthYear")
                && birthYear != null
                && (birthYear < FIRST_BIRTH_YEAR || birthYear > today.getYear())) {
            problems.add(
                    "birthYear",
                    "councils.validation.birthYear",
                    String.valueOf(FIRST_BIRTH_YEAR),
                    String.valueOf(today.getYear()));
        }
        FieldRules.maxLength(problems, "position", position, 300);
        FieldRules.email(problems, "email", email);
        FieldRules.phone(problems, "phone", phone);
    }

    public boolean hasContact() {
        return email != null || phone != null;
    }
}
