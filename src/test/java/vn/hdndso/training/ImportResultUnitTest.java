package vn.hdndso.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The attendance page passes an import's result to the page it redirects to as a flash attribute,
 * which the database-backed HTTP session serialises: a result that cannot be serialised answered
 * the clerk's import with a 500 (as the organisation forms' notice did, found by the route rows).
 */
class ImportResultUnitTest {

    @Test
    void anImportResultSurvivesTheSessionStore() throws Exception {
        var result = new TrainingAttendance.ImportResult(12, 10, 2);
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(result);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(result);
        }
    }
}
