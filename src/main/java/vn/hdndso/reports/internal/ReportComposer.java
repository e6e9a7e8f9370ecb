package vn.hdndso.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.hdndso.documents.PlaceAndDate;
import vn.hdndso.indicators.IndicatorCode;
import vn.hdndso.plans.IndicatorStatus;
import vn.hdndso.plans.PlanReading;
import vn.hdndso.plans.ResponsibleBody;
import vn.hdndso.plans.TargetProgress;
import vn.hdndso.plans.Threshold;
import vn.hdndso.reports.ReportingPeriods;
import vn.hdndso.reports.internal.ReportContent.IndicatorRow;
import vn.hdndso.reports.internal.ReportContent.TargetResult;

/**
 * Writes the words of a standing committee's report from its facts: each target's result as a
 * sentence from its figures, the table, the shortcomings from the targets at risk or not met, the
 * next tasks from the plan. A value without data is written "chưa có số liệu", never 0 %. The
 * report is a Vietnamese administrative document (Decree 30), so its words are Vietnamese whatever
 * the reader's language.
 */
final class ReportComposer {

    static final String NO_DATA = "chưa có số liệu";
    static final String STANDING_SYMBOL = "TTHĐND";
    private static final int MAX_TASKS = 12;
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<IndicatorStatus> WEAK = EnumSet.of(IndicatorStatus.AT_RISK, IndicatorStatus.NOT_MET);

