package vn.hdndso.plans;

/** A plan version's state: read and under review, confirmed by the clerk, or replaced by an amendment. */
public enum PlanState {
    DRAFT,
    CONFIRMED,
    SUPERSEDED
}
