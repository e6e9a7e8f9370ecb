package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;
import vn.hdndso.support.TestClient.Part;
import vn.hdndso.support.WebSession;

/**
 * Who may do what with a draft at work, API and pages, for every kind of caller: the council's
 * clerk and administrator (and the city administrator) edit, replace, withdraw and read the
 * versions; only the administrator returns; everyone else is refused and learns nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftAuthorisationIntegrationTest {

    static final String SLUG = "thanh-dong";
    static final String OTHER = "hai-duong";
    static final String PASSWORD = "Draft-Auth-Pass-2026";
    static final String BASE = "/api/v1/councils/" + SLUG + "/documents/";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    enum Who {
        ANONYMOUS,
        CITY_ADMIN,
        COUNCIL_ADMIN,
        CLERK,
        DELEGATE,
        COMMITTEE_MEMBER,
        EXECUTIVE_OFFICER,
        FRONT_OFFICER,
        OTHER_COUNCIL_ADMIN
    }

    static final Set<Who> STAFF = Set.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN, Who.CLERK);
    static final Set<Who> SIGNERS = Set.of(Who.CITY_ADMIN, Who.COUNCIL_ADMIN);

    /**
     * A workspace page of one's own council that one's roles do not open is refused with a page that
     * says why (403); another council's page is not found (it does not say it exists).
     */
    static int pageDenied(Who who) {
        return who == Who.OTHER_COUNCIL_ADMIN ? 404 : 403;
    }

    @Autowired
    TestClient client;

    final Map<Who, String> users = new EnumMap<>(Who.class);
    String clerk;
    String chair;

    @BeforeAll
    void accounts() {
        for (Who who : Who.values()) {
            switch (who) {
                case ANONYMOUS -> {}
                case CITY_ADMIN -> users.put(who, TestClient.ADMIN);
                case OTHER_COUNCIL_ADMIN -> users.put(who, account(OTHER, "COUNCIL_ADMIN"));
                default -> users.put(who, account(SLUG, who.name()));
            }
        }
        clerk = users.get(Who.CLERK);
        chair = users.get(Who.COUNCIL_ADMIN);
    }

    String account(String slug, String role) {
        String username = TestClient.uniqueUsername("dauth." + role.toLowerCase(java.util.Locale.ROOT));
        client.createUser(slug, username, PASSWORD, "Người thử " + role, role);
        return username;
    }

    String password(Who who) {
        return who == Who.CITY_ADMIN ? TestClient.ADMIN_PASSWORD : PASSWORD;
    }

    /** A fresh draft (DRAFT) made by the clerk; with {@code inReview}, submitted. */
    String draft(boolean inReview) {
        String metadata = """
                {"typeCode":"KH","issuerSymbol":"TTHĐND","subject":"Kế hoạch thử quyền","signerName":"Lê Văn Hùng",
                 "signerPosition":"Phó Chủ tịch HĐND"}""";
        var created = client.postMultipart(
                BASE.substring(0, BASE.length() - 1),
                List.of(
                        Part.json("metadata", metadata),
                        Part.file("file", "quyen-ban-dau.pdf", "application/pdf", TestPdfs.plan("Kế hoạch", 1))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        if (inReview) {
            assertThat(client.request("POST", BASE + id + "/submit", null, clerk, PASSWORD)
                            .status())
                    .isEqualTo(200);
        }
        return id;
    }

    static int denied(Who who) {
        return switch (who) {
            case ANONYMOUS -> 401;
            case OTHER_COUNCIL_ADMIN -> 404;
            default -> 403;
        };
    }

    record Call(String name, boolean inReview, Set<Who> allowed, Function<String, String> marker, Caller caller) {}

    @FunctionalInterface
    interface Caller {
        TestClient.Response call(String id, Who who);
    }

    @Test
    void theApiLetsOnlyTheCouncilsStaffWorkOnADraftAndOnlyTheSignerReturnIt() {
        String edit = """
                {"typeCode":"KH","issuerSymbol":"TTHĐND","subject":"Kế hoạch đã sửa quyền","signerName":"Lê Văn Hùng",
                 "signerPosition":"Phó Chủ tịch HĐND"}""";
        List<Call> calls = List.of(
                new Call(
                        "edit",
                        false,
                        STAFF,
                        id -> "Kế hoạch đã sửa quyền",
                        (id, who) -> client.request("PUT", BASE + id, edit, users.get(who), password(who))),
                new Call(
                        "replace",
                        false,
                        STAFF,
                        id -> "\"version\":2",
                        (id, who) -> client.postMultipart(
                                BASE + id + "/file",
                                List.of(Part.file("file", "quyen-moi.pdf", "application/pdf", TestPdfs.plan("Mới", 1))),
                                users.get(who),
                                password(who))),
                new Call(
                        "withdraw",
                        false,
                        STAFF,
                        id -> "WITHDRAWN",
                        (id, who) -> client.postJson(
                                BASE + id + "/withdraw", Map.of("reason", "Thử quyền"), users.get(who), password(who))),
                new Call(
                        "return",
                        true,
                        SIGNERS,
                        id -> "\"status\":\"DRAFT\"",
                        (id, who) -> client.postJson(
                                BASE + id + "/return", Map.of("comment", "Sửa lại"), users.get(who), password(who))),
                new Call(
                        "versions",
                        false,
                        STAFF,
                        id -> "quyen-ban-dau.pdf",
                        (id, who) -> client.get(BASE + id + "/versions", users.get(who), password(who))),
                new Call(
                        "version PDF",
                        false,
                        STAFF,
                        id -> "%PDF-",
                        (id, who) -> bytes(BASE + id + "/versions/1/file.pdf", who)));
        List<String> failures = new ArrayList<>();
        for (Call call : calls) {
            for (Who who : Who.values()) {
                String id = draft(call.inReview());
                TestClient.Response response = call.caller().call(id, who);
                boolean allowed = call.allowed().contains(who);
                int expected = allowed ? 200 : denied(who);
                String marker = call.marker().apply(id);
                if (response.status() != expected
                        || allowed
                                != (response.body() != null && response.body().contains(marker))) {
                    failures.add(call.name() + " as " + who + ": " + response.status() + " " + response.body());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anOriginalOfAVersionOrAnIncomingDocumentIsForTheStaffOnly() {
        String metadata = """
                {"typeCode":"KH","issuerSymbol":"TTHĐND","subject":"Kế hoạch Word thử quyền","signerName":"Lê Văn Hùng",
                 "signerPosition":"Phó Chủ tịch HĐND"}""";
        var created = client.postMultipart(
                BASE.substring(0, BASE.length() - 1),
                List.of(
                        Part.json("metadata", metadata),
                        Part.file(
                                "file",
                                "quyen.docx",
                                vn.hdndso.files.WordFiles.DOCX_TYPE,
                                vn.hdndso.files.WordFiles.docx(List.of("Kế hoạch Word")))),
                clerk,
                PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        for (Who who : Who.values()) {
            var original = client.getBytes(BASE + id + "/versions/1/original", users.get(who), password(who));
            var web = new WebSession(client);
            if (who != Who.ANONYMOUS) {
                web.signIn(users.get(who), password(who));
            }
            var page = web.get("/app/councils/" + SLUG + "/documents/" + id + "/versions/1/original");
            boolean allowed = STAFF.contains(who);
            assertThat(original.status()).as("API original as " + who).isEqualTo(allowed ? 200 : denied(who));
            assertThat(original.body().length > 4 && original.body()[0] == 'P' && original.body()[1] == 'K')
                    .as("a DOCX for " + who)
                    .isEqualTo(allowed);
            assertThat(page.status())
                    .as("page original as " + who + " → " + page.header("Location"))
                    .isEqualTo(allowed ? 200 : who == Who.ANONYMOUS ? 302 : pageDenied(who));
        }
    }

    @Test
    void thePagesLetOnlyTheCouncilsStaffEditAndOnlyTheSignerReturn() {
        for (Who who : Who.values()) {
            String id = draft(true);
            String reviewPath = "/app/councils/" + SLUG + "/documents/" + id;
            var web = new WebSession(client);
            if (who != Who.ANONYMOUS) {
                web.signIn(users.get(who), password(who));
            }
            var detail = web.get(reviewPath);
            var edit = web.get(reviewPath + "/edit");
            String token = csrf(web);
            var returned = web.post(
                    reviewPath + "/return", Map.of("comment", "Sửa lại giúp", "_csrf", token == null ? "" : token));
            if (who == Who.ANONYMOUS) {
                assertThat(detail.status()).isEqualTo(302);
                assertThat(edit.status()).isEqualTo(302);
                assertThat(returned.status()).isIn(302, 403, 404);
                assertThat(client.get(BASE + id, clerk, PASSWORD)
                                .json()
                                .get("status")
                                .asString())
                        .isEqualTo("IN_REVIEW");
            } else if (STAFF.contains(who)) {
                assertThat(edit.status()).as("edit as " + who).isEqualTo(200);
                assertThat(edit.body()).contains("Kế hoạch thử quyền");
                boolean signer = SIGNERS.contains(who);
                assertThat(detail.body().contains("return-form"))
                        .as("return button for " + who)
                        .isEqualTo(signer);
                if (signer) {
                    assertThat(returned.status()).as("return as " + who).isEqualTo(302);
                } else {
                    assertThat(returned.status()).as("return as " + who).isIn(403, 404);
                }
                var state = client.get(BASE + id, clerk, PASSWORD)
                        .json()
                        .get("status")
                        .asString();
                assertThat(state).as("state after return by " + who).isEqualTo(signer ? "DRAFT" : "IN_REVIEW");
            } else {
                assertThat(edit.status()).as("edit as " + who).isEqualTo(pageDenied(who));
                assertThat(edit.body()).doesNotContain("Kế hoạch thử quyền");
                assertThat(returned.status()).as("return as " + who).isIn(403, 404);
                assertThat(client.get(BASE + id, clerk, PASSWORD)
                                .json()
                                .get("status")
                                .asString())
                        .isEqualTo("IN_REVIEW");
            }
        }
    }

    TestClient.Response bytes(String path, Who who) {
        var response = client.getBytes(path, users.get(who), password(who));
        return new TestClient.Response(
                response.status(),
                new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1),
                response.headers(),
                null);
    }

    static String csrf(WebSession web) {
        for (String page : List.of("/app", "/")) {
            Matcher m = CSRF.matcher(web.get(page).body());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
