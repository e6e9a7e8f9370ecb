package vn.hdndso.sessions.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveStreamGateUnitTest {

    @Test
    void oneAddressGetsItsShareAndNoMore() {
        var gate = new LiveStreamGate(100, 3, 10);
        for (int i = 0; i < 3; i++) {
            assertThat(gate.enter("10.0.0.1", null)).isEmpty();
        }
        assertThat(gate.enter("10.0.0.1", null)).contains(LiveStreamGate.Refusal.ADDRESS);
        // another address is not hindered
        assertThat(gate.enter("10.0.0.2", null)).isEmpty();
        // a stream that ends frees its slot
        gate.leave("10.0.0.1", null);
        assertThat(gate.enter("10.0.0.1", null)).isEmpty();
        assertThat(gate.open()).isEqualTo(4);
    }

    @Test
    void oneViewerGetsItsShareFromAnyAddress() {
        var gate = new LiveStreamGate(100, 50, 2);
        assertThat(gate.enter("10.0.0.1", "user:an")).isEmpty();
        assertThat(gate.enter("10.0.0.2", "user:an")).isEmpty();
        assertThat(gate.enter("10.0.0.3", "user:an")).contains(LiveStreamGate.Refusal.VIEWER);
        assertThat(gate.enter("10.0.0.3", "user:binh")).isEmpty();
        gate.leave("10.0.0.1", "user:an");
        assertThat(gate.enter("10.0.0.3", "user:an")).isEmpty();
    }

    @Test
    void theInstanceHasATotal() {
        var gate = new LiveStreamGate(2, 50, 50);
        assertThat(gate.enter("10.0.0.1", null)).isEmpty();
        assertThat(gate.enter("10.0.0.2", null)).isEmpty();
        assertThat(gate.enter("10.0.0.3", null)).contains(LiveStreamGate.Refusal.TOTAL);
        gate.leave("10.0.0.2", null);
        assertThat(gate.enter("10.0.0.3", null)).isEmpty();
        // a refused stream was never counted
        assertThat(gate.open()).isEqualTo(2);
    }
}
