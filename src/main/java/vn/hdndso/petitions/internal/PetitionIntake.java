package vn.hdndso.petitions.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.files.FileType;
import vn.hdndso.files.Files;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.petitions.DuplicateSuggestion;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionReceived;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.petitions.SubmissionsLimited;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.audit.AuditEvent;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;

/**
 * The reception desk: registers a petition from any channel in one transaction in the council's
 * staff scope — checks, spam limits, the classifier's suggestion, grouping with a duplicate issue
 * (or a new issue), the photo, the consent, the audit entry, the event and the tracking code sent to
 * the voter.
 */
@Component
class PetitionIntake {

    /** Tracking codes drawn before giving up (each collision has odds of about 1e-15). */
    static final int CODE_ATTEMPTS = 5;

    private final PetitionRepository petitions;
    private final IssueRepository issues;
    private final PetitionClassifier classifier;
    private final DuplicateFinder duplicates;
    private final SubmissionLimits limits;
    private final VoterMessages messages;
    private final PetitionsProperties properties;
    private final ZaloAccounts zalo;
    private final CouncilAreas areas;
    private final Files files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PetitionIntake(
            PetitionRepository petitions,
            IssueRepository issues,
            PetitionClassifier classifier,
            DuplicateFinder duplicates,
            SubmissionLimits limits,
            VoterMessages messages,
            PetitionsProperties properties,
            ZaloAccounts zalo,
            CouncilAreas areas,
            Files files,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.petitions = petitions;
        this.issues = issues;
        this.classifier = classifier;
        this.duplicates = duplicates;
        this.limits = limits;
        this.messages = messages;
        this.properties = properties;
        this.zalo = zalo;
        this.areas = areas;
        this.files = files;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    Petitions.Receipt submit(CouncilId council, NewPetition petition, boolean demo) {
        IntakeCheck.Checked checked = IntakeCheck.check(petition, properties.maxContent(), VnTime.today(clock));
        String clientAddress = petition.origin().clientAddress();
        if (petition.channel().needsConsent() && clientAddress != null && !limits.tryAcquire(clientAddress)) {
            throw new SubmissionsLimited("content", "petitions.submit.tooMany");
        }
        return Tenancy.call(
                TenantScope.staffOf(council),
                () -> Objects.requireNonNull(
                        transactions.execute(status -> register(council, petition, checked, demo))));
    }

    private Petitions.Receipt register(
            CouncilId council, NewPetition petition, IntakeCheck.Checked checked, boolean demo) {
        String sourceKey = petition.origin().sourceKey();
        if (sourceKey != null && petitions.sourceKeyTaken(council, sourceKey)) {
            throw new BusinessRuleException("sourceKey", "petitions.import.duplicate");
        }
        Instant now = Instant.now(clock);
        if (petition.channel().needsConsent() && checked.contact() != null) {
            int recent = petitions.countFromContactSince(council, checked.contact(), now.minus(Duration.ofDays(1)));
            if (recent >= properties.perContactPerDay()) {
                throw new SubmissionsLimited("contact", "petitions.submit.tooManyFromContact");
            }
        }
        FieldModel.Suggestion suggestion = classifier.suggest(council, checked.content());
        // read once for the look-up and, after the commit, for the council's duplicate index
        Likeness.@Nullable Profile profile = suggestion.complaint() ? null : Likeness.Profile.of(checked.content());
        List<DuplicateSuggestion> similar =
                profile == null ? List.of() : duplicates.similar(council, profile, properties.autoGroupThreshold(), 1);
        boolean grouped = !similar.isEmpty();
        UUID issueId = grouped ? similar.get(0).issueId() : openIssue(council, checked, suggestion, demo);
        String clientAddress = petition.origin().clientAddress();
        String addressHash = clientAddress == null ? null : limits.hash(clientAddress);
        @Nullable UUID photoId = photo(council, petition.photo());
        Petition record = record(council, petition, checked, suggestion, issueId, photoId, now, demo);
        // the code is unique across councils: on the rare collision (odds ~1e-15) draw another one
        for (int attempt = 1; !petitions.insert(record, sourceKey, addressHash, CurrentUser.describe()); attempt++) {
            if (attempt >= CODE_ATTEMPTS) {
                throw new IllegalStateException("no free tracking code after " + CODE_ATTEMPTS + " attempts");
            }
            record = record(council, petition, checked, suggestion, issueId, photoId, now, demo);
        }
        if (grouped) {
            // late in the transaction: the issue's row stays locked from here to the commit
            issues.joined(council, issueId);
        }
        if (profile != null) {
            duplicates.added(council, issueId, profile);
        }
        events.publishEvent(new PetitionReceived(council, record.petitionId(), record.petitionIssueId()));
        events.publishEvent(AuditEvent.of(council, "petitions.petition.received", "petition", record.id())
                .with("trackingCode", record.trackingCode())
                .with("channel", record.channel())
                .with("issue", issueId)
                .with("grouped", grouped)
                .with("personalData", record.hasPersonalData())
                .with("outsideArea", record.outsideArea())
                .with("consent", record.consentPurpose() == null ? "" : record.consentPurpose()));
        messages.received(record);
        return new Petitions.Receipt(
                record.trackingCode(),
                record.id(),
                issueId,
                record.field(),
                record.level(),
                record.complaint(),
                grouped,
                record.outsideArea());
    }

    private UUID openIssue(
            CouncilId council, IntakeCheck.Checked checked, FieldModel.Suggestion suggestion, boolean demo) {
        UUID issueId = UUID.randomUUID();
        String text = Deidentifier.scrub(
                checked.content(),
                checked.name() == null ? List.of() : List.of(checked.name()),
                checked.address() == null ? List.of() : List.of(checked.address()));
        issues.insert(
                issueId,
                council,
                PetitionTexts.title(text),
                suggestion.field(),
                suggestion.level(),
                suggestion.complaint(),
                PetitionIssue.periodOf(VnTime.today(clock)),
                demo,
                1);
        return issueId;
    }

    private Petition record(
            CouncilId council,
            NewPetition petition,
            IntakeCheck.Checked checked,
            FieldModel.Suggestion suggestion,
            UUID issueId,
            @Nullable UUID photoId,
            Instant now,
            boolean demo) {
        LocalDate receivedOn = petition.origin().receivedOn();
        Instant receivedAt = receivedOn == null
                ? now
                : receivedOn.atTime(8, 0).atZone(VnTime.ZONE).toInstant();
        boolean consent = petition.consent() && (petition.channel().needsConsent() || checked.contact() != null);
        Double latitude = petition.location().latitude();
        Double longitude = petition.location().longitude();
        boolean outsideArea =
                latitude != null && longitude != null && !areas.of(council).contains(latitude, longitude);
        return new Petition(
                UUID.randomUUID(),
                council,
                TrackingCodes.next(),
                issueId,
                petition.origin().meetingId(),
                petition.channel(),
                checked.content(),
                checked.area(),
                new Petition.PersonalData(checked.name(), checked.contact(), checked.address(), latitude, longitude),
                photoId,
                consent ? new Petition.Consent(consentPurpose(petition.channel()), now) : Petition.Consent.NONE,
                new Petition.Classification(suggestion.field(), suggestion.level(), suggestion.complaint(), false),
                new Petition.Suggestion(suggestion.field(), suggestion.level(), suggestion.score()),
                receivedAt,
                null,
                demo,
                outsideArea);
    }

    /** A voter who writes to the council's Zalo OA asks for the answer there: the purpose says so. */
    private String consentPurpose(PetitionChannel channel) {
        return channel == PetitionChannel.ZALO ? zalo.purpose() : properties.consentPurpose();
    }

    private @Nullable UUID photo(CouncilId council, NewPetition.@Nullable Photo photo) {
        if (photo == null || photo.bytes().length == 0) {
            return null;
        }
        // never the voter's own file name: it may name them, and the files module writes the name
        // into the audit trail, which is append-only (PetitionAnonymisationIntegrationTest)
        return files.store(
                        council,
                        "anh-kien-nghi",
                        new ByteArrayInputStream(photo.bytes()),
                        EnumSet.of(FileType.PNG, FileType.JPEG))
                .id()
                .value();
    }
}
