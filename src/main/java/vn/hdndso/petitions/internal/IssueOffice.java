package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.petitions.AnswerClass;
import vn.hdndso.petitions.CompetentBodyKind;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * {@link PetitionIssues}: the reads here; grouping, answers and figures in their own classes. Each
 * change returns the issue as it is afterwards.
 */
@Service
class IssueOffice implements PetitionIssues {

    private final IssueRepository issues;
    private final IssueQueries queries;
    private final IssueGrouping grouping;
    private final IssueAnswers answers;
    private final IssueFigures figures;
    private final PetitionsProperties properties;
    private final PetitionIndicatorRows indicatorRows;
    private final Clock clock;
    private final OfficerUnits officers;
    private final CityLevelGroups cityLevel;

    IssueOffice(
            IssueRepository issues,
            IssueQueries queries,
            IssueGrouping grouping,
            IssueAnswers answers,
            IssueFigures figures,
            PetitionsProperties properties,
            PetitionIndicatorRows indicatorRows,
            Clock clock,
            OfficerUnits officers,
            CityLevelGroups cityLevel) {
        this.issues = issues;
        this.queries = queries;
        this.grouping = grouping;
        this.answers = answers;
        this.figures = figures;
        this.properties = properties;
        this.indicatorRows = indicatorRows;
        this.clock = clock;
        this.officers = officers;
        this.cityLevel = cityLevel;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Transfer> transferredBetween(CouncilId council, LocalDate from, LocalDate to) {
        return indicatorRows.transferredBetween(council, from, to);
    }

    @Override
    public List<Field> fields() {
        return properties.fields().stream()
                .map(f -> new Field(f.code(), f.name(), f.parent()))
                .toList();
    }

    @Override
    public String fieldName(String code) {
        return properties.fieldName(code);
    }

    @Override
    public int answerDays() {
        return properties.answerDays();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PetitionIssue> list(CouncilId council, Filter filter, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        var all = IssueQueries.Filter.of(filter, VnTime.today(clock));
        var query = officers.boundUnit(council).map(all::ofUnit).orElse(all);
        return new Page<>(queries.list(council, query, page * size, size), page, size, queries.count(council, query));
    }

    @Override
    @Transactional(readOnly = true)
    public PetitionIssue require(CouncilId council, UUID id) {
        var unit = officers.boundUnit(council);
        return issues.find(council, id)
                .filter(i -> unit.isEmpty() || unit.get().equals(i.executiveUnitId()))
                .orElseThrow(() -> new NotFoundException("petitions.issue.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public PetitionIssue requirePublished(CouncilId council, UUID id) {
        return issues.find(council, id)
                .filter(PetitionIssue::isPublished)
                .orElseThrow(() -> new NotFoundException("petitions.issue.notFound", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PetitionIssue> published(CouncilId council, Page.Request request) {
        return list(council, Filter.publishedOnly(), request);
    }

    @Override
    @Transactional
    public PetitionIssue merge(CouncilId council, UUID targetId, @Nullable UUID otherId) {
        grouping.merge(council, targetId, otherId);
        return require(council, targetId);
    }

    @Override
    @Transactional
    public PetitionIssue split(CouncilId council, UUID petitionId, @Nullable UUID intoIssueId) {
        return require(council, grouping.split(council, petitionId, intoIssueId));
    }

    @Override
    @Transactional
    public PetitionIssue edit(
            CouncilId council,
            UUID id,
            @Nullable String title,
            @Nullable String field,
            @Nullable CompetentLevel level) {
        grouping.edit(council, id, title, field, level);
        return require(council, id);
    }

    @Override
    @Transactional
    public PetitionIssue transfer(
            CouncilId council,
            UUID id,
            @Nullable CompetentBodyKind kind,
            @Nullable UUID executiveUnitId,
            @Nullable String bodyName,
            @Nullable LocalDate deadline) {
        answers.transfer(council, id, kind, executiveUnitId, bodyName, deadline);
        return require(council, id);
    }

    @Override
    @Transactional
    public PetitionIssue answer(
            CouncilId council,
            UUID id,
            @Nullable AnswerClass answerClass,
            @Nullable String text,
            @Nullable LocalDate promisedOn) {
        var unit = officers.boundUnit(council);
        if (unit.isPresent()
                && issues.find(council, id)
                        .filter(i -> unit.get().equals(i.executiveUnitId()))
                        .isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only an officer of the unit the issue was transferred to answers it");
        }
        answers.answer(council, id, answerClass, text, promisedOn);
        return require(council, id);
    }

    @Override
    @Transactional
    public PetitionIssue publish(CouncilId council, UUID id) {
        answers.publish(council, id);
        return require(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public Statistics statistics(CouncilId council, Map<String, Long> meetingsByFormat) {
        return figures.statistics(council, meetingsByFormat);
    }

    @Override
    @Transactional(readOnly = true)
    public Statistics statistics(CouncilId council, Filter filter, Map<String, Long> meetingsByFormat) {
        var all = IssueQueries.Filter.of(filter, VnTime.today(clock));
        var query = officers.boundUnit(council).map(all::ofUnit).orElse(all);
        return figures.statistics(council, query, meetingsByFormat);
    }

    @Override
    @Transactional
    public int carryOver(CouncilId council) {
        return figures.carryOver(council);
    }

    @Override
    public Page<CityLevelGroup> cityLevelGroups(Page.Request request) {
        cityLevel.placePending();
        return cityLevel.page(request);
    }
}
