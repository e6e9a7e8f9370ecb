package vn.hdndso.petitions.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionChannel;
import vn.hdndso.shared.InvalidInputException;

/**
 * The checks of a petition on intake, whatever its channel: every problem together, each naming its
 * field. A filled form trap (honeypot) is refused at once.
 */
final class IntakeCheck {

    static final int MAX_NAME = 200;
    static final int MAX_CONTACT = 200;
    static final int MAX_ADDRESS = 300;
    private static final int MAX_AREA = 200;
    private static final int MAX_PHOTO = 8 * 1024 * 1024;
    private static final String CONTACT = "(?U)[+0-9 .()-]{8,20}|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** A Zalo follower, "zalo:" and the user id the OA's webhook gave: only on the Zalo channel. */
    private static final String ZALO_CONTACT = "zalo:[0-9]{1,40}";

    private IntakeCheck() {}

    /** A petition that passed the checks: its text and the sender's data, cleaned. */
    record Checked(
            String content,
            @Nullable String name,
            @Nullable String contact,
            @Nullable String address,
            String area) {}

    static Checked check(NewPetition petition, int maxContent, LocalDate today) {
        var problems = new InvalidInputException.Collector();
        if (!PetitionTexts.clean(petition.origin().honeypot()).isEmpty()) {
            throw InvalidInputException.of("content", "petitions.submit.rejected");
        }
        String content = PetitionTexts.clean(petition.content());
        if (content.isEmpty()) {
            problems.add("content", "petitions.content.required");
        } else if (content.length() > maxContent) {
            problems.add("content", "petitions.content.tooLong", maxContent, content.length());
        } else if (PetitionTexts.letters(content) < 5) {
            problems.add("content", "petitions.content.tooShort");
        }
        NewPetition.Submitter submitter = petition.submitter();
        String name = PetitionTexts.optional(problems, "submitterName", submitter.name(), MAX_NAME);
        String contact = PetitionTexts.optional(problems, "contact", submitter.contact(), MAX_CONTACT);
        String address = PetitionTexts.optional(problems, "address", submitter.address(), MAX_ADDRESS);
        String area = PetitionTexts.optional(problems, "area", submitter.area(), MAX_AREA);
        if (petition.channel().needsConsent() && !petition.consent()) {
            problems.add("consent", "petitions.consent.required");
        }
        boolean zalo = petition.channel() == PetitionChannel.ZALO;
        if (contact != null && !contact.matches(zalo ? ZALO_CONTACT : CONTACT)) {
            problems.add("contact", "petitions.contact.invalid");
        }
        Double latitude = petition.location().latitude();
        Double longitude = petition.location().longitude();
        if ((latitude == null) != (longitude == null)) {
            problems.add("latitude", "petitions.location.incomplete");
        } else if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(Objects.requireNonNull(longitude)) > 180)) {
            problems.add("latitude", "petitions.location.invalid");
        }
        NewPetition.Photo photo = petition.photo();
        if (photo != null && photo.bytes().length > MAX_PHOTO) {
            problems.add("photo", "petitions.photo.tooLarge", MAX_PHOTO / (1024 * 1024));
        }
        LocalDate receivedOn = petition.origin().receivedOn();
        if (receivedOn != null && receivedOn.isAfter(today)) {
            problems.add("receivedOn", "petitions.receivedOn.future");
        }
        problems.throwIfAny();
        return new Checked(content, name, contact, address, area == null ? "" : area);
    }
}
