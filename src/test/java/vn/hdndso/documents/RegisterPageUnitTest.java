package vn.hdndso.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterPageUnitTest {

    @Test
    void countsOnePastTheLimitOrPastTheEndOfTheAskedPage() {
        assertThat(RegisterPage.countUpTo(0, 50)).isEqualTo(1001);
        assertThat(RegisterPage.countUpTo(19, 50)).isEqualTo(1001);
        assertThat(RegisterPage.countUpTo(20, 50)).isEqualTo(1051);
        assertThat(RegisterPage.countUpTo(99, 500)).isEqualTo(50_001);
    }

    @Test
    void aTotalUnderTheLimitIsExact() {
        RegisterPage page = RegisterPage.of(List.of(), 0, 50, 120);
        assertThat(page.total()).isEqualTo(120);
        assertThat(page.more()).isFalse();
        assertThat(page.hasNext()).isTrue();
        assertThat(RegisterPage.of(List.of(), 2, 50, 120).hasNext()).isFalse();
        assertThat(RegisterPage.of(List.of(), 1, 50, 100).hasNext()).isFalse();
    }

    @Test
    void pastTheLimitItIsMoreThanTheLimitAndThereIsANextPage() {
        RegisterPage page = RegisterPage.of(List.of(), 0, 50, 1001);
        assertThat(page.total()).isEqualTo(1000);
        assertThat(page.more()).isTrue();
        assertThat(page.hasNext()).isTrue();
        // page 19 ends at the 1,000th document: one more counted means a next page
        assertThat(RegisterPage.of(List.of(), 19, 50, 1001).hasNext()).isTrue();
        assertThat(RegisterPage.of(List.of(), 19, 50, 1000).hasNext()).isFalse();
        // beyond the limit the count reaches one past the page's end
        RegisterPage deep = RegisterPage.of(List.of(), 30, 50, 1551);
        assertThat(deep.more()).isTrue();
        assertThat(deep.total()).isEqualTo(1550);
        assertThat(RegisterPage.of(List.of(), 30, 50, 1530).hasNext()).isFalse();
    }
}
