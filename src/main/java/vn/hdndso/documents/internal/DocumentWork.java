package vn.hdndso.documents.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.hdndso.documents.DocumentQuery;
import vn.hdndso.documents.DocumentStatus;
import vn.hdndso.documents.IncomingDocument;
import vn.hdndso.documents.IncomingDocuments;
import vn.hdndso.documents.IncomingStatus;
import vn.hdndso.documents.OutgoingDocument;
import vn.hdndso.documents.OutgoingDocuments;
import vn.hdndso.documents.WorkingDays;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.shared.VnTime;
import vn.hdndso.shared.web.Page;

/**
 * The documents' part of each person's home: for the council office, incoming documents to pass
 * on and to follow until their deadline, drafts to finish and submit; for the standing committee,
 * drafts waiting for approval and approved documents to sign and issue, and incoming documents
 * overdue or due soon.
 */
@Component
class DocumentWork implements WorkItemSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Page.Request FIRST_HUNDRED = new Page.Request(0, 100);

    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final WorkingDays workingDays;

    DocumentWork(IncomingDocuments incoming, OutgoingDocuments outgoing, WorkingDays workingDays) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.workingDays = workingDays;
    }

    @Override
    public List<WorkItem> itemsFor(Context context) {
        if (!context.office()) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        incoming(context, items);
        outgoing(context, items);
        return items;
    }

    private void incoming(Context context, List<WorkItem> items) {
        for (IncomingStatus status :
                List.of(IncomingStatus.RECEIVED, IncomingStatus.ASSIGNED, IncomingStatus.IN_PROGRESS)) {
            var filter = new IncomingDocuments.Filter(null, status, false, false, null);
            for (IncomingDocument d :
                    incoming.list(context.council(), filter, FIRST_HUNDRED).items()) {
                boolean mine = d.handler() != null
                        && d.handler().userId().equals(context.user().id().value());
                boolean pressing = d.overdueOn(context.today()) || d.dueSoonOn(context.today(), workingDays);
                String action;
                if (status == IncomingStatus.RECEIVED) {
                    action = "home.action.incoming.assign";
                } else if (mine) {
                    action = "home.action.incoming.handle";
                } else if (context.clerk() || pressing) {
                    action = "home.action.incoming.follow";
                } else {
                    continue;
                }
                items.add(new WorkItem(
                        "home.group.incoming",
                        action,
                        d.subject(),
                        "/app/councils/" + context.councilSlug() + "/documents/incoming/" + d.id().value(),
                        d.deadline(),
                        d.arrivalNumber() + "/" + d.arrivalYear() + " · " + d.issuingBody()
                                + (d.handler() == null
                                        ? ""
                                        : " · " + d.handler().fullName())));
            }
        }
    }

    private void outgoing(Context context, List<WorkItem> items) {
        List<DocumentStatus> wanted = new ArrayList<>();
        if (context.clerk()) {
            wanted.add(DocumentStatus.DRAFT);
        }
        if (context.chair()) {
            wanted.add(DocumentStatus.IN_REVIEW);
            wanted.add(DocumentStatus.APPROVED);
        }
        for (DocumentStatus status : wanted) {
            var query = new DocumentQuery(status, null, null, null);
            for (OutgoingDocument d :
                    outgoing.list(context.council(), query, FIRST_HUNDRED).items()) {
                items.add(new WorkItem(
                        "home.group.outgoing",
                        "home.action.outgoing." + status.name(),
                        d.subject(),
                        "/app/councils/" + context.councilSlug() + "/documents/" + d.id().value(),
                        null,
                        d.issuerSymbol() + " · " + DAY.format(d.createdAt().atZone(VnTime.ZONE))));
            }
        }
    }
}
