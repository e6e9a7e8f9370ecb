package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.documents.DocumentType;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.opendata.Dataset;
import vn.hdndso.opendata.Datasets;
import vn.hdndso.plans.EvidenceKind;
import vn.hdndso.plans.NewEvidence;
import vn.hdndso.plans.PlanTask;
import vn.hdndso.plans.TaskChange;
import vn.hdndso.plans.TaskQuery;
import vn.hdndso.plans.TaskStatus;
import vn.hdndso.sessions.CouncilSession;
import vn.hdndso.sessions.Sessions;
import vn.hdndso.shared.VnTime;

/**
 * The demo councils' plan tasks as a council would have them some weeks in: the task of drafting the
 * implementation plan done with the council's issued plan (its KH document) as evidence; the task of
 * recording sessions done with the demo session where there is one; the task of publishing the
 * budget in progress with a demo dataset; one in progress with a note; and one overdue — shown as
 * given 60 days ago and due 10 days ago, the only backdated values. Evidence is looked up through the modules' APIs; nothing is
 * invented. Once per council (while none of its tasks has moved).
 */
@Component
class DemoTasks {

    private static final Logger log = LoggerFactory.getLogger(DemoTasks.class);

    private final TaskService tasks;
    private final TaskRepository repository;
    private final OutgoingDocuments documents;
    private final Sessions sessions;
    private final Datasets datasets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoTasks(
            TaskService tasks,
            TaskRepository repository,
            OutgoingDocuments documents,
            Sessions sessions,
            Datasets datasets,
            TransactionTemplate transactions,
            Clock clock) {
        this.tasks = tasks;
        this.repository = repository;
        this.documents = documents;
        this.sessions = sessions;
        this.datasets = datasets;
        this.transactions = transactions;
        this.clock = clock;
    }

    void load(Council council) {
        transactions.executeWithoutResult(status -> {
            List<PlanTask> all = tasks.list(council.id(), TaskQuery.all());
            boolean moved = all.stream()
                    .anyMatch(
                            t -> t.status() != TaskStatus.OPEN || !t.evidence().isEmpty());
            if (all.isEmpty() || moved) {
                return;
            }
            List<PlanTask> free = new ArrayList<>(all);
            Optional<OutgoingDocument> plan = documents.issued(council.id()).stream()
                    .filter(d -> d.type() == DocumentType.KE_HOACH)
                    .findFirst();
            plan.ifPresent(document -> take(free, "xay dung ke hoach", "ke hoach thuc hien", "ban hanh nghi quyet")
                    .ifPresent(task -> done(
                            task,
                            EvidenceKind.DOCUMENT,
                            document.id().value().toString(),
                            "Đã ban hành kế hoạch " + EvidenceRecords.documentTitle(document) + " (dữ liệu mẫu).")));
            Optional<CouncilSession> session = sessions.list(council.id()).stream()
                    .filter(CouncilSession::demo)
                    .findFirst();
            session.ifPresent(s -> take(free, "ghi hinh", "tai lieu ky hop", "ky hop")
                    .ifPresent(task -> done(
                            task,
                            EvidenceKind.SESSION,
                            s.id().value().toString(),
                            "Kỳ họp đã được ghi hình, tài liệu phát hành điện tử (dữ liệu mẫu).")));
            Optional<Dataset> dataset = datasets.list(council.id()).stream()
                    .filter(Dataset::demo)
                    .min(Comparator.comparing(Dataset::title));
            dataset.ifPresent(d -> take(free, "cong khai ngan sach", "ngan sach", "du lieu mo")
                    .ifPresent(task -> {
                        tasks.addEvidence(
                                council.id(),
                                task.id(),
                                new NewEvidence(
                                        EvidenceKind.DATASET, d.id().value().toString(), null));
                        tasks.change(
                                council.id(),
                                task.id(),
                                TaskChange.status(
                                        TaskStatus.IN_PROGRESS,
                                        "Đã công khai bộ dữ liệu đầu tiên; đang chuẩn bị dữ liệu quy hoạch (dữ liệu mẫu)."));
                    }));
            take(free)
                    .ifPresent(task -> tasks.change(
                            council.id(),
                            task.id(),
                            TaskChange.status(
                                    TaskStatus.IN_PROGRESS, "Đang phối hợp với Văn phòng triển khai (dữ liệu mẫu).")));
            take(free).ifPresent(task -> {
                LocalDate today = VnTime.today(clock);
                repository.backdate(task.id(), today.minusDays(60), today.minusDays(10));
            });
            log.info("Demo tasks of {}: progress and evidence set", council.name());
        });
    }

    private void done(PlanTask task, EvidenceKind kind, String reference, String note) {
        tasks.addEvidence(task.council(), task.id(), new NewEvidence(kind, reference, null));
        tasks.change(task.council(), task.id(), TaskChange.status(TaskStatus.DONE, note));
    }

    /** The first task whose words hold one of the phrases (tried in order), else the first; taken out of the free ones. */
    private static Optional<PlanTask> take(List<PlanTask> free, String... phrases) {
        Optional<PlanTask> found = Optional.empty();
        for (String phrase : phrases) {
            found = free.stream()
                    .filter(t -> TasksFromPlans.matchKey(t.text()).contains(phrase))
                    .findFirst();
            if (found.isPresent()) {
                break;
            }
        }
        if (found.isEmpty()) {
            found = free.stream().findFirst();
        }
        found.ifPresent(free::remove);
        return found;
    }
}
