package vn.hdndso.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.InvalidInputException;

/** The signature, the retry schedule and the checks of a new subscription. */
class WebhookRulesUnitTest {

    static final TargetPolicy.Resolver PUBLIC = host -> new InetAddress[] {InetAddress.getByName("203.113.1.10")};

    @Test
    void theSignatureIsTheHexHmacSha256OfTheExactBody() throws Exception {
        byte[] body = "{\"event\":\"DocumentIssued\",\"subject\":\"Kế hoạch\"}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("bí-mật-16-ký-tự-trở-lên".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        assertThat(WebhookSignature.of("bí-mật-16-ký-tự-trở-lên", body)).isEqualTo(expected);
        assertThat(WebhookSignature.verifies("bí-mật-16-ký-tự-trở-lên", body, expected))
                .isTrue();
        assertThat(WebhookSignature.verifies("another-secret-of-16", body, expected))
                .isFalse();
        byte[] changed = body.clone();
        changed[2]++;
        assertThat(WebhookSignature.verifies("bí-mật-16-ký-tự-trở-lên", changed, expected))
                .isFalse();
        // a known vector (RFC 4231 test case 2)
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void retriesDoubleUpToTheLongestDelayAndStopAtTheLimits() {
        var schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10), 5, Duration.ofHours(1));
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(schedule.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(schedule.delayAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.delayAfter(1000)).isEqualTo(Duration.ofMinutes(10));
        Instant start = Instant.parse("2026-12-07T03:00:00Z");
        assertThat(schedule.nextAttempt(1, start, start)).contains(start.plusSeconds(30));
        assertThat(schedule.nextAttempt(5, start, start)).isEmpty(); // the fifth attempt was the last
        Instant late = start.plus(Duration.ofMinutes(59).plusSeconds(30));
        assertThat(schedule.nextAttempt(2, start, start.plus(Duration.ofMinutes(50))))
                .isPresent();
        assertThat(schedule.nextAttempt(2, start, late)).isEmpty(); // past the maximum age
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(1), 3, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewSubscriptionReportsEveryWrongFieldTogether() {
        var wrong = new NewSubscription(null, List.of("DocumentIssued", "SomethingElse"), "short", null);
        assertThatThrownBy(() -> wrong.check(new TargetPolicy(false), PUBLIC))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.FieldProblem::field,
                                        InvalidInputException.FieldProblem::messageKey)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("url", "webhooks.url.required"),
                                        org.assertj.core.groups.Tuple.tuple("events", "webhooks.events.unknown"),
                                        org.assertj.core.groups.Tuple.tuple("secret", "webhooks.secret.length")));
        var empty = new NewSubscription("https://cong.example.gov.vn/h", List.of(), null, null);
        assertThatThrownBy(() -> empty.check(new TargetPolicy(false), PUBLIC))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.FieldProblem::messageKey)
                                .containsExactly("webhooks.events.required", "webhooks.secret.required"));
    }

    @Test
    void aGoodSubscriptionKeepsItsEventsOnce() {
        var checked = new NewSubscription(
                        " https://cong.example.gov.vn/h ",
                        List.of("DocumentIssued", "ResolutionIssued", "DocumentIssued"),
                        "0123456789abcdef",
                        null)
                .check(new TargetPolicy(false), PUBLIC);
        assertThat(checked.url()).isEqualTo("https://cong.example.gov.vn/h");
        assertThat(checked.events()).containsExactly(WebhookEvent.DOCUMENT_ISSUED, WebhookEvent.RESOLUTION_ISSUED);
    }

    @Test
    void everyEventHasTheContractsName() {
        assertThat(List.of(WebhookEvent.values()))
                .extracting(WebhookEvent::wireName)
                .containsExactly(
                        "DocumentIssued",
                        "DocumentRecalled",
                        "PetitionIssueTransferred",
                        "PetitionIssueAnswered",
                        "AnswerPublished",
                        "SessionConvened",
                        "ResolutionIssued");
        assertThat(WebhookEvent.ofWireName("documentissued")).isEmpty();
    }
}
