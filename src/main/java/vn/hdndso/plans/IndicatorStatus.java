package vn.hdndso.plans;

/** Where an indicator stands against its target's threshold and deadline. */
public enum IndicatorStatus {
    /** The value meets the threshold. */
    MET,
    /** Not yet met, but the trend reaches the threshold by the deadline. */
    ON_TRACK,
    /** Not met and the trend falls short by the deadline, which has not passed. */
    AT_RISK,
    /** The deadline has passed without the threshold being met. */
    NOT_MET,
    /** Nothing to measure yet (no denominator), or the data's module has not landed. */
    NO_DATA;

    public String messageKey() {
        return "indicators.status." + name();
    }
}
