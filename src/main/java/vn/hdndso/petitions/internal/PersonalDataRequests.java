package vn.hdndso.petitions.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.hdndso.notifications.ConsentWithdrawals;
import vn.hdndso.notifications.VoterContact;
import vn.hdndso.petitions.Petition;
import vn.hdndso.petitions.PetitionIssueChanged;
import vn.hdndso.shared.BusinessRuleException;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.shared.audit.AuditEvent;

/** The data subject's rights over a petition: see, correct, anonymise; each request audited. */
@Component
class PersonalDataRequests {

    private final PetitionRepository petitions;
    private final DuplicateFinder duplicates;
    private final ConsentWithdrawals withdrawals;
    private final PetitionErasure erasure;
    private final PetitionClassifier classifier;
    private final ApplicationEventPublisher events;

    PersonalDataRequests(
            PetitionRepository petitions,
            DuplicateFinder duplicates,
            ConsentWithdrawals withdrawals,
            PetitionErasure erasure,
            PetitionClassifier classifier,
            ApplicationEventPublisher events) {
        this.classifier = classifier;
        this.petitions = petitions;
        this.erasure = erasure;
        this.withdrawals = withdrawals;
        this.duplicates = duplicates;
        this.events = events;
    }

    List<Petition> ofContact(CouncilId council, String contact) {
        String clean = PetitionTexts.clean(contact);
        if (clean.isEmpty()) {
            throw InvalidInputException.of("contact", "petitions.contact.required");
        }
        List<Petition> found = petitions.ofContact(council, clean);
        events.publishEvent(AuditEvent.of(council, "petitions.contact.read", "contact", mask(clean))
                .with("petitions", found.size()));
        return found;
    }

    Petition correct(
            CouncilId council,
            Petition petition,
            @org.jspecify.annotations.Nullable String name,
            @org.jspecify.annotations.Nullable String contact,
            @org.jspecify.annotations.Nullable String address) {
        if (petition.anonymisedAt() != null) {
            throw new BusinessRuleException("petitions.petition.anonymised");
        }
        var problems = new InvalidInputException.Collector();
        String n = PetitionTexts.optional(problems, "submitterName", name, IntakeCheck.MAX_NAME);
        String c = PetitionTexts.optional(problems, "contact", contact, IntakeCheck.MAX_CONTACT);
        String a = PetitionTexts.optional(problems, "address", address, IntakeCheck.MAX_ADDRESS);
        problems.throwIfAny();
        petitions.correct(council, petition.id(), n, c, a);
        events.publishEvent(AuditEvent.of(council, "petitions.petition.corrected", "petition", petition.id()));
        return petitions.find(council, petition.id()).orElseThrow();
    }

    /**
     * Consent withdrawn: the data is scrubbed, nothing still waiting for the voter's contact is sent, and
     * the data is erased from every other store it reached ({@link PetitionErasure}).
     */
    Petition anonymise(CouncilId council, Petition petition) {
        UUID id = petition.id();
        VoterContact.of(petition.contact()).ifPresent(contact -> withdrawals.withdrawn(council, contact));
        petitions.anonymise(council, id, PetitionTexts.deidentified(petition));
        classifier.learnt(council); // the model must not keep the sender's words
        erasure.erase(council, petition);
        duplicates.changed(council);
        events.publishEvent(AuditEvent.of(council, "petitions.petition.anonymised", "petition", id)
                .with("trackingCode", petition.trackingCode()));
        events.publishEvent(new PetitionIssueChanged(council, petition.issueId(), "anonymised", false));
        return petitions.find(council, id).orElseThrow();
    }

    /** Masks a contact for the audit trail's subject. */
    static String mask(String contact) {
        return contact.length() <= 3 ? "***" : "***" + contact.substring(contact.length() - 3);
    }
}
