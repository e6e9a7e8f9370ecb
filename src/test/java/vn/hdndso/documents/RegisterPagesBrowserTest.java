package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.support.BrowserTest;
import vn.hdndso.support.TestClient;

/**
 * On a phone and a desktop: the register of a council with more than 1,000 documents says "Hơn
 * 1.000 văn bản" and pages on with "Trang sau". 1,030 drafts in nam-do-son, removed afterwards.
 */
class RegisterPagesBrowserTest extends BrowserTest {

    static final String SLUG = "nam-do-son";
    static final String PASSWORD = "Register-Browser-2026";

    @Autowired
    Councils councils;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeDrafts() {
        inCouncil(() -> jdbc.update(
                "delete from outgoing_document where council_id = ? and created_by = 'register-pages-browser'",
                council().id().value()));
    }

    @Test
    void aBigRegisterSaysMoreThanAThousandAndPagesOn() {
        String marker = "trình" + Long.toString(System.nanoTime(), 36);
        OffsetDateTime first = OffsetDateTime.of(2021, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1030; i++) {
            rows.add(new Object[] {
                UUID.randomUUID(),
                council().id().value(),
                "Kế hoạch " + marker + " về giám sát chuyên đề số " + i,
                first.plusDays(i)
            });
        }
        inCouncil(() -> jdbc.batchUpdate("""
                insert into outgoing_document (id, council_id, type_code, issuer_symbol, subject, signer_name,
                  signer_position, status, original_sha256, original_name, original_size, page_count, created_by,
                  created_at, updated_at)
                values (?, ?, 'KH', 'HĐND', ?, 'Lê Văn Hùng', 'Phó Chủ tịch', 'DRAFT', repeat('a', 64),
                  'ke-hoach.pdf', 1000, 1, 'register-pages-browser', ?, now())""", rows));
        String clerk = TestClient.uniqueUsername("register.phone");
        client.createUser(SLUG, clerk, PASSWORD, "Văn thư sổ", "CLERK");

        browser().manage().deleteAllCookies();
        open("/login");
        find("#username").sendKeys(clerk);
        find("#password").sendKeys(PASSWORD);
        find("form.stack button[type=submit]").click();
        waitUntil(d -> currentPath().equals("/app") || currentPath().startsWith("/app/"));

        open("/app/councils/" + SLUG + "/documents?q=" + marker);
        assertThat(find("p.count").getText()).isEqualTo("Hơn 1.000 văn bản");
        assertThat(find("nav.pager").getText()).contains("Trang 1").contains("Trang sau");
        assertThat(scrollWidth()).isLessThanOrEqualTo(VIEWPORT_WIDTH);
        assertAccessible();
        screenshot("register-more-390");
        scrollToPager();
        screenshot("register-pager-390");
        useViewport(1366, 900);
        ((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0)");
        // on a desktop the list is a table: its heading above its rows (a card grid's rule once made
        // it a grid, with the heading beside the rows)
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser())
                        .executeScript("return getComputedStyle(document.querySelector('table.cards')).display"))
                .isEqualTo("table");
        screenshot("register-more-1366");
        scrollToPager();
        screenshot("register-pager-1366");
        usePhoneViewport();

        find("nav.pager a[rel=next]").click();
        waitUntil(d -> currentPath().contains("page=1"));
        assertThat(find("nav.pager").getText()).contains("Trang 2").contains("Trang trước");

        open("/app/councils/" + SLUG + "/documents?q=" + marker + "&page=20");
        assertThat(find("p.count").getText()).isEqualTo("1.030 văn bản");
        assertThat(browser().findElements(org.openqa.selenium.By.cssSelector("nav.pager a[rel=next]")))
                .isEmpty();
        scrollToPager();
        screenshot("register-last-390");
        useViewport(1366, 900);
        scrollToPager();
        screenshot("register-last-1366");
        usePhoneViewport();
    }

    private static void scrollToPager() {
        ((org.openqa.selenium.JavascriptExecutor) browser())
                .executeScript("arguments[0].scrollIntoView({block: 'end'})", find("nav.pager"));
    }

    private Council council() {
        return councils.requireBySlug(SLUG);
    }

    private void inCouncil(Runnable work) {
        Tenancy.run(TenantScope.staffOf(council().id()), () -> transactions.executeWithoutResult(s -> work.run()));
    }
}
