package vn.hdndso.plans;

/** How often a plan asks for a report ("Định kỳ 6 tháng, hằng năm hoặc đột xuất"). */
public enum ReportingFrequency {
    SEMI_ANNUAL,
    ANNUAL,
    AD_HOC
}
