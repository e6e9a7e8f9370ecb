package vn.hdndso.petitions;

/** The kind of body a petition issue is transferred to. */
public enum CompetentBodyKind {
    /** A unit of the commune's People's Committee (from the council's executive units). */
    EXECUTIVE_UNIT,
    /** The city (province). */
    CITY,
    /** Another agency, named by the clerk. */
    AGENCY
}
