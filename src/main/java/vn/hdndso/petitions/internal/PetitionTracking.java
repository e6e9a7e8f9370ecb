package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PublicPetitionStatus;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/** What anyone holding a tracking code may see of a petition: nothing personal. */
@Component
class PetitionTracking {

    private final PetitionRepository petitions;
    private final IssueRepository issues;
    private final Councils councils;
    private final PetitionsProperties properties;
    private final TransactionTemplate transactions;

    PetitionTracking(
            PetitionRepository petitions,
            IssueRepository issues,
            Councils councils,
            PetitionsProperties properties,
            TransactionTemplate transactions) {
        this.petitions = petitions;
        this.issues = issues;
        this.councils = councils;
        this.properties = properties;
        this.transactions = transactions;
    }

    Optional<PublicPetitionStatus> track(String trackingCode) {
        Optional<String> code = TrackingCodes.parse(trackingCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Tenancy.call(
                TenantScope.allCouncils("public lookup of a petition by its tracking code"),
                () -> Objects.requireNonNull(transactions.execute(status -> petitions
                        .findByCode(code.get())
                        .flatMap(p -> issues.find(p.council(), p.issueId()).map(issue -> publicStatus(p, issue))))));
    }

    private PublicPetitionStatus publicStatus(Petition petition, PetitionIssue issue) {
        Council council = councils.require(petition.council());
        PetitionIssue.Answer answer = issue.answer();
        PetitionIssue.Publication publication = issue.publication();
        return new PublicPetitionStatus(
                TrackingCodes.display(petition.trackingCode()),
                council.slug(),
                council.name(),
                issue.status(),
                issue.field(),
                properties.fieldName(issue.field()),
                issue.level(),
                LocalDate.ofInstant(petition.receivedAt(), VnTime.ZONE),
                issue.petitionCount(),
                issue.bodyName(),
                issue.deadline(),
                answer != null && publication != null ? answer.answerClass() : null,
                answer != null && publication != null ? publication.text() : null,
                answer != null && publication != null ? answer.promisedOn() : null,
                answer != null && publication != null ? answer.answeredOn() : null,
                answer != null && publication != null
                        ? LocalDate.ofInstant(publication.publishedAt(), VnTime.ZONE)
                        : null);
    }
}
