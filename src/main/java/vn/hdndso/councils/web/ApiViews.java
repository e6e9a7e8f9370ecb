package vn.hdndso.councils.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.BodySeat;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Term;

/** The JSON shapes of a council's organisation (camelCase, ids as strings, days as yyyy-mm-dd). */
final class ApiViews {

    private ApiViews() {}

    record TermView(
            String id,
            String name,
            String startsOn,
            @Nullable String endsOn,
            boolean current) {

        static TermView of(Term t) {
            return new TermView(
                    t.id().toString(),
                    t.name(),
                    t.startsOn().toString(),
                    t.endsOn() == null ? null : t.endsOn().toString(),
                    t.current());
        }
    }

    /** A delegate in a list: the public fields. */
    record DelegateItem(
            String id, String fullName, @Nullable String position, boolean active, boolean demo) {

        static DelegateItem of(Delegate d) {
            return new DelegateItem(d.id().toString(), d.fullName(), d.position(), d.active(), d.demo());
        }
    }

    record ContactView(@Nullable String email, @Nullable String phone) {

        static ContactView of(DelegateContact c) {
            return new ContactView(c.email(), c.phone());
        }
    }

    record SeatOfDelegate(String bodyId, BodyKind kind, String bodyName, MembershipRole role) {

        static SeatOfDelegate of(BodySeat s) {
            return new SeatOfDelegate(
                    s.body().id().toString(), s.body().kind(), s.body().name(), s.role());
        }
    }

    /**
     * One delegate: the public fields and seats; {@code contact} only for the council's office
     * (and then the read is audited).
     */
    record DelegateView(
            String id,
            String fullName,
            Delegate.@Nullable Gender gender,
            @Nullable Integer birthYear,
            @Nullable String position,
            String termId,
            boolean active,
            @Nullable String endedOn,
            @Nullable String endReason,
            boolean demo,
            List<SeatOfDelegate> seats,
            @Nullable ContactView contact) {

        static DelegateView of(Delegate d, List<BodySeat> seats, @Nullable DelegateContact contact) {
            return new DelegateView(
                    d.id().toString(),
                    d.fullName(),
                    d.gender(),
                    d.birthYear(),
                    d.position(),
                    d.termId().toString(),
                    d.active(),
                    d.endedOn() == null ? null : d.endedOn().toString(),
                    d.endReason(),
                    d.demo(),
                    seats.stream().map(SeatOfDelegate::of).toList(),
                    contact == null ? null : ContactView.of(contact));
        }
    }

    record SeatInBody(String delegateId, String fullName, MembershipRole role) {

        static SeatInBody of(BodySeat s) {
            return new SeatInBody(s.delegate().id().toString(), s.delegate().fullName(), s.role());
        }
    }

    record BodyView(
            String id,
            BodyKind kind,
            String name,
            @Nullable String symbol,
            @Nullable String description,
            int position,
            List<MembershipRole> roles,
            List<SeatInBody> members) {

        static BodyView of(CouncilBody b, List<BodySeat> seats) {
            return new BodyView(
                    b.id().toString(),
                    b.kind(),
                    b.name(),
                    b.symbol(),
                    b.description(),
                    b.position(),
                    b.roles(),
                    seats.stream()
                            .filter(s -> s.body().id().equals(b.id()))
                            .map(SeatInBody::of)
                            .toList());
        }
    }

    record MembershipView(
            String id,
            String bodyId,
            String delegateId,
            MembershipRole role,
            @Nullable String startsOn) {

        static MembershipView of(Membership m) {
            return new MembershipView(
                    m.id().toString(),
                    m.bodyId().toString(),
                    m.delegateId().toString(),
                    m.role(),
                    m.startsOn() == null ? null : m.startsOn().toString());
        }
    }

    record ExecutiveUnitView(
            String id,
            String name,
            ExecutiveUnit.Kind kind,
            @Nullable String parentId,
            @Nullable String email,
            @Nullable String phone,
            boolean active) {

        static ExecutiveUnitView of(ExecutiveUnit u) {
            return new ExecutiveUnitView(
                    u.id().toString(),
                    u.name(),
                    u.kind(),
                    u.parentId() == null ? null : u.parentId().toString(),
                    u.email(),
                    u.phone(),
                    u.active());
        }
    }
}
