package vn.hdndso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApiKeyScopeUnitTest {

    @Test
    void aKeyWithTheDefaultScopeNeverActsAsItsAccount() {
        assertThat(ApiKeyScope.actsAsAccount(ApiKeyScope.DEFAULT, "GET")).isFalse();
        assertThat(ApiKeyScope.actsAsAccount(ApiKeyScope.DEFAULT, "POST")).isFalse();
        assertThat(ApiKeyScope.actsAsAccount(EnumSet.noneOf(ApiKeyScope.class), "GET"))
                .isFalse();
    }

    @Test
    void readingTheCouncilIsForReadingOnlyAndWritingIncludesReading() {
        var read = EnumSet.of(ApiKeyScope.READ_PUBLIC, ApiKeyScope.READ_COUNCIL);
        assertThat(ApiKeyScope.actsAsAccount(read, "GET")).isTrue();
        assertThat(ApiKeyScope.actsAsAccount(read, "HEAD")).isTrue();
        assertThat(ApiKeyScope.actsAsAccount(read, "POST")).isFalse();
        assertThat(ApiKeyScope.actsAsAccount(read, "DELETE")).isFalse();
        var write = EnumSet.of(ApiKeyScope.WRITE_COUNCIL);
        assertThat(ApiKeyScope.actsAsAccount(write, "POST")).isTrue();
        assertThat(ApiKeyScope.actsAsAccount(write, "GET")).isTrue();
    }

    @Test
    void codesAreReadWhateverTheirCase() {
        assertThat(ApiKeyScope.fromCode(" Read:Council ")).contains(ApiKeyScope.READ_COUNCIL);
        assertThat(ApiKeyScope.fromCode("admin")).isEmpty();
    }
}
