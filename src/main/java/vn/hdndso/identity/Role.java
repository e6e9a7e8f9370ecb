package vn.hdndso.identity;

/** What a user may do in their council. The public needs no account. */
public enum Role {
    /** Administers the whole installation: every council. */
    CITY_ADMIN,
    /** The standing committee: runs the council, approves, signs. */
    COUNCIL_ADMIN,
    /** Council office clerk (văn thư, chuyên viên). */
    CLERK,
    /** Member of a committee (Ban). */
    COMMITTEE_MEMBER,
    /** Delegate (đại biểu) of the current term. */
    DELEGATE,
    /** People's Committee officer who answers petitions and questions. */
    EXECUTIVE_OFFICER,
    /** Fatherland Front officer (MTTQ). */
    FRONT_OFFICER,
    /** Another system, through an API key. */
    API_CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

    /** Roles that work in the staff workspace of a council. */
    public boolean isStaff() {
        return this != API_CLIENT;
    }
}
