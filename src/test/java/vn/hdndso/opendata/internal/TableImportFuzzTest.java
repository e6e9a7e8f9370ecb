package vn.hdndso.opendata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.support.fuzz.FuzzRun;

/**
 * Hostile CSV and XLSX files (any encoding, delimiter, quoting, merged regions, broken ZIPs)
 * through the reader of the open-data import: it reads a table or refuses the file with a message
 * key the clerk sees in Vietnamese; nothing else escapes and nothing hangs. Corpus: {@code
 * src/test/resources/fuzz/tables/}.
 */
class TableImportFuzzTest {

    @Test
    void everyFileIsReadOrRefusedWithAMessage() {
        var result = FuzzRun.of(
                        "tables",
                        input -> TableReader.read(
                                input,
                                input.length > 0 && input[0] == 'P' ? "bang.xlsx" : "bang.csv",
                                TableReader.Options.detect()),
                        TableImportFuzzTest::aRefusal)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }

    /** The reader's refusals: a message key ({@code opendata.…}) or a field problem. */
    static boolean aRefusal(Throwable thrown) {
        return thrown instanceof InvalidInputException
                || (thrown instanceof IllegalArgumentException
                        && thrown.getMessage() != null
                        && thrown.getMessage().startsWith("opendata."));
    }
}
