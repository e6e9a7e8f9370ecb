package vn.hdndso.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIndicatorsUnitTest {

    @Test
    void theMedianOfDaysToPublishIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnesRoundedDown() {
        assertThat(DocumentIndicators.median(new long[] {0})).isEqualTo(0);
        assertThat(DocumentIndicators.median(new long[] {0, 0, 9})).isEqualTo(0);
        assertThat(DocumentIndicators.median(new long[] {0, 3, 4, 30})).isEqualTo(3);
        assertThat(DocumentIndicators.median(new long[] {1, 2})).isEqualTo(1);
    }
}
