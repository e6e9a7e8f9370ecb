package vn.hdndso.petitions;

import java.util.List;
import java.util.Map;
import vn.hdndso.shared.CouncilId;

/**
 * Import of petition lists (CSV or XLSX, e.g. collected by the Fatherland Front or a delegate
 * group): the columns are mapped to fields (guessed from the header, changeable), a preview shows
 * every row's problems, and the import itself is all or nothing. Each row gets a stable key from
 * its content, so importing the same list again adds nothing.
 */
public interface PetitionImports {

    /** The petition fields a column can be mapped to. */
    List<String> TARGETS = List.of("content", "submitterName", "contact", "area", "receivedOn");

    /** A row as it will be imported, its problems (field → message key), and whether it is already in. */
    record Row(int number, Map<String, String> values, Map<String, String> problems, boolean alreadyImported) {}

    /** What the preview shows. */
    record Preview(
            String encoding,
            List<String> headers,
            Map<String, String> mapping,
            int totalRows,
            int rowsWithProblems,
            int alreadyImported,
            List<Row> rows,
            List<Row> problemRows) {}

    /** What an import did. */
    record Result(int totalRows, int imported, int skipped) {}

    /**
     * Reads the file and checks every row against the mapping (target field → header); a missing
     * mapping is guessed from the headers.
     */
    Preview preview(CouncilId council, String fileName, byte[] content, Map<String, String> mapping);

    /**
     * Imports every row, in one transaction: if any row has a problem nothing is imported and the
     * problems come back by row ({@code rows[12].receivedOn}). Rows imported before are skipped.
     */
    Result importRows(CouncilId council, String fileName, byte[] content, Map<String, String> mapping);
}
