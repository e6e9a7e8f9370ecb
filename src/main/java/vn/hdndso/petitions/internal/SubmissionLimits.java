package vn.hdndso.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Rate limits of public submissions per network address (a sliding hour, in memory on each
 * instance; the address itself is never stored, only a salted hash). The per-contact limit is
 * counted in the database. No captcha: people in a commune should not have to read distorted
 * letters.
 */
@Component
class SubmissionLimits {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final PetitionsProperties properties;
    private final Clock clock;
    private final String salt = Long.toHexString(new java.security.SecureRandom().nextLong());

    @org.springframework.beans.factory.annotation.Autowired
    SubmissionLimits(PetitionsProperties properties) {
        this(properties, Clock.systemUTC());
    }

    SubmissionLimits(PetitionsProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a submission from the address; false when it is over the limit (nothing counted then). */
    public boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (byAddress.size() > MAX_TRACKED) {
            byAddress.values().removeIf(q -> q.isEmpty() || q.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = byAddress.computeIfAbsent(hash(address), k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= properties.perAddressPerHour()) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** A salted SHA-256 of the address, for the record (so abuse can be traced without storing addresses). */
    public String hash(String address) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((salt + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
