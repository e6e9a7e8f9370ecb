package vn.hdndso.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeUnitTest {

    @Test
    void positions_larger_than_a_long_are_beyond_the_end_not_an_error() {
        assertThat(ByteRange.of("bytes=99999999999999999999-", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=0-99999999999999999999", 1000)).contains(new ByteRange(0, 999));
        assertThat(ByteRange.of("bytes=-99999999999999999999", 1000)).contains(new ByteRange(0, 999));
        assertThat(ByteRange.of("bytes=9223372036854775807-", 1000)).isEmpty();
    }

    @Test
    void ordinary_ranges() {
        assertThat(ByteRange.of("bytes=4-7", 1000)).contains(new ByteRange(4, 7));
        assertThat(ByteRange.of("bytes=990-", 1000)).contains(new ByteRange(990, 999));
        assertThat(ByteRange.of("bytes=-10", 1000)).contains(new ByteRange(990, 999));
        assertThat(ByteRange.of("bytes=1000-", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=7-4", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=-0", 1000)).isEmpty();
        assertThat(ByteRange.of("bytes=-", 1000)).isEmpty();
        assertThat(ByteRange.of("items=1-2", 1000)).isEmpty();
        assertThat(new ByteRange(4, 7).contentRange(1000)).isEqualTo("bytes 4-7/1000");
        assertThat(new ByteRange(4, 7).length()).isEqualTo(4);
    }
}
