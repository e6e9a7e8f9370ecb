package vn.hdndso.petitions;

/** Too many public submissions from one network address or one contact: try again later (429). */
public class SubmissionsLimited extends vn.hdndso.shared.BusinessRuleException {

    public SubmissionsLimited(String field, String messageKey) {
        super(field, messageKey);
    }
}
