package vn.hdndso.petitions.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssueChanged;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.PublicContentChanged;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;

/** A clerk's work on the grouping of petitions into issues: merge, split, edit. */
@Component
class IssueGrouping {

    private static final int MAX_TITLE = 500;

    private final IssueRepository issues;
    private final PetitionRepository petitions;
    private final DuplicateFinder duplicates;
    private final PetitionsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueGrouping(
            IssueRepository issues,
            PetitionRepository petitions,
            DuplicateFinder duplicates,
            PetitionsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.issues = issues;
        this.petitions = petitions;
        this.duplicates = duplicates;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    void merge(CouncilId council, UUID targetId, @Nullable UUID otherId) {
        if (otherId == null) {
            throw InvalidInputException.of("otherIssueId", "petitions.merge.otherRequired");
        }
        if (otherId.equals(targetId)) {
            throw InvalidInputException.of("otherIssueId", "petitions.merge.same");
        }
        PetitionIssue target = issues.lock(council, targetId);
        PetitionIssue other = issues.lock(council, otherId);
        target.merge(other);
        petitions.moveAll(council, otherId, targetId);
        issues.delete(council, otherId);
        issues.touch(council, targetId);
        duplicates.changed(council);
        events.publishEvent(AuditEvent.of(council, "petitions.issue.merged", "issue", targetId)
                .with("merged", otherId)
                .with("mergedTitle", other.title())
                .with("petitions", other.petitionCount()));
        events.publishEvent(new PetitionIssueChanged(council, otherId, "mergedAway", false));
        events.publishEvent(new PetitionIssueChanged(council, targetId, "merged", false));
    }

    /** Returns the issue the petition is in afterwards. */
    UUID split(CouncilId council, UUID petitionId, @Nullable UUID intoIssueId) {
        Petition petition = petitions
                .find(council, petitionId)
                .orElseThrow(() -> new NotFoundException("petitions.petition.notFound", petitionId));
        PetitionIssue from = issues.lock(council, petition.issueId());
        from.requireSplittable(intoIssueId != null);
        UUID target;
        if (intoIssueId != null) {
            PetitionIssue into = issues.lock(council, intoIssueId);
            into.requireJoinable();
            target = into.id();
        } else {
            target = UUID.randomUUID();
            String text = PetitionTexts.deidentified(petition);
            issues.insert(
                    target,
                    council,
                    text.length() > 200 ? text.substring(0, 199) + "…" : text,
                    petition.field(),
                    petition.level(),
                    petition.complaint(),
                    PetitionIssue.periodOf(VnTime.today(clock)),
                    petition.demo());
        }
        petitions.moveToIssue(council, petitionId, target);
        issues.touch(council, target);
        if (from.petitionCount() <= 1) {
            issues.delete(council, from.id());
        } else {
            issues.touch(council, from.id());
        }
        duplicates.changed(council);
        events.publishEvent(AuditEvent.of(council, "petitions.issue.split", "issue", from.id())
                .with("petition", petitionId)
                .with("into", target));
        events.publishEvent(new PetitionIssueChanged(council, from.id(), "split", false));
        events.publishEvent(new PetitionIssueChanged(council, target, "split", false));
        return target;
    }

    void edit(
            CouncilId council,
            UUID id,
            @Nullable String title,
            @Nullable String field,
            @Nullable CompetentLevel level) {
        PetitionIssue issue = issues.lock(council, id);
        var problems = new InvalidInputException.Collector();
        String t = PetitionTexts.clean(title);
        if (t.isEmpty()) {
            problems.add("title", "petitions.title.required");
        } else if (t.length() > MAX_TITLE) {
            problems.add("title", "petitions.field.tooLong", MAX_TITLE);
        }
        if (field == null || properties.field(field) == null) {
            problems.add(
                    "field",
                    field == null ? "petitions.field.required" : "petitions.field.unknown",
                    String.valueOf(field));
        }
        if (level == null) {
            problems.add("level", "petitions.level.required");
        }
        problems.throwIfAny();
        issues.reclassify(
                council, id, t, Objects.requireNonNull(field), Objects.requireNonNull(level), issue.complaint());
        events.publishEvent(AuditEvent.of(council, "petitions.issue.edited", "issue", id)
                .with("title", t)
                .with("field", field)
                .with("level", level));
        events.publishEvent(new PetitionIssueChanged(council, id, "edited", false));
        if (issue.isPublished()) {
            events.publishEvent(new PublicContentChanged(council, PublicContentChanged.PETITIONS));
        }
    }
}
