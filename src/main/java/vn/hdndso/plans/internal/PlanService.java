package vn.hdndso.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.plans.Plan;
import vn.hdndso.plans.PlanId;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.PlanReview;
import vn.hdndso.plans.PlanState;
import vn.hdndso.plans.Plans;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.audit.AuditEvent;

/** Reading, reviewing, confirming and amending plans, in the caller's tenant scope. */
@Service
class PlanService implements Plans {

    private final PlanRepository repository;
    private final ApplicationEventPublisher events;
    private final TasksFromPlans tasks;
    private final Clock clock;

    PlanService(PlanRepository repository, ApplicationEventPublisher events, TasksFromPlans tasks, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Plan read(CouncilId council, String fileName, byte[] content) {
        PlanSources.Text source = PlanSources.read(fileName, content);
        PlanReading reading = PlanReader.read(source.text());
        if (reading.sections().isEmpty()) {
            throw InvalidInputException.of(PlanSources.FIELD, "plans.source.noParts");
        }
        PlanId id = PlanId.random();
        Instant now = Instant.now(clock);
        String by = CurrentUser.describe();
        repository.insertPlan(id, council, title(reading, source.source().name()), reading.number(), by, now);
        repository.insertVersion(id, council, 1, source.source(), source.text(), reading, by, now);
        events.publishEvent(AuditEvent.of(council, "plans.plan.read", "plan", id)
                .with("source", source.source().name())
                .with("targets", reading.targets().size()));
        return require(council, id);
    }

    private static String title(PlanReading reading, String fileName) {
        String title = reading.title() != null ? "Kế hoạch " + reading.title() : fileName;
        return title.length() > PlanReview.MAX_TITLE ? title.substring(0, PlanReview.MAX_TITLE) : title;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Plan> list(CouncilId council) {
        return repository.list(council);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Plan> find(CouncilId council, PlanId id) {
        return repository.find(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Plan require(CouncilId council, PlanId id) {
        return repository.find(council, id).orElseThrow(() -> new NotFoundException("plans.notFound", id));
    }

    @Override
    @Transactional
    public Plan review(CouncilId council, PlanId id, PlanReview review) {
        Plan plan = requireDraft(council, id);
        PlanReview checked = review.checked();
        PlanReading before = plan.reading();
        repository.replaceDraftReading(
                id,
                new PlanReading(
                        before.number(),
                        before.title(),
                        before.sections(),
                        checked.targets(),
                        checked.tasks(),
                        before.reportingDuties()),
                Instant.now(clock));
        String title = checked.title();
        if (title != null) {
            repository.retitle(id, title);
        }
        events.publishEvent(AuditEvent.of(council, "plans.plan.reviewed", "plan", id)
                .with("version", plan.version())
                .with("targets", checked.targets().size())
                .with("tasks", checked.tasks().size()));
        return require(council, id);
    }

    @Override
    @Transactional
    public Plan confirm(CouncilId council, PlanId id) {
        Plan plan = requireDraft(council, id);
        if (plan.reading().targets().isEmpty()) {
            throw new BusinessRuleException("plans.confirm.noTargets");
        }
        repository.confirmDraft(id, CurrentUser.describe(), Instant.now(clock));
        tasks.fromPlan(council, id, plan.version(), plan.reading());
        events.publishEvent(
                AuditEvent.of(council, "plans.plan.confirmed", "plan", id).with("version", plan.version()));
        events.publishEvent(new PublicContentChanged(council, PublicContentChanged.COUNCIL));
        return require(council, id);
    }

    @Override
    @Transactional
    public Plan amend(CouncilId council, PlanId id) {
        Plan plan = require(council, id);
        if (plan.state() != PlanState.CONFIRMED) {
            throw new BusinessRuleException("plans.amend.notConfirmed");
        }
        int next = plan.version() + 1;
        repository.insertVersion(
                id,
                council,
                next,
                plan.source(),
                repository.sourceText(id, plan.version()),
                plan.reading(),
                CurrentUser.describe(),
                Instant.now(clock));
        events.publishEvent(
                AuditEvent.of(council, "plans.plan.amended", "plan", id).with("version", next));
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Plan.Version> history(CouncilId council, PlanId id) {
        require(council, id);
        return repository.history(id);
    }

    private Plan requireDraft(CouncilId council, PlanId id) {
        Plan plan = require(council, id);
        if (!plan.isDraft()) {
            throw new BusinessRuleException("plans.review.notDraft");
        }
        return plan;
    }
}
