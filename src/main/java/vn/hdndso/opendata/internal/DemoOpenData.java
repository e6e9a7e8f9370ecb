package vn.hdndso.opendata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.opendata.Column;
import vn.hdndso.opendata.ColumnType;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.DatasetDescription;
import vn.hdndso.opendata.DatasetImports;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.opendata.ImportSettings;
import vn.hdndso.opendata.ImportStatus;
import vn.hdndso.opendata.Unit;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * With {@code HDND_DEMO=true}: real public data as labelled demo datasets, imported through the
 * same path a clerk uses and published — the provincial budget CSV and the Ministry of Finance's
 * legacy XLS workbook for the city council, the Hải Phòng / Hải Dương investment projects for the
 * city and Phường Nhị Chiểu, the commune-run investment projects for Xã Lạc Phượng. Sources in
 * {@code data/opendata/SOURCES.md}. Registered once (by title).
 */
@Component
class DemoOpenData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoOpenData.class);
    static final String LABEL = "[DỮ LIỆU MẪU – số liệu công khai thật, nạp để trình diễn] ";
    static final String PROVINCIAL = "PROVINCIAL";

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final Datasets datasets;
    private final DatasetImports imports;
    private final InstallationProperties installation;
    private final TransactionTemplate transactions;

    DemoOpenData(
            CouncilSetUp setUp,
            Councils councils,
            Datasets datasets,
            DatasetImports imports,
            InstallationProperties installation,
            PlatformTransactionManager transactionManager) {
        this.setUp = setUp;
        this.councils = councils;
        this.datasets = datasets;
        this.imports = imports;
        this.installation = installation;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** One demo dataset. */
    record Demo(
            String councilCode,
            String file,
            String title,
            String description,
            String source,
            String period,
            String theme,
            ImportSettings settings,
            boolean keepGoodRows) {}

    private static final String PROCUREMENT =
            "Hệ thống mạng đấu thầu quốc gia, tháng 10/2023 (tổng hợp trong alan14112003/ServerDataCrawDauThauInfo)";
    private static final List<Column> PROJECT_COLUMNS = List.of(
            new Column("Mã kế hoạch lựa chọn nhà thầu", "ma-khlcnt", ColumnType.TEXT, Unit.NONE),
            new Column("Tên dự án, gói thầu", "ten-du-an", ColumnType.TEXT, Unit.NONE),
            new Column("Bên mời thầu", "ben-moi-thau", ColumnType.TEXT, Unit.NONE),
            new Column("Ngày đăng", "ngay-dang", ColumnType.DATE, Unit.NONE),
            new Column("Số kế hoạch lựa chọn nhà thầu", "so-khlcnt", ColumnType.INTEGER, Unit.NONE));

    static final List<Demo> DEMOS = List.of(
            new Demo(
                    PROVINCIAL,
                    "provincial-budget-2006-2015.csv",
                    "Thu, chi ngân sách các tỉnh, thành phố 2006–2015",
                    LABEL
                            + "Tổng thu ngân sách nhà nước trên địa bàn, tỷ lệ điều tiết, tổng chi ngân sách địa phương và"
                            + " các khoản bổ sung từ ngân sách trung ương của từng tỉnh, thành phố, theo năm. Số liệu"
                            + " công khai của Bộ Tài chính.",
                    "Bộ Tài chính, số liệu công khai ngân sách (tổng hợp trong mdtrinh/vietnamdata, CC0)",
                    "2006–2015",
                    "BUDGET",
                    new ImportSettings(
                            null,
                            null,
                            null,
                            List.of(
                                    new Column("Mã gốc", "ma-goc", ColumnType.TEXT, Unit.NONE),
                                    new Column("Tỉnh, thành phố", "tinh", ColumnType.TEXT, Unit.NONE),
                                    new Column(
                                            "Tổng thu NSNN trên địa bàn",
                                            "tong-thu",
                                            ColumnType.MONEY,
                                            Unit.TRIEU_DONG),
                                    new Column(
                                            "Tỷ lệ điều tiết về địa phương",
                                            "ty-le-dieu-tiet",
                                            ColumnType.PERCENT,
                                            Unit.PERCENT),
                                    new Column(
                                            "Tổng chi ngân sách địa phương",
                                            "tong-chi",
                                            ColumnType.MONEY,
                                            Unit.TRIEU_DONG),
                                    new Column("Bổ sung cân đối", "bo-sung-can-doi", ColumnType.MONEY, Unit.TRIEU_DONG),
                                    new Column(
                                            "Bổ sung có mục tiêu",
                                            "bo-sung-co-muc-tieu",
                                            ColumnType.MONEY,
                                            Unit.TRIEU_DONG),
                                    new Column(
                                            "Bổ sung theo dự án", "bo-sung-du-an", ColumnType.MONEY, Unit.TRIEU_DONG),
                                    new Column("Chênh lệch thu – chi", "chenh-lech", ColumnType.MONEY, Unit.TRIEU_DONG),
                                    new Column("Năm", "nam", ColumnType.YEAR, Unit.NONE))),
                    false),
            new Demo(
                    PROVINCIAL,
                    "mof-budget-plan-2017.xls",
                    "Cân đối ngân sách nhà nước năm 2017 (dự toán)",
                    LABEL + "Biểu số 01/CKTC-NSNN kèm Quyết định 2664/QĐ-BTC ngày 15/12/2016 của Bộ Tài chính, nhập từ"
                            + " tệp Excel cũ (.xls) như được công bố; dòng ghi chú cuối biểu được bỏ qua.",
                    "Bộ Tài chính, Quyết định 2664/QĐ-BTC (tổng hợp trong mdtrinh/vietnamdata, CC0)",
                    "2017",
                    "BUDGET",
                    ImportSettings.detected(),
                    true),
            new Demo(
                    PROVINCIAL,
                    "investment-projects-2023-hai-phong.csv",
                    "Kế hoạch lựa chọn nhà thầu các dự án trên địa bàn Hải Phòng, Hải Dương (10/2023)",
                    LABEL
                            + "Các dự án, gói thầu đầu tư công trên địa bàn Hải Phòng và tỉnh Hải Dương cũ đăng trên Hệ thống"
                            + " mạng đấu thầu quốc gia cuối tháng 9 và đầu tháng 10/2023.",
                    PROCUREMENT,
                    "10/2023",
                    "INVESTMENT",
                    new ImportSettings(null, null, null, PROJECT_COLUMNS),
                    false),
            new Demo(
                    "10714",
                    "investment-projects-2023-hai-phong.csv",
                    "Dự án đầu tư công trên địa bàn Hải Phòng, Hải Dương (10/2023)",
                    LABEL + "Các dự án, gói thầu đầu tư công trong khu vực đăng trên Hệ thống mạng đấu thầu quốc gia,"
                            + " để đối chiếu với các dự án của phường.",
                    PROCUREMENT,
                    "10/2023",
                    "INVESTMENT",
                    new ImportSettings(null, null, null, PROJECT_COLUMNS),
                    false),
            new Demo(
                    "11140",
                    "investment-projects-2023-commune.csv",
                    "Dự án đầu tư công do UBND cấp xã làm chủ đầu tư (toàn quốc, 10/2023)",
                    LABEL
                            + "Các dự án, gói thầu mà Ủy ban nhân dân xã, phường là bên mời thầu, đăng trên Hệ thống mạng đấu"
                            + " thầu quốc gia cuối tháng 9 và đầu tháng 10/2023: để so sánh với dự án của xã.",
                    PROCUREMENT,
                    "10/2023",
                    "INVESTMENT",
                    new ImportSettings(null, null, null, PROJECT_COLUMNS),
                    false));

    @Override
    public void afterSingletonsInstantiated() {
        if (!installation.demo()) {
            return;
        }
        setUp.ensureRegistered();
        for (Demo demo : DEMOS) {
            council(demo.councilCode()).ifPresent(council -> {
                try {
                    Tenancy.run(TenantScope.staffOf(council.id()), () -> register(council, demo));
                } catch (RuntimeException e) {
                    log.warn("Demo dataset {} for {} not loaded", demo.file(), council.name(), e);
                }
            });
        }
    }

    private Optional<Council> council(String code) {
        if (code.equals(PROVINCIAL)) {
            return councils.provincial();
        }
        return councils.all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    private void register(Council council, Demo demo) {
        Boolean exists = transactions.execute(tx ->
                datasets.list(council.id()).stream().anyMatch(d -> d.title().equals(demo.title())));
        if (Boolean.TRUE.equals(exists)) {
            return;
        }
        Dataset dataset = datasets.create(
                council.id(),
                new DatasetDescription(
                        demo.title(), demo.description(), demo.source(), demo.period(), null, demo.theme(), null),
                true);
        ImportStatus status = imports.importNow(
                council.id(), dataset.id(), demo.file(), bytes(demo.file()), demo.settings(), demo.keepGoodRows());
        if (status.state() != ImportStatus.State.DONE) {
            log.warn("Demo dataset {} for {} not imported: {}", demo.file(), council.name(), status.error());
            return;
        }
        datasets.publish(council.id(), dataset.id());
        log.info("Demo dataset '{}' published for {}", demo.title(), council.name());
    }

    static byte[] bytes(String file) {
        try (@Nullable InputStream in = DemoOpenData.class.getResourceAsStream("/data/opendata/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
