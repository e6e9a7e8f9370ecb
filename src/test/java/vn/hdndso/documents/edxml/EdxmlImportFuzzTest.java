package vn.hdndso.documents.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.support.fuzz.FuzzRun;

/**
 * Hostile edXML packages (broken XML, DOCTYPEs and entities, wrong elements, bad Base64) through
 * the reader of incoming edXML: a message or field problems listing what is wrong; nothing else
 * escapes and nothing hangs. Corpus: {@code src/test/resources/fuzz/edxml/}.
 */
class EdxmlImportFuzzTest {

    @Test
    void everyPackageIsReadOrRefusedWithFieldProblems() {
        var result = FuzzRun.of("edxml", EdxmlReader::read, thrown -> thrown instanceof InvalidInputException)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }
}
