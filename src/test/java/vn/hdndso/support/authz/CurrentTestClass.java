package vn.hdndso.support.authz;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Which test class is running, for {@link RouteRecorder}: the Spring TestContext framework finds
 * this listener through {@code META-INF/spring.factories} and tells it when a class of a Spring
 * test starts and ends (the authorisation tests all are). Test classes run one after another in
 * this build (no parallel execution); a nested class runs inside its outer one. When a class ends,
 * what it called is added to {@link RouteObservations#FILE} (and with {@code -Dauthz.catalogue.write=true}
 * the catalogue is regenerated from it).
 */
public class CurrentTestClass implements TestExecutionListener {

    private static final Deque<String> RUNNING = new ConcurrentLinkedDeque<>();

    static String name() {
        return RUNNING.peekFirst();
    }

    @Override
    public void beforeTestClass(TestContext context) {
        RUNNING.addFirst(context.getTestClass().getName());
    }

    @Override
    public void afterTestClass(TestContext context) {
        RUNNING.removeFirstOccurrence(context.getTestClass().getName());
        RouteObservations.write();
        if (RouteCatalogue.writing() && context.hasApplicationContext()) {
            RouteCatalogue.regenerate(
                    RouteTable.of(context.getApplicationContext()).routes());
        }
    }
}
