package vn.hdndso.plans;

/**
 * The twelve targets every council's plan under Resolution 57-NQ/TW sets (PRODUCT.md): a plan words
 * and orders them its own way, and the product maps each of its targets to one of these by meaning.
 */
public enum TargetCode {
    /** Documents issued, stored and processed electronically, with digital signatures. */
    T1,
    /** Session documents provided digitally. */
    T2,
    /** Sessions recorded and archived, moving to live streaming. */
    T3,
    /** Voter-contact meetings online or hybrid. */
    T4,
    /** An official channel where voters send petitions any time. */
    T5,
    /** Voters' petitions aggregated, classified and stored in a database. */
    T6,
    /** Resolutions, oversight results and activity reports published. */
    T7,
    /** Planning, budget and investment-project data kept current for the public. */
    T8,
    /** Delegates trained in digital skills, a share of them proficient. */
    T9,
    /** Data connected and shared with the People's Committee, the Fatherland Front and others. */
    T10,
    /** Oversight and interpellation on digital transformation. */
    T11,
    /** A KPI set and periodic reports. */
    T12
}
