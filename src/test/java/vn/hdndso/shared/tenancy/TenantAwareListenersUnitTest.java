package vn.hdndso.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import vn.hdndso.shared.CouncilId;

class TenantAwareListenersUnitTest {

    record Happened(CouncilId council) {}

    record Anonymous(String what) {}

    static class Listener {

        final AtomicReference<TenantScope> seen = new AtomicReference<>();

        @TenantAwareListener
        public void on(Happened event) {
            seen.set(Tenancy.current());
        }

        @TenantAwareListener
        public void on(Anonymous event) {
            seen.set(Tenancy.current());
        }
    }

    private static Listener proxied(Listener listener) {
        var factory = new ProxyFactory(listener);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(TenantAwareListeners.tenantAwareListenerAdvisor());
        return (Listener) factory.getProxy();
    }

    @Test
    void theListenerRunsInTheStaffScopeOfTheEventsCouncilAndTheScopeEndsWithIt() {
        var council = new CouncilId(UUID.randomUUID());
        var listener = new Listener();

        proxied(listener).on(new Happened(council));

        assertThat(listener.seen.get()).isEqualTo(new TenantScope.StaffCouncil(council));
        assertThat(Tenancy.current()).isEqualTo(new TenantScope.None());
    }

    @Test
    void anEventWithoutACouncilIsRefused() {
        var listener = new Listener();

        assertThatThrownBy(() -> proxied(listener).on(new Anonymous("x")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("council()");
        assertThat(listener.seen.get()).isNull();
    }
}
