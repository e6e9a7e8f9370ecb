package vn.hdndso.councils.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.BodyKind;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilBody;
import vn.hdndso.councils.CouncilType;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.Term;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnText;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * Registers the installation's councils before the first request is served: the council of
 * {@code HDND_PROVINCE_CODE} and one per commune-level unit of that province, each with its
 * current term, standing committee, committees and People's Committee. Idempotent: a later start
 * only adds units that are missing.
 */
@Component
class CouncilRegistration {

    /** First path segments the site uses itself; a council never takes one as its slug. */
    static final Set<String> RESERVED_SLUGS = Set.of(
            "app",
            "api",
            "login",
            "logout",
            "dang-nhap",
            "actuator",
            "webjars",
            "css",
            "js",
            "img",
            "images",
            "static",
            "assets",
            "error",
            "oparl",
            "open311",
            "search",
            "tim-kiem",
            "favicon.ico",
            "robots.txt",
            "sitemap.xml",
            "feed",
            "lich",
            "kiem-tra-chu-ky",
            "admin",
            "thanh-pho",
            "tinh");

    private static final Logger log = LoggerFactory.getLogger(CouncilRegistration.class);

    private final InstallationProperties installation;
    private final CouncilsProperties settings;
    private final CouncilRepository councils;
    private final OrganisationRepository organisation;
    private final ExecutiveUnitRepository executiveUnitRows;
    private final Councils directory;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final DemoDelegates demo;

    CouncilRegistration(
            InstallationProperties installation,
            CouncilsProperties settings,
            CouncilRepository councils,
            OrganisationRepository organisation,
            ExecutiveUnitRepository executiveUnitRows,
            Councils directory,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            DemoDelegates demo) {
        this.installation = installation;
        this.settings = settings;
        this.councils = councils;
        this.organisation = organisation;
        this.executiveUnitRows = executiveUnitRows;
        this.directory = directory;
        this.transactions = transactions;
        this.events = events;
        this.demo = demo;
    }

    /** Registers missing councils, then loads demo content if asked to. */
    public void run() {
        int added = Tenancy.call(
                TenantScope.allCouncils("installation set-up"),
                () -> transactions.execute(status -> registerMissing()));
        directory.refresh();
        log.info(
                "{} councils registered for province {} ({} new)",
                directory.all().size(),
                installation.provinceCode(),
                added);
        if (installation.demo()) {
            Tenancy.run(
                    TenantScope.allCouncils("demo content"), () -> transactions.executeWithoutResult(s -> demo.load()));
        }
    }

    int registerMissing() {
        List<AdminUnit> units = AdminUnitCatalog.bundled().unitsOf(installation.provinceCode());
        if (units.isEmpty()) {
            throw new IllegalStateException(
                    "HDND_PROVINCE_CODE=" + installation.provinceCode() + " is not a province code of the 2025 list");
        }
        Set<String> codes = new HashSet<>(councils.codes());
        Set<String> slugs = new HashSet<>(councils.slugs());
        int added = 0;
        CouncilId province = councils.findAll().stream()
                .filter(c -> c.code().equals(installation.provinceCode()))
                .map(Council::id)
                .findFirst()
                .orElse(null);
        if (province == null) {
            AdminUnit first = units.getFirst();
            CouncilType type =
                    first.provinceFullName().startsWith("Thành phố") ? CouncilType.THANH_PHO : CouncilType.TINH;
            String slug = type == CouncilType.THANH_PHO ? "thanh-pho" : "tinh";
            var council = new Council(
                    new CouncilId(UUID.randomUUID()),
                    installation.provinceCode(),
                    first.provinceFullName(),
                    type,
                    slug,
                    installation.provinceCode(),
                    null);
            setUp(council, settings.provincialCommittees(), List.of());
            slugs.add(slug);
            province = council.id();
            added++;
        }
        for (AdminUnit unit : units) {
            if (codes.contains(unit.code())) {
                continue;
            }
            String slug = VnText.slug(unit.name());
            if (slugs.contains(slug) || RESERVED_SLUGS.contains(slug) || slug.isEmpty()) {
                slug = slug + "-" + unit.code();
            }
            var council = new Council(
                    new CouncilId(UUID.randomUUID()),
                    unit.code(),
                    unit.fullName(),
                    typeOf(unit),
                    slug,
                    unit.provinceCode(),
                    province);
            setUp(council, settings.communeCommittees(), settings.communeExecutiveUnits());
            slugs.add(slug);
            added++;
        }
        return added;
    }

    private void setUp(Council council, List<String> committees, List<String> executiveUnits) {
        councils.insert(council);
        var term = new Term(
                UUID.randomUUID(),
                council.id(),
                settings.termName(),
                settings.termStartsOn(),
                settings.termEndsOn(),
                true);
        organisation.insertTerm(term);
        organisation.insertBody(CouncilBody.standingCommitteeOf(term));
        int position = 1;
        for (String committee : committees) {
            String[] parts = committee.split("\\|", 2);
            organisation.insertBody(new CouncilBody(
                    UUID.randomUUID(),
                    council.id(),
                    term.id(),
                    BodyKind.COMMITTEE,
                    VnText.normalize(parts[0]),
                    parts.length > 1 ? VnText.normalize(parts[1]) : null,
                    null,
                    position++));
        }
        var peoplesCommittee = new ExecutiveUnit(
                UUID.randomUUID(),
                council.id(),
                null,
                "Ủy ban nhân dân " + lowerFirst(council.name()),
                ExecutiveUnit.Kind.PEOPLES_COMMITTEE,
                null,
                null,
                true);
        executiveUnitRows.insertExecutiveUnit(peoplesCommittee);
        for (String unit : executiveUnits) {
            String[] parts = unit.split("\\|", 2);
            executiveUnitRows.insertExecutiveUnit(new ExecutiveUnit(
                    UUID.randomUUID(),
                    council.id(),
                    peoplesCommittee.id(),
                    VnText.normalize(parts[0]),
                    parts.length > 1 ? ExecutiveUnit.Kind.valueOf(parts[1].strip()) : ExecutiveUnit.Kind.OFFICE,
                    null,
                    null,
                    true));
        }
        events.publishEvent(AuditEvent.of(council.id(), "councils.council.registered", "council", council.id())
                .with("code", council.code())
                .with("name", council.name())
                .with("slug", council.slug()));
        events.publishEvent(new PublicContentChanged(council.id(), PublicContentChanged.COUNCIL));
    }

    private static CouncilType typeOf(AdminUnit unit) {
        return switch (VnText.fold(unit.type())) {
            case "xa" -> CouncilType.XA;
            case "phuong" -> CouncilType.PHUONG;
            case "dac khu" -> CouncilType.DAC_KHU;
            default -> throw new IllegalStateException("unknown unit type " + unit.type() + " of " + unit.code());
        };
    }

    /** "Xã Lạc Phượng" → "xã Lạc Phượng", as written after "Ủy ban nhân dân". */
    static String lowerFirst(String name) {
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        if (first.equals("Thành")
                || first.equals("Tỉnh")
                || first.equals("Xã")
                || first.equals("Phường")
                || first.equals("Đặc")) {
            return first.toLowerCase(Locale.of("vi")) + (space < 0 ? "" : name.substring(space));
        }
        return name;
    }
}
