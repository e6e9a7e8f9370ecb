package vn.hdndso.petitions;

/** Which level of government can resolve a petition. */
public enum CompetentLevel {
    COMMUNE,
    CITY,
    CENTRAL
}
