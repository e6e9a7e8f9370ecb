package vn.hdndso.sessions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.hdndso.sessions.Packs;
import vn.hdndso.sessions.SessionId;
import vn.hdndso.shared.CouncilId;

/** Streams one PDF of a session's document pack, or the whole pack as a ZIP, for the pages and the API. */
final class PackDownloads {

    private PackDownloads() {}

    /** One document of the pack, inline, as "tai-lieu-{position}.pdf"; opening it is a read receipt. */
    static void pdf(Packs packs, CouncilId council, SessionId session, UUID document, HttpServletResponse response)
            throws IOException {
        pdf(packs, council, session, document, false, response);
    }

    /**
     * One document of the pack; {@code offlineCopy}: the phone copying the pack for reading offline,
     * which has not opened it yet (no read receipt).
     */
    static void pdf(
            Packs packs,
            CouncilId council,
            SessionId session,
            UUID document,
            boolean offlineCopy,
            HttpServletResponse response)
            throws IOException {
        Packs.PackDocument d =
                offlineCopy ? packs.require(council, session, document) : packs.open(council, session, document);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setContentLengthLong(d.size());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline()
                        .filename("tai-lieu-" + d.position() + ".pdf")
                        .build()
                        .toString());
        try (InputStream in = packs.pdf(d)) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** The whole pack as the attachment "tai-lieu-ky-hop.zip". */
    static void zip(Packs packs, CouncilId council, SessionId session, HttpServletResponse response)
            throws IOException {
        List<Packs.PackDocument> pack = packs.list(council, session);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("tai-lieu-ky-hop.zip")
                        .build()
                        .toString());
        packs.zip(pack, response.getOutputStream());
    }
}
