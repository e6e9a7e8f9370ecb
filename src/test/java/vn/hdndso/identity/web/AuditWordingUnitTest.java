package vn.hdndso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.hdndso.identity.AuditTrail;

/** The audit trail in words, with the application's own message bundles. */
class AuditWordingUnitTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    final AuditWording wording = new AuditWording(messages());

    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames(
                "messages/shared",
                "messages/identity",
                "messages/documents",
                "messages/petitions",
                "messages/sessions",
                "messages/files",
                "messages/sessui",
                "messages/privacy");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static AuditTrail.Entry entry(String actor, String action, String subjectType, String details) {
        return new AuditTrail.Entry(
                7, Instant.parse("2026-12-07T01:00:00Z"), actor, null, action, subjectType, "42", details, "", "");
    }

    @Test
    void actionsSubjectsFieldsAndCodedValuesAreInPlainVietnamese() {
        var view = wording.view(
                entry(
                        "system",
                        "documents.document.approved",
                        "document",
                        "{\"status\":\"APPROVED\",\"role\":\"COUNCIL_ADMIN\",\"field\":\"QUY_HOACH_XAY_DUNG_GIAO_THONG\","
                                + "\"withIssue\":true,\"channel\":\"OPEN311\"}"),
                VI);
        assertThat(view.actor()).isEqualTo("Hệ thống");
        assertThat(view.actionText()).isEqualTo("Duyệt văn bản");
        assertThat(view.subjectText()).isEqualTo("Văn bản đi");
        assertThat(view.time()).isEqualTo("07/12/2026 08:00:00");
        assertThat(view.details())
                .containsExactly(
                        new AuditWording.Detail("Trạng thái", "Đã duyệt"),
                        new AuditWording.Detail("Vai trò", "Thường trực HĐND (quản trị Hội đồng)"),
                        new AuditWording.Detail("Lĩnh vực", "Quy hoạch – Xây dựng – Giao thông"),
                        new AuditWording.Detail("Kèm ban hành", "Có"),
                        new AuditWording.Detail("Kênh tiếp nhận", "Ứng dụng/Open311"));
    }

    @Test
    void filesStoredAndListsOfRolesAreInWordsAndPeopleKeepTheirNames() {
        var view = wording.view(
                entry("Nguyễn Văn An (an)", "files.file.stored", "file", "{\"roles\":[\"CLERK\",\"DELEGATE\"]}"), VI);
        assertThat(view.actor()).isEqualTo("Nguyễn Văn An (an)");
        assertThat(view.actionText()).isEqualTo("Lưu tệp");
        assertThat(view.details())
                .containsExactly(new AuditWording.Detail("Vai trò", "Văn thư / chuyên viên, Đại biểu"));
    }

    @Test
    void whatHasNoWordsYetIsShownAsStoredNeverLost() {
        var view = wording.view(entry("system", "some.new.event", "thing", "{\"newField\":\"abc\"}"), VI);
        assertThat(view.actionText()).isEqualTo("some.new.event");
        assertThat(view.details()).containsExactly(new AuditWording.Detail("newField", "abc"));
        assertThat(wording.view(entry("system", "identity.login", "user", "{}"), VI)
                        .details())
                .isEmpty();
    }

    @Test
    void everyActionTheApplicationWritesHasWords() throws Exception {
        var actions = new java.util.TreeSet<String>();
        var literal = java.util.regex.Pattern.compile("AuditEvent\\.of\\([^,]+,\\s*\"([a-zA-Z0-9_.]+)\"");
        var verb = java.util.regex.Pattern.compile("(Outgoing|Incoming)Audit\\.of\\([^,]+,\\s*\"([a-zA-Z]+)\"");
        var session = java.util.regex.Pattern.compile("SessionAudit\\.of(Vote)?\\([^\"();]*\"([a-zA-Z]+)\"");
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = java.nio.file.Files.readString(file);
                var m = literal.matcher(code);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        actions.add(m.group(1));
                    }
                }
                m = verb.matcher(code);
                while (m.find()) {
                    actions.add((m.group(1).equals("Outgoing") ? "documents.document." : "documents.incoming.")
                            + m.group(2));
                }
                m = session.matcher(code);
                while (m.find()) {
                    actions.add((m.group(1) == null ? "sessions.session." : "sessions.vote.") + m.group(2));
                }
            }
        }
        assertThat(actions).contains("documents.document.approved", "files.file.stored", "sessions.session.packAdded");
        assertThat(actions.stream()
                        .filter(a -> wording.view(entry("x", a, "user", "{}"), VI)
                                .actionText()
                                .equals(a)))
                .as("actions without words")
                .isEmpty();
    }
}
