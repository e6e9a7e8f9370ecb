package vn.hdndso.indicators;

/**
 * The eleven measurable targets of the plans under Resolution 57-NQ/TW (PRODUCT.md T1–T11; T12, the
 * KPI set and its reports, is this module itself). Definitions: docs/indicators.md.
 */
public enum IndicatorCode {
    /** Signed-electronic share of the documents issued. */
    T1,
    /** Digital share of the documents on session agendas. */
    T2,
    /** Share of sessions with a recording. */
    T3,
    /** Online or hybrid share of voter-contact meetings. */
    T4,
    /** Petition channels in use, petitions per channel. */
    T5,
    /** Classified and aggregated shares of petitions. */
    T6,
    /** Published share of resolutions, oversight results and activity reports; days to publish. */
    T7,
    /** Budget, planning and project datasets kept current against their update schedule. */
    T8,
    /** Trained and proficient shares of delegates. */
    T9,
    /** Bodies connected and exchanges with them. */
    T10,
    /** Oversight commitments met on time. */
    T11;

    /** The message key of the indicator's short name ({@code indicator.T1.name}). */
    public String nameKey() {
        return "indicator." + name() + ".name";
    }
}
