package vn.hdndso.training;

/** The level an assessment gives a delegate in a course; PROFICIENT counts towards T9's second target. */
public enum SkillLevel {
    BASIC,
    PROFICIENT;

    public String messageKey() {
        return "training.level." + name();
    }
}
