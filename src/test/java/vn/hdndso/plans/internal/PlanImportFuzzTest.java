package vn.hdndso.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hdndso.support.fuzz.FuzzRun;

/**
 * Hostile plan texts (the text an uploaded plan's PDF or DOCX gives: OCR noise, broken numbering,
 * very long lines, dates that do not exist) through the plan reader: it always makes a reading
 * (possibly empty) for the clerk to review; nothing escapes and nothing hangs. Corpus: {@code
 * src/test/resources/fuzz/plans/}.
 */
class PlanImportFuzzTest {

    @Test
    void everyTextGivesAReading() {
        var result = FuzzRun.of(
                        "plans", input -> PlanReader.read(new String(input, StandardCharsets.UTF_8)), thrown -> false)
                .maxLength(256 * 1024)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }
}
