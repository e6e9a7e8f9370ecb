package vn.hdndso.notifications.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hdndso.identity.CurrentUser;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.InvalidInputException;

/**
 * A push endpoint is vetted like a webhook target: an https address inside the server's own
 * network (loopback, private, link-local, cloud metadata) is a field error, before anything is
 * stored; the test setting for local push services ({@code allow-http-endpoints}) lifts it.
 */
class PushEndpointAddressUnitTest {

    private static final CurrentUser ME = new CurrentUser(
            new UserId(UUID.randomUUID()), new CouncilId(UUID.randomUUID()), "d", "Đại biểu", Set.of(Role.DELEGATE));

    @Test
    void endpoints_inside_the_network_are_refused() {
        var registry = new PushSubscriptionRegistry(null, null, new PushProperties(true, null, false, null, null));
        for (String endpoint : new String[] {
            "https://127.0.0.1/push/1", "https://[::1]/push/1", "https://169.254.169.254/latest", "https://10.1.2.3/p"
        }) {
            assertThatThrownBy(() -> registry.subscribe(ME, endpoint, "x", "y"))
                    .as(endpoint)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                    .anyMatch(p -> p.field().equals("endpoint")));
        }
    }

    @Test
    void the_local_test_setting_accepts_them() {
        var registry = new PushSubscriptionRegistry(null, null, new PushProperties(true, null, true, null, null));
        assertThatThrownBy(() -> registry.subscribe(ME, "http://127.0.0.1:9/push/1", "x", "y"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                .noneMatch(p -> p.field().equals("endpoint")));
    }
}
