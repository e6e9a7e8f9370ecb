package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.DuplicateSuggestion;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionClassified;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.PublicPetitionStatus;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.NotFoundException;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.web.Page;

/**
 * {@link Petitions}: reads and the clerk's classification here; intake, tracking and the data
 * subject's requests in their own classes.
 */
@Service
class PetitionOffice implements Petitions {

    private final PetitionIntake intake;
    private final PetitionTracking tracking;
    private final PersonalDataRequests personalData;
    private final PetitionRepository petitions;
    private final IssueRepository issues;
    private final DuplicateFinder duplicates;
    private final PetitionsProperties properties;
    private final PetitionClassifier classifier;
    private final ApplicationEventPublisher events;

    PetitionOffice(
            PetitionIntake intake,
            PetitionTracking tracking,
            PersonalDataRequests personalData,
            PetitionRepository petitions,
            IssueRepository issues,
            DuplicateFinder duplicates,
            PetitionsProperties properties,
            PetitionClassifier classifier,
            ApplicationEventPublisher events) {
        this.classifier = classifier;
        this.intake = intake;
        this.tracking = tracking;
        this.personalData = personalData;
        this.petitions = petitions;
        this.issues = issues;
        this.duplicates = duplicates;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public String consentPurpose() {
        return properties.consentPurpose();
    }

    @Override
    public Receipt submit(CouncilId council, NewPetition petition) {
        return intake.submit(council, petition, false);
    }

    @Override
    public Receipt submit(CouncilId council, NewPetition petition, boolean demo) {
        return intake.submit(council, petition, demo);
    }

    @Override
    public Optional<PublicPetitionStatus> track(String trackingCode) {
        return tracking.track(trackingCode);
    }

    @Override
    @Transactional
    public Petition require(CouncilId council, UUID id) {
        Petition petition = find(council, id);
        if (petition.hasPersonalData()) {
            events.publishEvent(AuditEvent.of(council, "petitions.petition.read", "petition", id)
                    .with("trackingCode", petition.trackingCode()));
        }
        return petition;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Petition> list(CouncilId council, boolean unclassifiedOnly, Page.Request request) {
        int size = request.sizeOr(50);
        int page = request.pageOrDefault();
        List<Petition> items = petitions.list(council, unclassifiedOnly, page * size, size).stream()
                .map(PetitionTexts::withoutPersonalData)
                .toList();
        return new Page<>(items, page, size, petitions.count(council, unclassifiedOnly));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Petition> ofIssue(CouncilId council, UUID issueId) {
        return petitions.ofIssue(council, issueId).stream()
                .map(PetitionTexts::withoutPersonalData)
                .toList();
    }

    @Override
    @Transactional
    public Petition classify(
            CouncilId council,
            UUID id,
            @Nullable String field,
            @Nullable CompetentLevel level,
            @Nullable Boolean complaint) {
        Petition petition = find(council, id);
        var problems = new InvalidInputException.Collector();
        if (field == null || field.isBlank()) {
            problems.add("field", "petitions.field.required");
        } else if (properties.field(field) == null) {
            problems.add("field", "petitions.field.unknown", field);
        }
        if (level == null) {
            problems.add("level", "petitions.level.required");
        }
        problems.throwIfAny();
        String f = Objects.requireNonNull(field);
        CompetentLevel l = Objects.requireNonNull(level);
        boolean isComplaint = complaint == null ? petition.complaint() : complaint;
        petitions.classify(council, id, f, l, isComplaint);
        classifier.learnt(council);
        List<Petition> members = petitions.ofIssue(council, petition.issueId());
        if (members.size() == 1 || members.get(0).id().equals(id)) {
            PetitionIssue issue = issues.find(council, petition.issueId()).orElseThrow();
            issues.reclassify(council, issue.id(), issue.title(), f, l, isComplaint);
        }
        boolean corrected = !f.equals(petition.suggestedField()) || l != petition.suggestedLevel();
        events.publishEvent(new PetitionClassified(council, id, petition.issueId(), f, l, corrected, false));
        events.publishEvent(AuditEvent.of(council, "petitions.petition.classified", "petition", id)
                .with("field", f)
                .with("level", l)
                .with("complaint", isComplaint)
                .with("suggested", petition.suggestedField() + "/" + petition.suggestedLevel()));
        return find(council, id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DuplicateSuggestion> duplicatesOf(CouncilId council, UUID id) {
        Petition petition = find(council, id);
        return duplicates.similar(council, petition.content(), properties.suggestThreshold(), 6).stream()
                .filter(s -> !s.issueId().equals(petition.issueId()))
                .toList();
    }

    @Override
    @Transactional
    public List<Petition> ofContact(CouncilId council, String contact) {
        return personalData.ofContact(council, contact);
    }

    @Override
    @Transactional
    public Petition correct(
            CouncilId council, UUID id, @Nullable String name, @Nullable String contact, @Nullable String address) {
        return personalData.correct(council, find(council, id), name, contact, address);
    }

    @Override
    @Transactional
    public Petition anonymise(CouncilId council, UUID id) {
        return personalData.anonymise(council, find(council, id));
    }

    private Petition find(CouncilId council, UUID id) {
        return petitions.find(council, id).orElseThrow(() -> new NotFoundException("petitions.petition.notFound", id));
    }
}
