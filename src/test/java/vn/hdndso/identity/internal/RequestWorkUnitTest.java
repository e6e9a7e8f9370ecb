package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hdndso.councils.Council;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserId;
import vn.hdndso.identity.WorkItem;
import vn.hdndso.identity.WorkItemSource;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnTime;

/** The request's one answer of the work sources: the home and every tab count read it. */
class RequestWorkUnitTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), VnTime.ZONE);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    final CouncilId councilId = new CouncilId(UUID.randomUUID());
    final List<String> asked = new ArrayList<>();

    static Council council(CouncilId id, String slug) {
        return new Council(id, "00001", "Xã thử", vn.hdndso.councils.CouncilType.values()[0], slug, "31", null);
    }

    @BeforeEach
    void signIn() {
        var user = new CurrentUser(new UserId(UUID.randomUUID()), councilId, "clerk", "Văn thư", Set.of(Role.CLERK));
        CurrentUser.Principal principal = () -> user;
        var auth = new TestingAuthenticationToken(principal, null, "ROLE_CLERK");
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    WorkItemSource source(String name, WorkItem... items) {
        return context -> {
            asked.add(name);
            assertThat(context.today()).isEqualTo(TODAY);
            return List.of(items);
        };
    }

    static WorkItem item(String group, LocalDate due) {
        return new WorkItem(group, "home.action.x", group + " " + due, "/app/x", due, "");
    }

    @Test
    void theSourcesAreAskedOncePerRequestWhateverTheHomeAndTheTabsAsk() {
        var work = new RequestWork(
                List.of(
                        source(
                                "documents",
                                item("home.group.incoming", TODAY.minusDays(1)),
                                item("home.group.incoming", TODAY.plusDays(2))),
                        source(
                                "sessions",
                                item("home.group.sessions", TODAY.plusDays(9)),
                                item("home.group.votes", TODAY))),
                CLOCK);
        Council council = council(councilId, "tran-phu");
        assertThat(work.items(council)).hasSize(4);
        assertThat(work.waiting(council, "incoming")).isEqualTo(2);
        assertThat(work.overdue(council, "incoming")).isEqualTo(1);
        assertThat(work.waiting(council, "sessions")).isEqualTo(2);
        assertThat(work.overdue(council, "sessions")).isZero();
        assertThat(work.waiting(council, "home")).isEqualTo(4);
        assertThat(work.overdue(council, "home")).isEqualTo(1);
        assertThat(work.waiting(council, "tasks")).isZero();
        assertThat(asked).containsExactly("documents", "sessions");
    }

    @Test
    void theItemsComeOrderedByDeadline() {
        var work = new RequestWork(
                List.of(source(
                        "a",
                        item("home.group.tasks", TODAY.plusDays(5)),
                        item("home.group.tasks", TODAY.minusDays(3)))),
                CLOCK);
        assertThat(work.items(council(councilId, "tran-phu")))
                .extracting(WorkItem::due)
                .containsExactly(TODAY.minusDays(3), TODAY.plusDays(5));
    }

    @Test
    void nobodySignedInOrAnotherCouncilsPersonHasNothing() {
        var work = new RequestWork(List.of(source("a", item("home.group.tasks", TODAY))), CLOCK);
        assertThat(work.waiting(council(new CouncilId(UUID.randomUUID()), "ai-quoc"), "home"))
                .isZero();
        SecurityContextHolder.clearContext();
        assertThat(new RequestWork(List.of(source("b", item("home.group.tasks", TODAY))), CLOCK)
                        .items(council(councilId, "tran-phu")))
                .isEmpty();
        assertThat(asked).isEmpty();
    }
}
