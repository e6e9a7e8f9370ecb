package vn.hdndso.petitions;

import java.util.UUID;

/**
 * The one owner of the addresses of the petitions module's pages: other modules (search, the
 * sitemap, Open311) and this module's own controllers link to petitions through these methods only.
 * Paths are relative to the site's root; a council is named by its slug.
 */
public final class PetitionLinks {

    private PetitionLinks() {}

    /** The public list of a council's published answers. */
    public static String publicAnswers(String councilSlug) {
        return "/" + councilSlug + "/kien-nghi/tra-loi";
    }

    /** The public page of a published answer. */
    public static String publicAnswer(String councilSlug, UUID issueId) {
        return publicAnswers(councilSlug) + "/" + issueId;
    }

    /** The public page where a voter follows a petition by its tracking code. */
    public static String tracking(String councilSlug, String trackingCode) {
        return "/" + councilSlug + "/kien-nghi/tra-cuu/" + trackingCode;
    }

    /** The staff page of a petition issue. */
    public static String staffIssue(String councilSlug, UUID issueId) {
        return "/app/councils/" + councilSlug + "/petitions/issues/" + issueId;
    }

    /** The staff page of a voter-contact meeting. */
    public static String staffMeeting(String councilSlug, UUID meetingId) {
        return "/app/councils/" + councilSlug + "/petitions/meetings/" + meetingId;
    }

    /** The API resource of a petition, by its tracking code. */
    public static String apiPetition(String trackingCode) {
        return "/api/v1/petitions/" + trackingCode;
    }
}
