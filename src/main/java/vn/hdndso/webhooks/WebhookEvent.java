package vn.hdndso.webhooks;

import java.util.Arrays;
import java.util.Optional;

/**
 * The events a subscription may ask for, by the names of the contract ({@link #wireName()}, the
 * {@code event} of a payload and the {@code X-HDND-Event} header).
 */
public enum WebhookEvent {
    /** An outgoing document was issued and is public (restricted documents are never delivered). */
    DOCUMENT_ISSUED("DocumentIssued"),
    /** A public issued document was recalled. */
    DOCUMENT_RECALLED("DocumentRecalled"),
    /** A petition issue went to a competent body with a deadline. */
    PETITION_ISSUE_TRANSFERRED("PetitionIssueTransferred"),
    /** The competent body answered a petition issue (the answer is not public yet). */
    PETITION_ISSUE_ANSWERED("PetitionIssueAnswered"),
    /** An answer was published on the council's site, de-identified. */
    ANSWER_PUBLISHED("AnswerPublished"),
    /** A session was convened. */
    SESSION_CONVENED("SessionConvened"),
    /** A resolution (Nghị quyết, type NQ) was issued; also delivered as {@link #DOCUMENT_ISSUED}. */
    RESOLUTION_ISSUED("ResolutionIssued");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The event of a name as the contract writes it; empty for an unknown name. */
    public static Optional<WebhookEvent> ofWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }

    /** The message key of the event's name on the pages. */
    public String messageKey() {
        return "webhooks.event." + wireName;
    }
}
