package vn.hdndso.councils.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.Delegate;
import vn.hdndso.councils.DelegateContact;
import vn.hdndso.councils.DelegateId;
import vn.hdndso.councils.Membership;
import vn.hdndso.councils.MembershipRole;
import vn.hdndso.councils.Term;

/**
 * Labelled demo delegates for Xã Lạc Phượng (11140) and Phường Nhị Chiểu (10714), loaded with
 * {@code HDND_DEMO=true}. The people are invented; every row carries {@code demo = true} and the
 * pages mark it. Loaded once: a council that already has demo delegates is left alone.
 */
@Component
class DemoDelegates {

    static final List<String> DEMO_COUNCIL_CODES = List.of("11140", "10714");

    private static final Logger log = LoggerFactory.getLogger(DemoDelegates.class);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[][] GIVEN = {
        {"Văn", "An"}, {"Thị", "Bình"}, {"Đức", "Cường"}, {"Thị", "Dung"}, {"Minh", "Hải"}, {"Thu", "Hà"},
        {"Văn", "Hùng"}, {"Thị", "Lan"}, {"Quang", "Long"}, {"Thị", "Mai"}, {"Hoài", "Nam"}, {"Thị", "Phương"},
        {"Văn", "Sơn"}, {"Thị", "Thảo"}, {"Đình", "Trung"}, {"Anh", "Tuấn"}
    };
    private static final int DELEGATES_PER_COUNCIL = 15;

    private final CouncilRepository councils;
    private final OrganisationRepository organisation;
    private final DelegateRepository delegateRows;

    DemoDelegates(CouncilRepository councils, OrganisationRepository organisation, DelegateRepository delegateRows) {
        this.councils = councils;
        this.organisation = organisation;
        this.delegateRows = delegateRows;
    }

    void load() {
        for (Council council : councils.findAll()) {
            if (DEMO_COUNCIL_CODES.contains(council.code())) {
                organisation.currentTerm(council.id()).ifPresent(term -> load(council, term));
            }
        }
    }

    private void load(Council council, Term term) {
        if (delegateRows.delegates(council.id(), term.id()).stream().anyMatch(Delegate::demo)) {
            return;
        }
        int seed = Integer.parseInt(council.code()) % FAMILY.length;
        List<Delegate> delegates = new ArrayList<>();
        for (int i = 0; i < DELEGATES_PER_COUNCIL; i++) {
            String[] given = GIVEN[(i * 5 + seed) % GIVEN.length];
            String name = FAMILY[(i + seed) % FAMILY.length] + " " + given[0] + " " + given[1];
            var delegate = Delegate.active(
                    new DelegateId(UUID.randomUUID()),
                    council.id(),
                    term.id(),
                    name,
                    given[0].equals("Thị") ? Delegate.Gender.NU : Delegate.Gender.NAM,
                    1965 + (i * 7 + seed) % 30,
                    position(i, council),
                    null,
                    true);
            delegateRows.insertDelegate(delegate);
            delegateRows.saveContact(
                    council.id(),
                    new DelegateContact(
                            delegate.id(), "daibieu" + (i + 1) + "@demo.invalid", "09000000" + (10 + i), null));
            delegates.add(delegate);
        }
        seat(council, term, delegates);
        log.info("Demo delegates loaded into {}", council.name());
    }

    private static String position(int i, Council council) {
        String place = council.name().substring(council.name().indexOf(' ') + 1);
        return switch (i) {
            case 0 -> "Chủ tịch HĐND " + CouncilRegistration.lowerFirst(council.name());
            case 1 -> "Phó Chủ tịch HĐND";
            case 2, 3 -> "Trưởng ban, HĐND " + place;
            default -> "Đại biểu HĐND, khu dân cư số " + (i - 3);
        };
    }

    /** Standing committee, committee heads and members, and three delegate groups. */
    private void seat(Council council, Term term, List<Delegate> delegates) {
        List<CouncilBody> bodies = organisation.bodies(council.id(), term.id());
        CouncilBody standing = bodies.stream()
                .filter(b -> b.kind() == BodyKind.STANDING_COMMITTEE)
                .findFirst()
                .orElseThrow();
        List<CouncilBody> committees =
                bodies.stream().filter(b -> b.kind() == BodyKind.COMMITTEE).toList();
        add(council, standing, delegates.get(0), MembershipRole.CHAIR);
        add(council, standing, delegates.get(1), MembershipRole.VICE_CHAIR);
        for (int c = 0; c < committees.size(); c++) {
            add(council, standing, delegates.get(2 + c), MembershipRole.MEMBER);
            add(council, committees.get(c), delegates.get(2 + c), MembershipRole.CHAIR);
            for (int m = 0; m < 3; m++) {
                add(council, committees.get(c), delegates.get(5 + c * 3 + m), MembershipRole.MEMBER);
            }
        }
        for (int g = 0; g < 3; g++) {
            var group = new CouncilBody(
                    UUID.randomUUID(),
                    council.id(),
                    term.id(),
                    BodyKind.DELEGATE_GROUP,
                    "Tổ đại biểu số " + (g + 1),
                    null,
                    "Đơn vị bầu cử số " + (g + 1) + " (dữ liệu mẫu)",
                    g + 1);
            organisation.insertBody(group);
            for (int i = g; i < delegates.size(); i += 3) {
                add(council, group, delegates.get(i), i == g ? MembershipRole.HEAD : MembershipRole.MEMBER);
            }
        }
    }

    private void add(Council council, CouncilBody body, Delegate delegate, MembershipRole role) {
        organisation.insertMembership(
                council.id(), new Membership(UUID.randomUUID(), body.id(), delegate.id(), role, null, null));
    }
}
