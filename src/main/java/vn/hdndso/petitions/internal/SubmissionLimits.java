package vn.hdndso.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import vn.hdndso.shared.limits.RateLimit;
import vn.hdndso.shared.limits.RateLimiter;

/**
 * Rate limits of public submissions per network address: {@code hdnd.petitions.per-address-per-hour}
 * in any hour, counted in the shared rate buckets (so the same on every instance; only a keyed
 * hash of the address is kept, see {@link RateLimiter}). The per-contact limit is counted in the
 * petitions themselves. No captcha: people in a commune should not have to read distorted letters.
 */
@Component
class SubmissionLimits {

    static final String LIMIT = "petitions.submission";

    private final RateLimiter limiter;
    private final RateLimit perAddress;
    private final String salt = Long.toHexString(new SecureRandom().nextLong());

    SubmissionLimits(PetitionsProperties properties, RateLimiter limiter) {
        this.limiter = limiter;
        this.perAddress = RateLimit.perPeriod(LIMIT, properties.perAddressPerHour(), Duration.ofHours(1));
    }

    /** Counts a submission from the address; false when it is over the limit (nothing counted then). */
    public boolean tryAcquire(String address) {
        return limiter.tryAcquire(perAddress, address).granted();
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
