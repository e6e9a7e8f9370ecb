package vn.hdndso.identity.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;
import vn.hdndso.councils.Council;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.MyWork;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.identity.WorkTab;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/**
 * {@link MyWork} for one request: the sources are asked the first time a council's items are
 * needed and the answer kept until the request ends, so the home page and the tab counts of its
 * header cost one round of queries.
 */
@Component("myWork")
@Scope(value = WebApplicationContext.SCOPE_REQUEST, proxyMode = ScopedProxyMode.INTERFACES)
class RequestWork implements MyWork {

    static final Comparator<WorkItem> BY_DEADLINE = Comparator.comparing(
                    WorkItem::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(WorkItem::group)
            .thenComparing(WorkItem::title);

    private final List<WorkItemSource> sources;
    private final Clock clock;
    private final Map<CouncilId, List<WorkItem>> answers = new HashMap<>();

    RequestWork(List<WorkItemSource> sources, Clock clock) {
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    @Override
    public List<WorkItem> items(Council council) {
        return answers.computeIfAbsent(council.id(), id -> ask(council));
    }

    @Override
    public long waiting(Council council, String tab) {
        return items(council).stream()
                .filter(i -> WorkTab.counts(tab, i.group()))
                .count();
    }

    @Override
    public long overdue(Council council, String tab) {
        LocalDate today = VnTime.today(clock);
        return items(council).stream()
                .filter(i -> WorkTab.counts(tab, i.group()) && i.overdueOn(today))
                .count();
    }

    private List<WorkItem> ask(Council council) {
        var user = CurrentUser.get();
        if (user.isEmpty() || !user.get().worksFor(council.id())) {
            return List.of();
        }
        var context = new WorkItemSource.Context(user.get(), council.id(), council.slug(), VnTime.today(clock));
        List<WorkItem> items = new ArrayList<>();
        for (WorkItemSource source : sources) {
            items.addAll(source.itemsFor(context));
        }
        items.sort(BY_DEADLINE);
        return List.copyOf(items);
    }
}
