package vn.hdndso.petitions.internal;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the petitions module ({@code hdnd.petitions} in application.yaml). Unverified rules
 * of DOMAIN.md are settings with the documented defaults.
 *
 * @param answerDays days a competent body has to answer (default 60)
 * @param reminderDays days before the deadline when the body is reminded (default 7)
 * @param publishWorkingDays working days after the deadline by which the answer is published (15)
 * @param autoGroupThreshold similarity from which a new petition joins an issue by itself
 * @param suggestThreshold similarity from which an issue is suggested to the clerk as a duplicate
 * @param maxContent the longest petition text accepted, in characters
 * @param perAddressPerHour public submissions one network address may make in an hour
 * @param perContactPerDay public submissions one contact (phone or e-mail) may make in a day
 * @param consentPurpose the stated purpose voters consent to, shown on the form and recorded
 * @param fields the field tree; each with a code, a name, an optional parent and keyword rules
 * @param cityKeywords words that suggest the city (province) is the competent level
 * @param centralKeywords words that suggest the central level
 * @param complaintKeywords words that mark a complaint or denunciation (the other legal track)
 */
@ConfigurationProperties("hdnd.petitions")
record PetitionsProperties(
        int answerDays,
        int reminderDays,
        int publishWorkingDays,
        double autoGroupThreshold,
        double suggestThreshold,
        int maxContent,
        int perAddressPerHour,
        int perContactPerDay,
        String consentPurpose,
        List<Field> fields,
        String cityKeywords,
        String centralKeywords,
        String complaintKeywords) {

    /** A field of the tree: "DAT_DAI", "Đất đai", no parent, "đất, sổ đỏ, ...". */
    public record Field(
            String code,
            String name,
            @Nullable String parent,
            @Nullable String keywords) {

        public List<String> keywordList() {
            return split(keywords);
        }
    }

    public static final String OTHER_FIELD = "KHAC";

    public PetitionsProperties {
        answerDays = answerDays <= 0 ? 60 : answerDays;
        reminderDays = reminderDays <= 0 ? 7 : reminderDays;
        publishWorkingDays = publishWorkingDays <= 0 ? 15 : publishWorkingDays;
        autoGroupThreshold = autoGroupThreshold <= 0 ? 0.6 : autoGroupThreshold;
        suggestThreshold = suggestThreshold <= 0 ? 0.3 : suggestThreshold;
        maxContent = maxContent <= 0 ? 5000 : maxContent;
        perAddressPerHour = perAddressPerHour <= 0 ? 30 : perAddressPerHour;
        perContactPerDay = perContactPerDay <= 0 ? 10 : perContactPerDay;
        consentPurpose = consentPurpose == null || consentPurpose.isBlank()
                ? "Tiếp nhận, phân loại, chuyển cơ quan có thẩm quyền giải quyết và trả lời kiến nghị của cử tri"
                : consentPurpose;
        fields = fields == null || fields.isEmpty()
                ? List.of(new Field(OTHER_FIELD, "Khác", null, ""))
                : List.copyOf(fields);
        cityKeywords = cityKeywords == null ? "" : cityKeywords;
        centralKeywords = centralKeywords == null ? "" : centralKeywords;
        complaintKeywords = complaintKeywords == null ? "khiếu nại, tố cáo" : complaintKeywords;
    }

    public @Nullable Field field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    public String fieldName(String code) {
        Field field = field(code);
        return field == null ? code : field.name();
    }

    static List<String> split(@Nullable String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split("[,;\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public List<String> cityKeywordList() {
        return split(cityKeywords);
    }

    public List<String> centralKeywordList() {
        return split(centralKeywords);
    }

    public List<String> complaintKeywordList() {
        return split(complaintKeywords);
    }
}
