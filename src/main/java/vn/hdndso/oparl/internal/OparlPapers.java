package vn.hdndso.oparl.internal;

import static vn.hdndso.oparl.OparlObjects.LICENSE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.hdndso.councils.Council;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.PublishedDocuments;
import vn.hdndso.oparl.OparlLinks;

/**
 * A council's issued documents as OParl papers with their signed PDFs as files; recalled ones as
 * deleted papers and files.
 */
@Component
class OparlPapers {

    private static final int MAX_PAPERS = 10_000;

    private final PublishedDocuments published;
    private final OutgoingDocuments documents;
    private final FileChecksums checksums;

    OparlPapers(PublishedDocuments published, OutgoingDocuments documents, FileChecksums checksums) {
        this.published = published;
        this.documents = documents;
        this.checksums = checksums;
    }

    /**
     * Issued documents as papers, then recalled ones as deleted papers ({@code deleted: true}, as
     * OParl asks, so that an incremental sync removes them).
     */
    List<Map<String, Object>> papers(Council council, OparlLinks links) {
        var papers = new ArrayList<Map<String, Object>>();
        published.changedSince(council.id(), null, 0, MAX_PAPERS).forEach(d -> papers.add(paper(d, links)));
        published
                .recallNotices(council.id(), MAX_PAPERS)
                .forEach(n -> papers.add(deleted("Paper", "papers", n, links)));
        return papers;
    }

    /** The signed PDFs of issued documents; those of recalled documents as deleted files (a list to add to). */
    List<Map<String, Object>> files(Council council, OparlLinks links) {
        var files = new ArrayList<Map<String, Object>>();
        published.changedSince(council.id(), null, 0, MAX_PAPERS).forEach(d -> files.add(file(d, links)));
        published.recallNotices(council.id(), MAX_PAPERS).forEach(n -> {
            var file = deleted("File", "files", n, links);
            file.put("accessUrl", links.web("/van-ban/" + n.id().value()));
            files.add(file);
        });
        return files;
    }

    private static LinkedHashMap<String, Object> deleted(
            String type, String list, vn.hdndso.documents.RecallNotice notice, OparlLinks links) {
        var object = OparlGraph.object(type, links.of(list, notice.id().value()));
        object.put("created", OparlGraph.dateTime(notice.issuedAt()));
        object.put("modified", OparlGraph.dateTime(notice.recalledAt()));
        object.put("web", links.web("/van-ban/" + notice.id().value()));
        object.put("deleted", true);
        return object;
    }

    private Map<String, Object> paper(OutgoingDocument document, OparlLinks links) {
        var issue = Objects.requireNonNull(document.issue());
        var object = OparlGraph.object("Paper", links.of("papers", document.id().value()));
        object.put("body", links.body());
        object.put("name", document.subject());
        object.put("reference", document.numberSymbol());
        object.put("date", issue.issueDate().toString());
        object.put("paperType", document.type().vietnameseName());
        object.put("mainFile", file(document, links));
        object.put("license", LICENSE);
        if (document.demo()) {
            object.put("keyword", List.of("demo"));
        }
        object.put("created", OparlGraph.dateTime(issue.issuedAt()));
        object.put("modified", OparlGraph.dateTime(issue.issuedAt()));
        object.put("web", links.web("/van-ban/" + document.id().value()));
        return object;
    }

    private Map<String, Object> file(OutgoingDocument document, OparlLinks links) {
        var issue = Objects.requireNonNull(document.issue());
        var signed = Objects.requireNonNull(document.signed());
        var sums = checksums.of(signed.sha256(), () -> documents.signedPdf(document.council(), document.id()));
        String pdf = links.web("/van-ban/" + document.id().value() + "/signed.pdf");
        var object = OparlGraph.object("File", links.of("files", document.id().value()));
        object.put("name", document.type().vietnameseName() + " " + document.numberSymbol());
        object.put("fileName", Objects.requireNonNull(document.numberSymbol()).replace('/', '-') + ".pdf");
        object.put("mimeType", "application/pdf");
        object.put("date", issue.issueDate().toString());
        object.put("size", signed.size());
        object.put("sha1Checksum", sums.sha1());
        object.put("sha512Checksum", sums.sha512());
        object.put("accessUrl", pdf);
        object.put("downloadUrl", pdf);
        object.put("paper", List.of(links.of("papers", document.id().value())));
        object.put("license", LICENSE);
        object.put("created", OparlGraph.dateTime(issue.issuedAt()));
        object.put("modified", OparlGraph.dateTime(issue.issuedAt()));
        object.put("web", links.web("/van-ban/" + document.id().value()));
        return object;
    }
}