    /** The Vietnamese names of the indicators, where the indicators' own names are not at hand. */
    static final Map<IndicatorCode, String> DEFAULT_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(IndicatorCode.T1, "Văn bản phát hành điện tử, có chữ ký số"),
            Map.entry(IndicatorCode.T2, "Tài liệu kỳ họp cung cấp dưới dạng số"),
            Map.entry(IndicatorCode.T3, "Kỳ họp được ghi hình, lưu trữ"),
            Map.entry(IndicatorCode.T4, "Hội nghị tiếp xúc cử tri trực tuyến hoặc kết hợp"),
            Map.entry(IndicatorCode.T5, "Kiến nghị cử tri nhận qua kênh chính thức"),
            Map.entry(IndicatorCode.T6, "Kiến nghị cử tri được phân loại, tổng hợp"),
            Map.entry(IndicatorCode.T7, "Nghị quyết, kết quả giám sát, báo cáo được công khai"),
            Map.entry(IndicatorCode.T8, "Dữ liệu quy hoạch, ngân sách, dự án được cập nhật"),
            Map.entry(IndicatorCode.T9, "Đại biểu được bồi dưỡng kỹ năng số"),
            Map.entry(IndicatorCode.T10, "Kết nối, chia sẻ dữ liệu với UBND, MTTQ và cơ quan khác"),
            Map.entry(IndicatorCode.T11, "Cam kết sau giám sát, chất vấn thực hiện đúng hạn")));

    /** What each indicator counts, for "12/14 văn bản". */
    private static final Map<IndicatorCode, String> UNITS = new EnumMap<>(Map.ofEntries(
            Map.entry(IndicatorCode.T1, "văn bản"),
            Map.entry(IndicatorCode.T2, "tài liệu"),
            Map.entry(IndicatorCode.T3, "kỳ họp"),
            Map.entry(IndicatorCode.T4, "hội nghị"),
            Map.entry(IndicatorCode.T5, "kênh tiếp nhận"),
            Map.entry(IndicatorCode.T6, "kiến nghị"),
            Map.entry(IndicatorCode.T7, "văn bản"),
            Map.entry(IndicatorCode.T8, "bộ dữ liệu"),
            Map.entry(IndicatorCode.T9, "đại biểu"),
            Map.entry(IndicatorCode.T10, "cơ quan"),
            Map.entry(IndicatorCode.T11, "cam kết")));

    private ReportComposer() {}

    static ReportContent compose(ReportFacts facts) {
        String council = lowerFirst(facts.councilName());
        List<TargetResult> results = new ArrayList<>();
        List<IndicatorRow> table = new ArrayList<>();
        int number = 1;
        for (TargetProgress progress : facts.progress()) {
            results.add(result(number++, progress, facts));
            table.add(row(progress, facts));
        }
        return new ReportContent(
                List.of("HĐND " + facts.councilName().toUpperCase(VI), "THƯỜNG TRỰC"),
                "Số:        /BC-" + STANDING_SYMBOL,
                PlaceAndDate.placeOf(facts.councilName()) + ", ngày … tháng … năm …",
                "BÁO CÁO",
                subject(facts),
                introduction(facts, council),
                results,
                table,
                shortcomings(facts),
                nextTasks(facts, council),
                recipients(facts, council),
                "TM. THƯỜNG TRỰC HĐND",
                "CHỦ TỊCH");
    }

    /** The subject line: "Kết quả thực hiện Kế hoạch chuyển đổi số 6 tháng đầu năm 2026". */
    static String subject(ReportFacts facts) {
        return "Kết quả thực hiện Kế hoạch chuyển đổi số " + ReportingPeriods.phrase(facts.period());
    }

    private static List<String> introduction(ReportFacts facts, String council) {
        List<String> paragraphs = new ArrayList<>();
        String span = "(từ ngày " + DAY.format(facts.period().start()) + " đến ngày "
                + DAY.format(facts.period().end()) + ")";
        var plan = facts.plan();
        if (plan == null) {
            paragraphs.add("HĐND " + council + " chưa có kế hoạch chuyển đổi số được xác nhận trên hệ thống; các chỉ"
                    + " tiêu dưới đây được đối chiếu với mục tiêu của Nghị quyết số 57-NQ/TW. Thường trực HĐND "
                    + council + " báo cáo kết quả " + ReportingPeriods.phrase(facts.period()) + " " + span
                    + " như sau:");
        } else {
            String which = plan.number() == null ? "Kế hoạch" : "Kế hoạch số " + plan.number();
            paragraphs.add("Thực hiện " + which + " của Thường trực HĐND " + council + " về "
                    + lowerFirst(plan.title().strip()) + ", Thường trực HĐND " + council
                    + " báo cáo kết quả thực hiện " + ReportingPeriods.phrase(facts.period()) + " " + span
                    + " như sau:");
        }
        String source = "Số liệu được tổng hợp từ dữ liệu của HĐND " + council
                + " trên hệ thống HĐND số, tính đến ngày " + DAY.format(facts.asOf()) + ".";
        boolean anyData = facts.progress().stream().anyMatch(ReportComposer::hasData);
        paragraphs.add(anyData ? source : source + " Trong kỳ báo cáo " + NO_DATA + " cho chỉ tiêu nào.");
        return paragraphs;
    }

    private static TargetResult result(int number, TargetProgress progress, ReportFacts facts) {
        IndicatorCode code = progress.code();
        String heading = number + ". " + name(code, facts) + " (" + code + ")";
        String target = progress.targetText() == null
                ? "Mục tiêu (theo Nghị quyết số 57-NQ/TW): " + threshold(progress.threshold()) + deadline(progress)
                : "Mục tiêu: " + progress.targetText().strip() + deadline(progress);
        String result = "Kết quả: " + (hasData(progress) ? figure(progress) : NO_DATA);
        String assessment = "Đánh giá: " + statusWords(progress.status());
        return new TargetResult(heading, target, result, assessment, projection(progress));
    }

    private static IndicatorRow row(TargetProgress progress, ReportFacts facts) {
        String value = hasData(progress) ? shortFigure(progress) : upperFirst(NO_DATA);
        String target = threshold(progress.threshold())
                + (progress.deadline() == null ? "" : ", hạn " + DAY.format(progress.deadline()));
        return new IndicatorRow(
                progress.code().name(),
                name(progress.code(), facts),
                value,
                upperFirst(target),
                upperFirst(statusWords(progress.status())));
    }

    private static List<String> shortcomings(ReportFacts facts) {
        List<String> sentences = new ArrayList<>();
        for (TargetProgress progress : facts.progress()) {
            if (!WEAK.contains(progress.status()) || !hasData(progress)) {
                continue;
            }
            String name = name(progress.code(), facts) + " (" + progress.code() + ")";
            boolean qualitative = progress.threshold().isQualitative();
            String goal = qualitative ? "" : " " + threshold(progress.threshold());
            if (progress.status() == IndicatorStatus.NOT_MET) {
                sentences.add(name + " đạt " + figure(progress) + ", không đạt mục tiêu" + goal
                        + (progress.deadline() == null ? "" : " đặt ra đến ngày " + DAY.format(progress.deadline()))
                        + ".");
            } else {
                Double projected = progress.projected();
                sentences.add(name + " mới đạt " + figure(progress) + ", "
                        + (qualitative ? "chưa đạt mục tiêu" : "thấp hơn mục tiêu" + goal)
                        + (projected == null
                                ? ""
                                : "; theo xu hướng hiện nay"
                                        + (progress.deadline() == null
                                                ? ""
                                                : ", đến ngày " + DAY.format(progress.deadline()))
                                        + " chỉ đạt khoảng " + projectedFigure(progress, projected))
                        + ".");
            }
        }
        List<String> without = facts.progress().stream()
                .filter(p -> !hasData(p))
                .map(p -> p.code().name())
                .toList();
        if (!without.isEmpty()) {
            sentences.add(upperFirst(NO_DATA) + " để đánh giá " + without.size() + " chỉ tiêu: "
                    + String.join(", ", without) + ".");
        }
        if (sentences.isEmpty()) {
            sentences.add("Các chỉ tiêu đều đã đạt hoặc đang đúng tiến độ.");
        }
        return sentences;
    }

    private static List<String> nextTasks(ReportFacts facts, String council) {
        List<String> tasks = new ArrayList<>();
        List<String> weak = facts.progress().stream()
                .filter(p -> WEAK.contains(p.status()))
                .map(p -> name(p.code(), facts) + " (" + p.code() + ")")
                .toList();
        if (!weak.isEmpty()) {
            tasks.add("Tập trung thực hiện các chỉ tiêu chưa đạt hoặc có nguy cơ không đạt: " + String.join("; ", weak)
                    + ".");
        }
        var plan = facts.plan();
        if (plan == null) {
            tasks.add("Xây dựng, xác nhận Kế hoạch chuyển đổi số của HĐND " + council
                    + " trên hệ thống để theo dõi các chỉ tiêu theo mục tiêu của địa phương.");
            return tasks;
        }
        Set<String> needy = facts.progress().stream()
                .filter(p -> p.status() != IndicatorStatus.MET)
                .map(p -> p.code().name())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<PlanReading.Task> ordered = new ArrayList<>();
        plan.tasks().stream()
                .filter(t -> t.serves() != null && needy.contains(t.serves().name()))
                .forEach(ordered::add);
        plan.tasks().stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
        for (PlanReading.Task task : ordered.subList(0, Math.min(MAX_TASKS, ordered.size()))) {
            String bodies = task.bodies().stream()
                    .sorted()
                    .map(ReportComposer::bodyName)
                    .collect(Collectors.joining(", "));
            String text = task.text().strip().replaceFirst("^[-–•+]\\s*", "");
            tasks.add(upperFirst(text) + (bodies.isEmpty() ? "" : " (" + bodies + ")"));
        }
        return tasks;
    }

    private static List<String> recipients(ReportFacts facts, String council) {
        List<String> recipients = new ArrayList<>();
        String province = facts.provinceName();
        if (province != null && !province.equals(facts.councilName())) {
            recipients.add("Thường trực HĐND " + lowerFirst(province) + ";");
        }
        recipients.add("Thường trực Đảng ủy " + council + ";");
        recipients.add("UBND " + council + ";");
        recipients.add("Các Ban HĐND " + council + ";");
        recipients.add("Đại biểu HĐND " + council + ";");
        recipients.add("Lưu: VT.");
        return recipients;
    }

    static boolean hasData(TargetProgress progress) {
        return progress.status() != IndicatorStatus.NO_DATA && progress.value().value() != null;
    }

    /** "85,7% (12/14 văn bản)" for a share, "12 kiến nghị" for a count. */
    static String figure(TargetProgress progress) {
        var value = progress.value();
        String unit = UNITS.getOrDefault(progress.code(), "");
        Long denominator = value.denominator();
        Double share = value.value();
        if (denominator == null || share == null) {
            return value.numerator() + " " + unit;
        }
        return percent(share) + " (" + value.numerator() + "/" + denominator + " " + unit + ")";
    }

    /** "85,7% (12/14)" for a share, "12" for a count. */
    private static String shortFigure(TargetProgress progress) {
        var value = progress.value();
        Long denominator = value.denominator();
        Double share = value.value();
        if (denominator == null || share == null) {
            return Long.toString(value.numerator());
        }
        return percent(share) + " (" + value.numerator() + "/" + denominator + ")";
    }

    private static @Nullable String projection(TargetProgress progress) {
        Double projected = progress.projected();
        if (projected == null || !hasData(progress) || progress.status() == IndicatorStatus.MET) {
            return null;
        }
        return "Dự báo: theo xu hướng hiện nay, "
                + (progress.deadline() == null ? "cuối kỳ" : "đến ngày " + DAY.format(progress.deadline()))
                + " đạt khoảng " + projectedFigure(progress, projected) + ".";
    }

    private static String projectedFigure(TargetProgress progress, double projected) {
        return progress.value().denominator() == null
                ? Math.round(projected) + " " + UNITS.getOrDefault(progress.code(), "")
                : percent(projected);
    }

    static String statusWords(IndicatorStatus status) {
        return switch (status) {
            case MET -> "đạt mục tiêu";
            case ON_TRACK -> "chưa đạt, nhưng theo xu hướng hiện nay sẽ đạt đúng hạn";
            case AT_RISK -> "có nguy cơ không đạt mục tiêu đúng hạn";
            case NOT_MET -> "không đạt mục tiêu (đã quá hạn)";
            case NO_DATA -> NO_DATA;
        };
    }

    /** "từ 100%", "trên 90%", "từ 10% đến 30%", "định tính". */
    static String threshold(Threshold threshold) {
        BigDecimal min = threshold.min();
        BigDecimal max = threshold.max();
        String unit = threshold.unit() == null ? "" : threshold.unit();
        if (min == null && max == null) {
            return "định tính";
        }
        if (min != null && max != null) {
            return "từ " + decimal(min) + unit + " đến " + decimal(max) + unit;
        }
        if (min != null) {
            return (threshold.minExclusive() ? "trên " : "từ ") + decimal(min) + unit;
        }
        return "không quá " + decimal(java.util.Objects.requireNonNull(max)) + unit;
    }

    private static String deadline(TargetProgress progress) {
        LocalDate deadline = progress.deadline();
        return deadline == null ? "" : " (hạn " + DAY.format(deadline) + ")";
    }

    /** A share in the Vietnamese way: one decimal with a comma, none when whole ("85,7%", "100%"). */
    static String percent(double share) {
        return decimal(BigDecimal.valueOf(share)) + "%";
    }

    private static String decimal(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0, RoundingMode.UNNECESSARY);
        }
        return rounded.toPlainString().replace('.', ',');
    }

    private static String name(IndicatorCode code, ReportFacts facts) {
        String name = facts.names().get(code);
        return name == null || name.isBlank() ? DEFAULT_NAMES.getOrDefault(code, code.name()) : name;
    }

    static String bodyName(ResponsibleBody body) {
        return switch (body) {
            case STANDING_COMMITTEE -> "Thường trực HĐND";
            case COMMITTEES -> "các Ban HĐND";
            case ECONOMY_BUDGET_COMMITTEE -> "Ban Kinh tế – Ngân sách";
            case CULTURE_SOCIAL_COMMITTEE -> "Ban Văn hóa – Xã hội";
            case DELEGATE_GROUPS -> "các Tổ đại biểu";
            case DELEGATES -> "đại biểu HĐND";
            case PEOPLES_COMMITTEE -> "UBND";
            case FATHERLAND_FRONT -> "Ủy ban MTTQ";
        };
    }

    /** "phường Nhị Chiểu" from "Phường Nhị Chiểu"; an abbreviation ("HĐND …", "UBND …") stays as it is. */
    static String lowerFirst(String text) {
        if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
            return text;
        }
        return text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }

    static String upperFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VI) + text.substring(1);
    }
}
