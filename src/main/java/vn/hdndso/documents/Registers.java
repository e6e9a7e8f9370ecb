package vn.hdndso.documents;

import org.jspecify.annotations.Nullable;
import vn.hdndso.shared.CouncilId;

/**
 * The registers of Decree 30, Annex IV, filled from what the software keeps: outgoing (sổ đăng ký
 * văn bản đi), incoming (sổ đăng ký văn bản đến) and follow-up (sổ theo dõi giải quyết văn bản
 * đến). The column headings are those of the legal forms, so they stay Vietnamese in every
 * language of the interface. Cells the software does not track (copies, receipt signatures, date
 * an outgoing document was sent) stay empty for the clerk to fill on paper.
 */
public interface Registers {

    /**
     * A register of one year.
     *
     * @param status for the incoming and follow-up registers: only documents in this state
     * @param typeCode only documents of this type ({@code BC}, {@code CV}, …)
     */
    RegisterTable of(
            CouncilId council,
            RegisterTable.Kind kind,
            int year,
            @Nullable IncomingStatus status,
            @Nullable String typeCode);

    /** The register as a spreadsheet (XLSX) with the legal form's layout. */
    byte[] xlsx(RegisterTable register);

    /** The register as a printable PDF (A4 landscape) with the legal form's layout. */
    byte[] pdf(RegisterTable register);
}
