package vn.hdndso.councils;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a council's public home shows: its current term and who sits where. */
public record CouncilProfile(
        Council council, @Nullable Term term, List<BodyWithMembers> bodies, List<Delegate> delegates) {

    public record BodyWithMembers(CouncilBody body, List<Seat> seats) {}

    public record Seat(Delegate delegate, MembershipRole role) {}

    public Optional<BodyWithMembers> standingCommittee() {
        return bodies.stream()
                .filter(b -> b.body().kind() == BodyKind.STANDING_COMMITTEE)
                .findFirst();
    }

    public List<BodyWithMembers> committees() {
        return bodies.stream()
                .filter(b -> b.body().kind() == BodyKind.COMMITTEE)
                .toList();
    }

    public List<BodyWithMembers> delegateGroups() {
        return bodies.stream()
                .filter(b -> b.body().kind() == BodyKind.DELEGATE_GROUP)
                .toList();
    }
}
