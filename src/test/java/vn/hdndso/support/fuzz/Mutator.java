package vn.hdndso.support.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile variants of the corpus inputs, reproducibly from a seed: flipped bits, bytes and
 * interesting values put in, runs deleted, duplicated or cut short, two inputs spliced, and
 * text-level changes (digits, quotes, separators, tags, very long runs) that parsers of CSV, XML and
 * queries meet. The same seed gives the same sequence, so a failure reported with its seed repeats.
 */
public final class Mutator {

    private static final byte[][] TOKENS = {
        ",".getBytes(),
        ";".getBytes(),
        "\t".getBytes(),
        "\"".getBytes(),
        "\r\n".getBytes(),
        "\n".getBytes(),
        "<".getBytes(),
        ">".getBytes(),
        "</".getBytes(),
        "&amp;".getBytes(),
        "<!DOCTYPE x [<!ENTITY a \"b\">]>".getBytes(),
        "%PDF-1.7\n".getBytes(),
        "PK\u0003\u0004".getBytes(),
        "obj".getBytes(),
        "endobj".getBytes(),
        "stream".getBytes(),
        "999999999999999999999".getBytes(),
        "-1".getBytes(),
        "0".getBytes(),
        "NaN".getBytes(),
        "1e400".getBytes(),
        "{".getBytes(),
        "}".getBytes(),
        "[".getBytes(),
        "]".getBytes(),
        "null".getBytes(),
        "\\u0000".getBytes(),
        "\"\"\"".getBytes(),
        "*".getBytes(),
        "?".getBytes(),
        "~".getBytes(),
        "AND".getBytes(),
        "OR".getBytes(),
        "\u0000".getBytes(),
        "\uFEFF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "Đ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "ệ".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xC3},
        {(byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F}
    };

    private static final int[] INTERESTING = {0, 1, 0x7F, 0x80, 0xFF, 0x20, 0x0A, 0x0D, 0x22, 0x2C, 0x3C};

    private final Random random;
    private final int maxLength;

    public Mutator(long seed, int maxLength) {
        this.random = new Random(seed);
        this.maxLength = maxLength;
    }

    /** One variant of a corpus input (sometimes spliced with another). */
    public byte[] mutate(List<byte[]> corpus) {
        byte[] data = corpus.get(random.nextInt(corpus.size()));
        int rounds = 1 + random.nextInt(random.nextInt(8) + 1);
        for (int i = 0; i < rounds; i++) {
            data = once(data, corpus);
        }
        return data.length > maxLength ? Arrays.copyOf(data, maxLength) : data;
    }

    private byte[] once(byte[] data, List<byte[]> corpus) {
        if (data.length == 0) {
            return TOKENS[random.nextInt(TOKENS.length)].clone();
        }
        int at = random.nextInt(data.length);
        return switch (random.nextInt(10)) {
            case 0 -> {
                byte[] copy = data.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                yield copy;
            }
            case 1 -> {
                byte[] copy = data.clone();
                copy[at] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
                yield copy;
            }
            case 2 -> insert(data, at, TOKENS[random.nextInt(TOKENS.length)]);
            case 3 -> {
                int length = Math.min(data.length - at, 1 + random.nextInt(64));
                yield concat(Arrays.copyOf(data, at), Arrays.copyOfRange(data, at + length, data.length));
            }
            case 4 -> {
                int length = Math.min(data.length - at, 1 + random.nextInt(256));
                yield insert(data, at, Arrays.copyOfRange(data, at, at + length));
            }
            case 5 -> Arrays.copyOf(data, at);
            case 6 -> {
                byte[] other = corpus.get(random.nextInt(corpus.size()));
                int from = other.length == 0 ? 0 : random.nextInt(other.length);
                yield concat(Arrays.copyOf(data, at), Arrays.copyOfRange(other, from, other.length));
            }
            case 7 -> {
                byte[] run = new byte[1 + random.nextInt(4096)];
                Arrays.fill(run, data[at]);
                yield insert(data, at, run);
            }
            case 8 -> {
                byte[] copy = data.clone();
                for (int i = 0; i < copy.length; i++) {
                    if (Character.isDigit(copy[i]) && random.nextInt(4) == 0) {
                        copy[i] = (byte) ('0' + random.nextInt(10));
                    }
                }
                yield copy;
            }
            default -> {
                byte[] token = TOKENS[random.nextInt(TOKENS.length)];
                byte[] repeated = new byte[token.length * (1 + random.nextInt(64))];
                for (int i = 0; i < repeated.length; i++) {
                    repeated[i] = token[i % token.length];
                }
                yield insert(data, at, repeated);
            }
        };
    }

    private static byte[] insert(byte[] data, int at, byte[] piece) {
        return concat(concat(Arrays.copyOf(data, at), piece), Arrays.copyOfRange(data, at, data.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
