package vn.hdndso.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hdndso.identity.ApiKeyScope;
import vn.hdndso.identity.Role;
import vn.hdndso.identity.UserAccount;
import vn.hdndso.identity.UserId;
import vn.hdndso.shared.CouncilId;

class VerifiedKeysUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final UUID USER = UUID.randomUUID();

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T03:00:00Z"));
    final AtomicBoolean connected = new AtomicBoolean(true);
    VerifiedKeys keys;

    @BeforeEach
    void listening() {
        keys = new VerifiedKeys(Duration.ofSeconds(60), clock, connected::get);
        keys.startedListening();
    }

    @Test
    void aKeyVerifiedAMomentAgoIsFoundWithoutTheDatabase() {
        keys.remember("t1", entry("abcd1234", USER, null), keys.stamp());
        assertThat(keys.find("t1", TODAY)).isPresent();
        assertThat(keys.find("t2", TODAY)).as("another token").isEmpty();
    }

    @Test
    void keptAtMostTheMaximumAge() {
        keys.remember("t1", entry("abcd1234", USER, null), keys.stamp());
        clock.advance(Duration.ofSeconds(60));
        assertThat(keys.find("t1", TODAY)).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(keys.find("t1", TODAY)).isEmpty();
        assertThat(keys.size()).isZero();
    }

    @Test
    void notUsedOnceTheKeyExpiresNorOnTheNextDay() {
        keys.remember("t1", entry("abcd1234", USER, clock.instant().plusSeconds(5)), keys.stamp());
        assertThat(keys.find("t1", TODAY)).isPresent();
        clock.advance(Duration.ofSeconds(5));
        assertThat(keys.find("t1", TODAY)).as("expired").isEmpty();

        keys.remember("t2", entry("efgh5678", USER, null), keys.stamp());
        assertThat(keys.find("t2", TODAY.plusDays(1)))
                .as("the first use of a day is recorded in the database")
                .isEmpty();
    }

    @Test
    void aNotificationForgetsTheKeyOrEveryKeyOfTheAccount() {
        UUID other = UUID.randomUUID();
        keys.remember("t1", entry("abcd1234", USER, null), keys.stamp());
        keys.remember("t2", entry("efgh5678", USER, null), keys.stamp());
        keys.remember("t3", entry("ijkl9012", other, null), keys.stamp());
        keys.changed("key:abcd1234");
        assertThat(keys.find("t1", TODAY)).isEmpty();
        assertThat(keys.find("t2", TODAY)).isPresent();
        keys.changed("user:" + USER);
        assertThat(keys.find("t2", TODAY)).isEmpty();
        assertThat(keys.find("t3", TODAY)).isPresent();
        keys.changed("something else");
        assertThat(keys.find("t3", TODAY))
                .as("an unknown payload forgets everything")
                .isEmpty();
    }

    @Test
    void aVerificationThatOverlapsAChangeIsNotKept() {
        long stamp = keys.stamp(); // the database is read now, before the revocation commits
        keys.changed("key:abcd1234"); // the revocation's notification arrives meanwhile
        keys.remember("t1", entry("abcd1234", USER, null), stamp);
        assertThat(keys.find("t1", TODAY)).isEmpty();
        // even a change about another key: which one the reading missed is not known
        long next = keys.stamp();
        keys.changed("user:" + UUID.randomUUID());
        keys.remember("t1", entry("abcd1234", USER, null), next);
        assertThat(keys.size()).isZero();
    }

    @Test
    void nothingKeptIsUsedWhileChangesCannotArriveNorAfterReconnectingUntilListeningAgain() {
        keys.remember("t1", entry("abcd1234", USER, null), keys.stamp());
        connected.set(false);
        assertThat(keys.find("t1", TODAY)).isEmpty();
        keys.remember("t2", entry("efgh5678", USER, null), keys.stamp());
        assertThat(keys.size()).as("nothing is kept while disconnected").isZero();
        connected.set(true);
        keys.remember("t3", entry("ijkl9012", USER, null), keys.stamp());
        assertThat(keys.find("t3", TODAY))
                .as("connected again, but not listening yet")
                .isEmpty();
        keys.startedListening();
        keys.remember("t3", entry("ijkl9012", USER, null), keys.stamp());
        assertThat(keys.find("t3", TODAY)).isPresent();
    }

    @Test
    void aMaximumAgeOfZeroKeepsNothing() {
        var off = new VerifiedKeys(Duration.ZERO, clock, connected::get);
        off.startedListening();
        off.remember("t1", entry("abcd1234", USER, null), off.stamp());
        assertThat(off.find("t1", TODAY)).isEmpty();
    }

    private VerifiedKeys.Entry entry(String prefix, UUID user, @Nullable Instant expires) {
        var account = new UserAccount(
                new UserId(user),
                new CouncilId(UUID.randomUUID()),
                "daibieu",
                "Đại Biểu",
                null,
                null,
                Set.of(Role.DELEGATE),
                true,
                null,
                false,
                false,
                Instant.parse("2026-01-01T00:00:00Z"),
                null);
        return new VerifiedKeys.Entry(
                new ApiKeyVerifier.VerifiedKey(new AccountPrincipal(account, null), Set.of(ApiKeyScope.values())),
                prefix,
                user,
                expires,
                clock.instant(),
                TODAY);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
