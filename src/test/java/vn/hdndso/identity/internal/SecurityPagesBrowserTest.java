package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * The two pages the security fixes changed, on a phone and a desktop: the account page that asks
 * for a password of one's own, and the tracking lookup that says a typed code does not exist.
 */
class SecurityPagesBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Generated-Pass-2026";

    @Autowired
    UserRepository users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_generated_password_leads_to_the_password_form() {
        String username = TestClient.uniqueUsername("browserchange");
        String id = client.createUser("gia-phuc", username, PASSWORD, "Quản Trị Đổi Mật Khẩu", "COUNCIL_ADMIN");
        Tenancy.run(
                TenantScope.allCouncils("test"),
                () -> transactions.executeWithoutResult(
                        s -> users.requirePasswordChange(new UserId(UUID.fromString(id)))));

        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().startsWith("/app/account"));

        assertThat(find("p.alert[role=alert]").getText()).contains("Mật khẩu của tài khoản này do hệ thống tạo");
        assertThat(scrollWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertAccessible();
        screenshot("security-password-change-390");
        useViewport(1366, 900);
        screenshot("security-password-change-1366");
        usePhoneViewport();
    }

    @Test
    void a_code_that_cannot_exist_is_answered_on_the_lookup_page() {
        open("/hung-thang/kien-nghi/tra-cuu?ma=%7Bx%7D");

        assertThat(find("p.alert.error").getText()).contains("Không tìm thấy kiến nghị với mã tra cứu này");
        assertThat(find("#ma").getAttribute("value")).isEmpty();
        assertThat(scrollWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertAccessible();
        screenshot("security-lookup-not-found-390");
        useViewport(1366, 900);
        screenshot("security-lookup-not-found-1366");
        usePhoneViewport();
    }
}
