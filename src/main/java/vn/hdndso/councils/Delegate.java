package vn.hdndso.councils;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * A delegate (đại biểu) of a council's term: what may be published about them. Contact details
 * are personal data and live apart ({@link DelegateContact}).
 *
 * @param position title and workplace, as published
 * @param userId the delegate's own account, if they have one
 * @param active false once the mandate has ended
 * @param demo labelled demo content
 * @param endedOn the day the mandate ended, for an ended mandate
 * @param endReason why it ended ("Chuyển công tác"), for an ended mandate
 */
public record Delegate(
        DelegateId id,
        CouncilId councilId,
        UUID termId,
        String fullName,
        @Nullable Gender gender,
        @Nullable Integer birthYear,
        @Nullable String position,
        @Nullable UUID userId,
        boolean active,
        boolean demo,
        @Nullable LocalDate endedOn,
        @Nullable String endReason) {

    public enum Gender {
        NAM,
        NU,
        KHAC;

        public String messageKey() {
            return "council.delegate.gender." + name();
        }
    }

    /** A delegate whose mandate runs. */
    public static Delegate active(
            DelegateId id,
            CouncilId councilId,
            UUID termId,
            String fullName,
            @Nullable Gender gender,
            @Nullable Integer birthYear,
            @Nullable String position,
            @Nullable UUID userId,
            boolean demo) {
        return new Delegate(
                id, councilId, termId, fullName, gender, birthYear, position, userId, true, demo, null, null);
    }

    /** The same delegate with the details a clerk edits. */
    public Delegate with(DelegateDetails details) {
        return new Delegate(
                id,
                councilId,
                termId,
                details.fullName(),
                details.gender(),
                details.birthYear(),
                details.position(),
                userId,
                active,
                demo,
                endedOn,
                endReason);
    }

    /** The same delegate with its mandate ended. */
    public Delegate ended(MandateEnd end) {
        return new Delegate(
                id,
                councilId,
                termId,
                fullName,
                gender,
                birthYear,
                position,
                userId,
                false,
                demo,
                end.endedOn(),
                end.reason());
    }
}
