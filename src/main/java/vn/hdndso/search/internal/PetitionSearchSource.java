package vn.hdndso.search.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.AnswerPublished;
import vn.hdndso.petitions.IssueAnswered;
import vn.hdndso.petitions.IssueOverdue;
import vn.hdndso.petitions.IssueTransferred;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionClassified;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssueChanged;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionLinks;
import vn.hdndso.petitions.PetitionReceived;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.search.SearchItem;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * The petitions module's items, one pair per petition issue:
 *
 * <ul>
 *   <li>{@code petition}: the issue as the staff work on it (title, the de-identified text of its
 *       petitions, the competent body, the published answer), for the council's {@code CLERK} and
 *       {@code COUNCIL_ADMIN}, and the {@code EXECUTIVE_OFFICER}s of the People's Committee unit it
 *       was transferred to (who see its issue page; officers of other units do not). Never a
 *       name, contact or address: the petitions' text comes scrubbed from the module's API
 *       ({@link Petitions#ofIssue}), and the unpublished answer (which the body wrote freely) is
 *       left out;
 *   <li>{@code answer}: once published, the de-identified answer, public, at the public answer
 *       page.
 * </ul>
 *
 * The field (lĩnh vực) of the issue is the {@code field} filter.
 */
@Component
class PetitionSearchSource implements SearchSource {

    static final String PETITION = "petition";
    static final String ANSWER = "answer";
    /** The change of {@link PetitionIssueChanged} when one of the issue's petitions was anonymised. */
    static final String ANONYMISED = "anonymised";
    /** Change kinds: a petition issue changed; one was anonymised (its old text must leave the files). */
    static final String ISSUE = "petition-issue";

    static final String ANONYMISED_ISSUE = "petition-issue-anonymised";

    static final Set<String> PETITION_STAFF = Set.of("CLERK", "COUNCIL_ADMIN");
    private static final int SLICE = 200;

    private final PetitionIssues issues;
    private final Petitions petitions;
    private final Councils councils;
    private final SearchIndexer indexer;
    private final SearchChangeLog changes;

    PetitionSearchSource(
            PetitionIssues issues,
            Petitions petitions,
            Councils councils,
            SearchIndexer indexer,
            SearchChangeLog changes) {
        this.issues = issues;
        this.petitions = petitions;
        this.councils = councils;
        this.indexer = indexer;
        this.changes = changes;
    }

    @Override
    public Set<String> types() {
        return Set.of(PETITION, ANSWER);
    }

    @EventListener
    void on(PetitionReceived event) {
        changes.record(event.council(), ISSUE, event.issueId().value().toString());
    }

    @EventListener
    void on(PetitionClassified event) {
        changes.record(event.council(), ISSUE, event.issueId().toString());
    }

    @EventListener
    void on(IssueTransferred event) {
        changes.record(event.council(), ISSUE, event.issueId().toString());
    }

    @EventListener
    void on(IssueAnswered event) {
        changes.record(event.council(), ISSUE, event.issueId().toString());
    }

    @EventListener
    void on(IssueOverdue event) {
        changes.record(event.council(), ISSUE, event.issueId().toString());
    }

    @EventListener
    void on(AnswerPublished event) {
        changes.record(event.council(), ISSUE, event.issueId().toString());
    }

    @EventListener
    void on(PetitionIssueChanged event) {
        changes.record(
                event.council(),
                ANONYMISED.equals(event.change()) ? ANONYMISED_ISSUE : ISSUE,
                event.issueId().toString());
    }

    @Override
    public Set<String> changeKinds() {
        return Set.of(ISSUE, ANONYMISED_ISSUE);
    }

    @Override
    public void reload(SearchChangeLog.Change change) {
        refresh(change.council(), UUID.fromString(change.id()));
        if (ANONYMISED_ISSUE.equals(change.kind())) {
            // the replaced item's old text stays in the segment files until they are merged
            indexer.expungeReplaced();
        }
    }

    /** Both items of the issue, read again; an issue merged away leaves the index. */
    private void refresh(CouncilId council, UUID issueId) {
        indexer.refresh(
                council,
                SearchItem.key(PETITION, issueId.toString()),
                () -> find(council, issueId).map(issue -> staffItem(councils.require(council), issue)));
        indexer.refresh(
                council,
                SearchItem.key(ANSWER, issueId.toString()),
                () -> find(council, issueId)
                        .filter(PetitionIssue::isPublished)
                        .map(issue -> answerItem(councils.require(council), issue)));
    }

    private Optional<PetitionIssue> find(CouncilId council, UUID issueId) {
        try {
            return Optional.of(issues.require(council, issueId));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public void forEach(Council council, Consumer<SearchItem> sink) {
        for (int page = 0; ; page++) {
            Page<PetitionIssue> slice =
                    issues.list(council.id(), PetitionIssues.Filter.all(), new Page.Request(page, SLICE));
            for (PetitionIssue issue : slice.items()) {
                sink.accept(staffItem(council, issue));
                if (issue.isPublished()) {
                    sink.accept(answerItem(council, issue));
                }
            }
            if (slice.items().size() < SLICE) {
                break;
            }
        }
    }

    private SearchItem staffItem(Council council, PetitionIssue issue) {
        var text = new StringBuilder();
        List<Petition> members = petitions.ofIssue(council.id(), issue.id());
        for (Petition p : members) {
            // ofIssue hands the petitions without personal data, their text scrubbed of the voter's
            // name, address, phone numbers and e-mail addresses
            text.append(p.content()).append('\n');
        }
        if (issue.bodyName() != null) {
            text.append(issue.bodyName()).append('\n');
        }
        if (issue.publishedText() != null) {
            text.append(issue.publishedText());
        }
        return new SearchItem(
                PETITION,
                issue.id().toString(),
                council.id(),
                issue.title(),
                text.toString().strip(),
                LocalDate.ofInstant(issue.createdAt(), VnTime.ZONE),
                issues.fieldName(issue.field()),
                false,
                audience(issue),
                PetitionLinks.staffIssue(council.slug(), issue.id()));
    }

    /** The council's clerks and admins; the officers of the unit it was transferred to, if any. */
    private static Set<String> audience(PetitionIssue issue) {
        UUID unit = issue.executiveUnitId();
        if (unit == null) {
            return PETITION_STAFF;
        }
        return Set.of("CLERK", "COUNCIL_ADMIN", SearchItem.unitAudience(unit));
    }

    private SearchItem answerItem(Council council, PetitionIssue issue) {
        LocalDate published = LocalDate.ofInstant(java.util.Objects.requireNonNull(issue.publishedAt()), VnTime.ZONE);
        return new SearchItem(
                ANSWER,
                issue.id().toString(),
                council.id(),
                issue.title(),
                issue.publishedText() == null ? "" : issue.publishedText(),
                published,
                issues.fieldName(issue.field()),
                true,
                Set.of(),
                PetitionLinks.publicAnswer(council.slug(), issue.id()));
    }
}
