package vn.hdndso.councils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.hdndso.identity.AuditTrail;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The staff pages of a council's organisation, driven like a browser without JavaScript: forms
 * posted with their CSRF token, redirects followed. Changes happen in Xã Mao Điền.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationPagesIntegrationTest {

    static final String SLUG = "mao-dien";
    static final String APP = "/app/councils/" + SLUG;
    static final String PASSWORD = "Pages-Test-2026";

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    TestClient client;

    @Autowired
    Councils councils;

    @Autowired
    AuditTrail audit;

    MockMvc mvc;
    UserDetails clerk;
    UserDetails chair;
    UserDetails delegate;
    UserDetails outsider;

    @BeforeAll
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        clerk = account(SLUG, "CLERK");
        chair = account(SLUG, "COUNCIL_ADMIN");
        delegate = account(SLUG, "DELEGATE");
        outsider = account("lac-phuong", "CLERK");
    }

    @Test
    void clerkRegistersADelegateThroughTheFormAndSeesItListed() throws Exception {
        var form = page(get(APP + "/delegates/new"), clerk);
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(body(form)).contains("<label for=\"delegate-fullName\">Họ và tên</label>", "name=\"_csrf\"");

        var result = mvc.perform(post(APP + "/delegates")
                        .with(user(clerk))
                        .with(csrf())
                        .param("fullName", "Nguyễn Thị Phương Thảo")
                        .param("gender", "NU")
                        .param("birthYear", "1979")
                        .param("position", "Trưởng thôn Mao Điền")
                        .param("email", "thao@maodien.vn")
                        .param("phone", "0912 111 222"))
                .andReturn();
        var posted = result.getResponse();
        assertThat(posted.getStatus()).isEqualTo(302);
        String detail = posted.getRedirectedUrl();
        assertThat(detail).startsWith(APP + "/delegates/");

        var shown = mvc.perform(get(detail).with(user(clerk)).flashAttrs(result.getFlashMap()))
                .andReturn()
                .getResponse();
        assertThat(body(shown))
                .contains("Nguyễn Thị Phương Thảo", "Trưởng thôn Mao Điền", "thao@maodien.vn", "0912 111 222")
                .contains("Đã thêm đại biểu Nguyễn Thị Phương Thảo.");

        var list = page(get(APP + "/delegates"), clerk);
        assertThat(body(list)).contains("Nguyễn Thị Phương Thảo", "Trưởng thôn Mao Điền");

        String id = detail.substring(detail.lastIndexOf('/') + 1);
        var council = councils.requireBySlug(SLUG).id();
        List<AuditTrail.Entry> entries =
                Tenancy.call(TenantScope.staffOf(council), () -> audit.about(council, "delegate", id));
        assertThat(entries)
                .extracting(AuditTrail.Entry::action)
                .containsExactly("councils.delegate.created", "councils.delegateContact.read");
        assertThat(entries.get(1).actor()).isEqualTo(clerk.getUsername());
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        var response = mvc.perform(post(APP + "/delegates").with(user(clerk)).param("fullName", "Không Có Mã"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isIn(403, 404);
        assertThat(body(page(get(APP + "/delegates"), clerk))).doesNotContain("Không Có Mã");
    }

    @Test
    void aRefusedFormShowsVietnameseMessagesTiedToItsFieldsAndKeepsTheInput() throws Exception {
        var response = mvc.perform(post(APP + "/delegates")
                        .with(user(clerk))
                        .with(csrf())
                        .param("fullName", " ")
                        .param("birthYear", "1800")
                        .param("position", "Giữ lại chức vụ này")
                        .param("email", "sai-dia-chi"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        String html = body(response);
        assertThat(html)
                .contains("Vui lòng sửa các lỗi sau:")
                .contains("id=\"delegate-fullName-error\"")
                .contains("Trường này là bắt buộc.")
                .contains("Năm sinh phải từ 1900 đến")
                .contains("Địa chỉ thư điện tử không hợp lệ.")
                .contains("value=\"Giữ lại chức vụ này\"")
                .contains("href=\"#delegate-birthYear\"");
        assertThat(html).containsPattern("id=\"delegate-fullName\"[^>]*aria-invalid=\"true\"");
        assertThat(html)
                .containsPattern(
                        "id=\"delegate-birthYear\"[^>]*aria-describedby=\"delegate-birthYear-hint delegate-birthYear-error\"");
        assertThat(html).doesNotContainPattern("id=\"delegate-position\"[^>]*aria-invalid");
    }

    @Test
    void overviewShowsTheCouncilItsTermCountsAndTheDemoLabel() throws Exception {
        var response = page(get("/app/councils/lac-phuong"), account("lac-phuong", "FRONT_OFFICER"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(body(response))
                .contains("Xã Lạc Phượng", "11140", "Nhiệm kỳ 2026–2031", "15/03/2026")
                .contains("dữ liệu mẫu")
                .contains("Ban của HĐND", "Tổ đại biểu", "UBND và đơn vị")
                .contains("href=\"/app/councils/lac-phuong/delegates\"");
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        // the ?lang= switch is a servlet filter (tested over real HTTP elsewhere); this MockMvc has only
        // the security filters, so send the language cookie the switch sets
        var response = page(get(APP).cookie(new jakarta.servlet.http.Cookie("hdnd-lang", "en")), clerk);

        assertThat(body(response))
                .contains("serving delegates", "Current term", "Sections")
                .doesNotContain("Các mục quản lý");
    }

    @Test
    void theOfficeAddsACommitteeAndSeatsADelegateInIt() throws Exception {
        var created = mvc.perform(post(APP + "/bodies")
                        .with(user(clerk))
                        .with(csrf())
                        .param("kind", "COMMITTEE")
                        .param("name", "Ban Pháp chế")
                        .param("symbol", "bpc"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String organisation = body(page(get(APP + "/organisation"), clerk));
        assertThat(organisation).contains("Ban Pháp chế", "BPC", "Nhiệm kỳ 2026–2031");

        var duplicate = mvc.perform(post(APP + "/bodies")
                        .with(user(clerk))
                        .with(csrf())
                        .param("kind", "COMMITTEE")
                        .param("name", "ban phap che"))
                .andReturn()
                .getResponse();
        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(body(duplicate))
                .contains("Nhiệm kỳ này đã có &quot;Ban Pháp chế&quot;.")
                .contains("<details class=\"form-box\" open=\"open\">");

        String bodyId = organisation.replaceAll(
                "(?s).*href=\"/app/councils/mao-dien/bodies/([0-9a-f-]{36})\">Ban Pháp chế<.*", "$1");
        String delegateId = registerThroughApi("Trần Văn Luật");
        var seated = mvc.perform(post(APP + "/bodies/" + bodyId + "/members")
                        .with(user(clerk))
                        .with(csrf())
                        .param("delegateId", delegateId)
                        .param("role", "CHAIR"))
                .andReturn()
                .getResponse();
        assertThat(seated.getStatus()).isEqualTo(302);
        assertThat(body(page(get(APP + "/bodies/" + bodyId), clerk))).contains("Trần Văn Luật", "Trưởng ban");

        var again = mvc.perform(post(APP + "/delegates/" + delegateId + "/seats")
                        .with(user(clerk))
                        .with(csrf())
                        .param("bodyId", bodyId)
                        .param("role", "MEMBER"))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(body(again)).contains("Trần Văn Luật đã là thành viên của Ban Pháp chế.");

        var delete = mvc.perform(post(APP + "/bodies/" + bodyId + "/delete")
                        .with(user(clerk))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(delete.getStatus()).isEqualTo(409);
        assertThat(body(delete)).contains("Không thể xóa Ban Pháp chế vì còn 1 đại biểu là thành viên.");
    }

    @Test
    void theStandingCommitteeAddsATermAndRefusesOneThatEndsBeforeItStarts() throws Exception {
        var wrong = mvc.perform(post(APP + "/terms")
                        .with(user(chair))
                        .with(csrf())
                        .param("name", "Nhiệm kỳ thử")
                        .param("startsOn", "2051-01-01")
                        .param("endsOn", "2050-01-01"))
                .andReturn()
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(body(wrong)).contains("Ngày kết thúc không được trước ngày bắt đầu.", "id=\"term-endsOn-error\"");

        var clerkTries = mvc.perform(post(APP + "/terms")
                        .with(user(clerk))
                        .with(csrf())
                        .param("name", "Nhiệm kỳ của văn thư")
                        .param("startsOn", "2051-01-01"))
                .andReturn()
                .getResponse();
        assertThat(clerkTries.getStatus()).isEqualTo(404);
        assertThat(body(page(get(APP + "/organisation"), clerk)))
                .doesNotContain("Nhiệm kỳ của văn thư")
                .doesNotContain("Thêm nhiệm kỳ");
    }

    @Test
    void theOfficeAddsAnExecutiveUnit() throws Exception {
        var posted = mvc.perform(post(APP + "/executive-units")
                        .with(user(clerk))
                        .with(csrf())
                        .param("name", "Phòng Văn hóa, Khoa học và Thông tin")
                        .param("kind", "OFFICE")
                        .param("email", "vhkhtt@maodien.vn")
                        .param("active", "true"))
                .andReturn()
                .getResponse();
        assertThat(posted.getStatus()).isEqualTo(302);
        assertThat(body(page(get(APP + "/executive-units"), clerk)))
                .contains("Phòng Văn hóa, Khoa học và Thông tin", "vhkhtt@maodien.vn");

        var second = mvc.perform(post(APP + "/executive-units")
                        .with(user(clerk))
                        .with(csrf())
                        .param("name", "UBND thứ hai")
                        .param("kind", "PEOPLES_COMMITTEE"))
                .andReturn()
                .getResponse();
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(body(second)).contains("Hội đồng đã có Ủy ban nhân dân (Ủy ban nhân dân xã Mao Điền)");
    }

    @Test
    void aDelegateAccountReadsTheListsButSeesNoFormsAndNoContactDetails() throws Exception {
        String id = registerThroughApi("Đỗ Thị Kín");
        var detail = page(get(APP + "/delegates/" + id), delegate);
        assertThat(detail.getStatus()).isEqualTo(200);
        assertThat(body(detail))
                .contains("Đỗ Thị Kín")
                .doesNotContain("Thông tin liên hệ")
                .doesNotContain("action=\"/app/councils/");

        var list = body(page(get(APP + "/delegates"), delegate));
        assertThat(list).doesNotContain("Thêm đại biểu");

        var post = mvc.perform(post(APP + "/delegates")
                        .with(user(delegate))
                        .with(csrf())
                        .param("fullName", "Ai Đó"))
                .andReturn()
                .getResponse();
        assertThat(post.getStatus()).isEqualTo(404);
    }

    @Test
    void aClerkOfAnotherCouncilFindsNothingThere() throws Exception {
        String id = registerThroughApi("Lương Văn Riêng");
        assertThat(page(get(APP + "/delegates"), outsider).getStatus()).isEqualTo(404);
        assertThat(page(get(APP + "/delegates/" + id), outsider).getStatus()).isEqualTo(404);
        assertThat(page(get("/app/councils/lac-phuong/delegates/" + id), outsider)
                        .getStatus())
                .isEqualTo(404);
        var post = mvc.perform(post(APP + "/delegates/" + id + "/end")
                        .with(user(outsider))
                        .with(csrf())
                        .param("endedOn", "2026-04-01")
                        .param("reason", "x"))
                .andReturn()
                .getResponse();
        assertThat(post.getStatus()).isEqualTo(404);
    }

    @Test
    void filtersDelegatesByNameWithoutDiacriticsWithAnHtmxLiveFilter() throws Exception {
        var response =
                page(get("/app/councils/lac-phuong/delegates").param("q", "nguyen"), account("lac-phuong", "CLERK"));

        String html = body(response);
        assertThat(html).contains("hx-get=\"/app/councils/lac-phuong/delegates\"", "hx-select=\"#delegate-results\"");
        assertThat(html)
                .contains("Nguyễn")
                .doesNotContain(">Trần ")
                .containsPattern("Tìm thấy \\d+ đại biểu với &quot;nguyen&quot;");
    }

    @Test
    void everyPageStaysSmall() throws Exception {
        String id = registerThroughApi("Hoàng Văn Nhẹ");
        String bodyId = client.get("/api/v1/councils/" + SLUG + "/bodies")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String unitId = client.get("/api/v1/councils/" + SLUG + "/executive-units")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        long css = client.get("/css/app.css").body().getBytes(StandardCharsets.UTF_8).length;
        long htmx = client.get("/webjars/htmx.org/dist/htmx.min.js").body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(htmx).isGreaterThan(10_000);
        for (String path : List.of(
                APP,
                APP + "/organisation",
                APP + "/delegates",
                APP + "/delegates/new",
                APP + "/delegates/" + id,
                APP + "/delegates/" + id + "/edit",
                APP + "/bodies/" + bodyId,
                APP + "/executive-units",
                APP + "/executive-units/" + unitId)) {
            var response = page(get(path), clerk);
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getContentAsByteArray().length + css + htmx)
                    .as(path)
                    .isLessThan(100_000);
        }
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
        return mvc.perform(request.with(user(who))).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private UserDetails account(String slug, String role) {
        String username = TestClient.uniqueUsername(role.toLowerCase().replace('_', '-'));
        client.createUser(slug, username, PASSWORD, "Cán bộ " + role, role);
        return accounts.loadUserByUsername(username);
    }

    private String registerThroughApi(String fullName) {
        var created = client.postJson(
                "/api/v1/councils/" + SLUG + "/delegates",
                Map.of("fullName", fullName),
                "admin",
                TestClient.ADMIN_PASSWORD);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
