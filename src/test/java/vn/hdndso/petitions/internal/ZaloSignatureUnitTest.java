package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The OA webhook's signature and the event fields read from it. */
class ZaloSignatureUnitTest {

    static final String BODY = "{\"app_id\":\"360846524940903967\",\"sender\":{\"id\":\"246845883529197922\"},"
            + "\"recipient\":{\"id\":\"388613280878808645\"},\"event_name\":\"user_send_text\","
            + "\"message\":{\"text\":\"Đường thôn Đông bị ngập\",\"msg_id\":\"96d3cdf3af150460909\"},"
            + "\"timestamp\":\"154390853474\"}";

    @Test
    void theMacIsSha256OfAppIdBodyTimestampAndSecretKey() {
        // sha256("360846524940903967" + BODY + "154390853474" + "khoa-bi-mat"), computed independently (Python hashlib)
        assertThat(ZaloSignature.mac("360846524940903967", BODY, "154390853474", "khoa-bi-mat"))
                .isEqualTo(EXPECTED_MAC);
    }

    @Test
    void theHeaderMatchesOnlyTheExactBodyAndKey() {
        String header = ZaloSignature.header("360846524940903967", BODY, "154390853474", "khoa-bi-mat");
        assertThat(header).isEqualTo("mac=" + EXPECTED_MAC);
        assertThat(ZaloSignature.matches(header, "360846524940903967", BODY, "154390853474", "khoa-bi-mat"))
                .isTrue();
        assertThat(ZaloSignature.matches(
                        "MAC=" + EXPECTED_MAC.toUpperCase(), "360846524940903967", BODY, "154390853474", "khoa-bi-mat"))
                .isTrue();
        assertThat(ZaloSignature.matches(header, "360846524940903967", BODY + " ", "154390853474", "khoa-bi-mat"))
                .isFalse();
        assertThat(ZaloSignature.matches(header, "360846524940903967", BODY, "154390853475", "khoa-bi-mat"))
                .isFalse();
        assertThat(ZaloSignature.matches(header, "360846524940903967", BODY, "154390853474", "khoa-khac"))
                .isFalse();
        assertThat(ZaloSignature.matches(null, "360846524940903967", BODY, "154390853474", "khoa-bi-mat"))
                .isFalse();
        assertThat(ZaloSignature.matches("mac=", "360846524940903967", BODY, "154390853474", "khoa-bi-mat"))
                .isFalse();
    }

    @Test
    void theEventGivesTheSenderTheMessageAndTheTimestampAsWritten() {
        ZaloEvent event = ZaloEvent.parse(BODY).orElseThrow();
        assertThat(event.appId()).isEqualTo("360846524940903967");
        assertThat(event.senderId()).isEqualTo("246845883529197922");
        assertThat(event.messageId()).isEqualTo("96d3cdf3af150460909");
        assertThat(event.text()).isEqualTo("Đường thôn Đông bị ngập");
        assertThat(event.timestamp()).isEqualTo("154390853474");
        assertThat(event.isVoterText()).isTrue();

        ZaloEvent follow = ZaloEvent.parse(
                        "{\"event_name\":\"follow\",\"timestamp\":1543908534740," + "\"follower\":{\"id\":\"1\"}}")
                .orElseThrow();
        assertThat(follow.timestamp()).isEqualTo("1543908534740");
        assertThat(follow.isVoterText()).isFalse();

        assertThat(ZaloEvent.parse("not json")).isEmpty();
        assertThat(ZaloEvent.parse("[1,2]")).isEmpty();
    }

    static final String EXPECTED_MAC = "56afdd166955101fc62b848fc16078d213d3cf35c7de6e4389b57908ba1a15e2";
}
