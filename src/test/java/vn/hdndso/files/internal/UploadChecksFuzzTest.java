package vn.hdndso.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.hdndso.files.FileType;
import vn.hdndso.shared.InvalidInputException;
import vn.hdndso.support.fuzz.FuzzRun;

/**
 * Hostile uploads (PDF, DOCX, XLSX, images, MP4 heads and mutations of them) through the upload
 * check every staff and public upload goes through: it accepts the file or refuses it with a
 * Vietnamese field problem; nothing else escapes and nothing hangs. Corpus: {@code
 * src/test/resources/fuzz/uploads/}; longer runs: {@code bench/fuzz.sh}.
 */
class UploadChecksFuzzTest {

    private final UploadRules rules = new UploadRules(new FilesProperties(null, null, null));

    @Test
    void everyUploadIsAcceptedOrRefusedWithAFieldProblem() {
        var result = FuzzRun.of(
                        "uploads",
                        input -> rules.check(input, EnumSet.allOf(FileType.class)),
                        thrown -> thrown instanceof InvalidInputException)
                .run();
        assertThat(result.executions()).isGreaterThanOrEqualTo(result.corpus());
    }
}
