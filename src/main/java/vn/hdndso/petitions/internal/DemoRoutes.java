package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.councils.ExecutiveUnit;
import vn.hdndso.councils.ExecutiveUnits;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.ReceivingBody;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * With {@code HDND_DEMO=true}: Xã Lạc Phượng's default receiving bodies, as a commune of the
 * two-level government would set them: commune matters to the People's Committee's units by field
 * (economy, land and construction to Phòng Kinh tế; social matters to Phòng Văn hóa - Xã hội; public
 * order to the commune police), city matters to the city department of the field, central matters
 * to the city's National Assembly delegation. Registered once (only while the council has none).
 */
@Component
class DemoRoutes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoRoutes.class);
    private static final String LAC_PHUONG = "11140";
    private static final String BY = "hệ thống (dữ liệu mẫu)";
    private static final String ECONOMY = "Phòng Kinh tế";
    private static final String SOCIAL = "Phòng Văn hóa - Xã hội";
    private static final String OFFICE = "Văn phòng HĐND và UBND";

    /** field → (commune unit by name or null for the police, city department). */
    private static final Map<String, String[]> DEFAULTS = Map.ofEntries(
            Map.entry("DAT_DAI", new String[] {ECONOMY, "Sở Nông nghiệp và Môi trường"}),
            Map.entry("TAI_NGUYEN_MOI_TRUONG", new String[] {ECONOMY, "Sở Nông nghiệp và Môi trường"}),
            Map.entry("QUY_HOACH_XAY_DUNG_GIAO_THONG", new String[] {ECONOMY, "Sở Xây dựng"}),
            Map.entry("NONG_NGHIEP", new String[] {ECONOMY, "Sở Nông nghiệp và Môi trường"}),
            Map.entry("TAI_CHINH_NGAN_SACH", new String[] {ECONOMY, "Sở Tài chính"}),
            Map.entry("LAO_DONG_CHINH_SACH_XA_HOI", new String[] {SOCIAL, "Sở Nội vụ"}),
            Map.entry("Y_TE_BHYT", new String[] {SOCIAL, "Sở Y tế"}),
            Map.entry("GIAO_DUC", new String[] {SOCIAL, "Sở Giáo dục và Đào tạo"}),
            Map.entry("VAN_HOA_THONG_TIN", new String[] {SOCIAL, "Sở Văn hóa và Thể thao"}),
            Map.entry("AN_NINH_TRAT_TU", new String[] {"", "Công an thành phố"}),
            Map.entry("TU_PHAP_THU_TUC_HANH_CHINH", new String[] {OFFICE, "Sở Tư pháp"}),
            Map.entry("TO_CHUC_CAN_BO", new String[] {OFFICE, "Sở Nội vụ"}),
            Map.entry("KHAC", new String[] {OFFICE, "Văn phòng UBND thành phố"}));

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final ExecutiveUnits units;
    private final RouteRepository routes;
    private final PetitionsProperties properties;
    private final InstallationProperties installation;
    private final TransactionTemplate transactions;

    DemoRoutes(
            CouncilSetUp setUp,
            Councils councils,
            ExecutiveUnits units,
            RouteRepository routes,
            PetitionsProperties properties,
            InstallationProperties installation,
            TransactionTemplate transactions) {
        this.setUp = setUp;
        this.councils = councils;
        this.units = units;
        this.routes = routes;
        this.properties = properties;
        this.installation = installation;
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!installation.demo()) {
            return;
        }
        setUp.ensureRegistered();
        councils.all().stream()
                .filter(c -> c.code().equals(LAC_PHUONG))
                .findFirst()
                .ifPresent(this::register);
    }

    private void register(Council council) {
        Tenancy.run(
                TenantScope.staffOf(council.id()),
                () -> transactions.executeWithoutResult(status -> {
                    if (!routes.all(council.id()).isEmpty()) {
                        return;
                    }
                    List<ExecutiveUnit> list = units.of(council.id());
                    int saved = 0;
                    for (var field : properties.fields()) {
                        String[] bodies = DEFAULTS.get(field.code());
                        if (bodies == null) {
                            continue;
                        }
                        Optional<ReceivingBody> commune = bodies[0].isEmpty()
                                ? Optional.of(new ReceivingBody(
                                        CompetentBodyKind.AGENCY, null, "Công an " + lowerFirst(council.name())))
                                : unit(list, bodies[0]);
                        if (commune.isPresent()) {
                            routes.save(council.id(), field.code(), CompetentLevel.COMMUNE, commune.get(), BY);
                            saved++;
                        }
                        routes.save(
                                council.id(),
                                field.code(),
                                CompetentLevel.CITY,
                                new ReceivingBody(CompetentBodyKind.CITY, null, bodies[1]),
                                BY);
                        routes.save(
                                council.id(),
                                field.code(),
                                CompetentLevel.CENTRAL,
                                new ReceivingBody(
                                        CompetentBodyKind.AGENCY, null, "Đoàn đại biểu Quốc hội thành phố Hà Nội"),
                                BY);
                        saved += 2;
                    }
                    log.info("Demo petition routes registered for {}: {}", council.name(), saved);
                }));
    }

    private static Optional<ReceivingBody> unit(List<ExecutiveUnit> units, String name) {
        return units.stream()
                .filter(u -> u.active() && u.name().equalsIgnoreCase(name))
                .findFirst()
                .map(u -> new ReceivingBody(CompetentBodyKind.EXECUTIVE_UNIT, u.id(), u.name()));
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
