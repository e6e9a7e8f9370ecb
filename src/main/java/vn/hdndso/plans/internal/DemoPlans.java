package vn.hdndso.plans.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.CouncilSetUp;
import vn.hdndso.councils.Councils;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanReview;
import vn.hdndso.plans.Plans;
import vn.hdndso.shared.InstallationProperties;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * With {@code HDND_DEMO=true}: the two demo councils' real plans (the same texts the documents
 * module issues as their KH documents, {@code data/documents/}), read through the same path a clerk
 * uses and confirmed as read — Lạc Phượng's from its OCR text without diacritics; then their tasks'
 * progress and evidence ({@link DemoTasks}). Once per council.
 */
@Component
class DemoPlans implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    /**
     * A council's code, its plan's text among the bundled documents, and the title as the clerk
     * corrects it where OCR garbled it.
     */
    record Demo(String councilCode, String file, @Nullable String correctedTitle) {}

    static final List<Demo> DEMOS = List.of(
            new Demo(
                    "11140",
                    "ke-hoach-57-lac-phuong-ocr.txt",
                    "Kế hoạch thực hiện Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển"
                            + " khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong hoạt động của"
                            + " HĐND xã"),
            new Demo("10714", "ke-hoach-57-nhi-chieu.txt", null));

    private final CouncilSetUp setUp;
    private final Councils councils;
    private final Plans plans;
    private final InstallationProperties installation;
    private final DemoTasks tasks;

    DemoPlans(
            CouncilSetUp setUp, Councils councils, Plans plans, InstallationProperties installation, DemoTasks tasks) {
        this.setUp = setUp;
        this.councils = councils;
        this.plans = plans;
        this.installation = installation;
        this.tasks = tasks;
    }

    /**
     * Once the other modules' demo content exists (documents, sessions and datasets are registered
     * at start-up too): the demo councils' plan tasks get progress and evidence.
     */
    @EventListener(ApplicationReadyEvent.class)
    void tasks() {
        if (!installation.demo()) {
            return;
        }
        for (Demo demo : DEMOS) {
            councils.all().stream()
                    .filter(c -> c.code().equals(demo.councilCode()))
                    .findFirst()
                    .ifPresent(council -> {
                        try {
                            Tenancy.run(TenantScope.staffOf(council.id()), () -> tasks.load(council));
                        } catch (RuntimeException e) {
                            log.warn("Demo tasks for {} not set up", council.name(), e);
                        }
                    });
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!installation.demo()) {
            return;
        }
        setUp.ensureRegistered();
        for (Demo demo : DEMOS) {
            councils.all().stream()
                    .filter(c -> c.code().equals(demo.councilCode()))
                    .findFirst()
                    .ifPresent(council -> {
                        try {
                            Tenancy.run(TenantScope.staffOf(council.id()), () -> load(council, demo));
                        } catch (RuntimeException e) {
                            log.warn("Demo plan {} for {} not loaded", demo.file(), council.name(), e);
                        }
                    });
        }
    }

    private void load(Council council, Demo demo) {
        if (!plans.list(council.id()).isEmpty()) {
            return;
        }
        Plan read = plans.read(council.id(), demo.file(), text(demo.file()));
        if (demo.correctedTitle() != null) {
            plans.review(
                    council.id(),
                    read.id(),
                    new PlanReview(read.reading().targets(), read.reading().tasks(), demo.correctedTitle()));
        }
        plans.confirm(council.id(), read.id());
        log.info(
                "Demo plan of {} read and confirmed: {} targets",
                council.name(),
                read.reading().targets().size());
    }

    private static byte[] text(String file) {
        try (InputStream in = DemoPlans.class.getResourceAsStream("/data/documents/" + file)) {
            return Objects.requireNonNull(in, "bundled plan " + file).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
