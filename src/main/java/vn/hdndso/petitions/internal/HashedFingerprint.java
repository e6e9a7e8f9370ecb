package vn.hdndso.petitions.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * An issue's fingerprint ({@link TextFeatures#fingerprint}) as sorted 64-bit hashes of its tokens:
 * what a city-level group keeps of the issue that started it, so that the words of the voters'
 * petitions are not stored a second time. Its similarity is the fingerprints' cosine (the same as
 * {@link TextFeatures#similarity} but for a hash collision, about one in 10¹⁸ per pair of tokens).
 */
final class HashedFingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final long[] tokens;

    private HashedFingerprint(long[] tokens) {
        this.tokens = tokens;
    }

    static HashedFingerprint of(Set<String> fingerprint) {
        return new HashedFingerprint(fingerprint.stream()
                .mapToLong(HashedFingerprint::hash)
                .sorted()
                .distinct()
                .toArray());
    }

    /** As stored ({@code bigint[]}): sorted, distinct. */
    static HashedFingerprint stored(Long[] tokens) {
        return new HashedFingerprint(Arrays.stream(tokens)
                .mapToLong(Long::longValue)
                .sorted()
                .distinct()
                .toArray());
    }

    Long[] toStored() {
        return Arrays.stream(tokens).boxed().toArray(Long[]::new);
    }

    int size() {
        return tokens.length;
    }

    /** Cosine similarity as binary vectors: 0 (nothing shared) to 1 (the same). */
    double similarity(HashedFingerprint other) {
        if (tokens.length == 0 || other.tokens.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < tokens.length && j < other.tokens.length) {
            int c = Long.compare(tokens[i], other.tokens[j]);
            if (c == 0) {
                shared++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return shared / Math.sqrt((double) tokens.length * other.tokens.length);
    }

    /** 64-bit FNV-1a of the token's UTF-8 bytes. */
    static long hash(String token) {
        long h = FNV_OFFSET;
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }
}
