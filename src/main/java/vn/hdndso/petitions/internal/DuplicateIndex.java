package vn.hdndso.petitions.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory index of petition fingerprints grouped into clusters (petition issues): finds the
 * clusters most similar to a new text without comparing it with every petition. Candidates come
 * from the query's rarest tokens (prefix filtering over an inverted index); the candidates are then
 * scored exactly ({@link TextFeatures#similarity}), a cluster by its most similar member. At most
 * {@link #REPRESENTATIVES} members per cluster are indexed: paraphrases of one request resemble
 * its first few wordings. Not thread-safe.
 */
final class DuplicateIndex {

    /** A cluster and the similarity of its most similar member. */
    record Match(int cluster, double similarity) {}

    static final int REPRESENTATIVES = 4;
    private static final int PROBE_TOKENS = 8;
    private static final int MAX_POSTINGS_SCANNED = 4_000;
    private static final int SCORED_CANDIDATES = 32;

    private final Map<String, Integer> tokenIds = new HashMap<>();
    private final List<int[]> postings = new ArrayList<>();
    private final List<Integer> postingSizes = new ArrayList<>();
    private final List<int[]> entries = new ArrayList<>();
    private final List<Integer> entryCluster = new ArrayList<>();
    private final Map<Integer, Integer> clusterSize = new HashMap<>();
    private int[] hits = new int[1024];
    private int[] touched = new int[1024];

    int entries() {
        return entries.size();
    }

    /** Adds a petition to a cluster (indexed if the cluster has fewer than {@link #REPRESENTATIVES}). */
    void add(int cluster, Set<String> fingerprint) {
        int size = clusterSize.merge(cluster, 1, Integer::sum);
        if (size > REPRESENTATIVES || fingerprint.isEmpty()) {
            return;
        }
        int entry = entries.size();
        int[] tokens = new int[fingerprint.size()];
        int i = 0;
        for (String token : fingerprint) {
            int id = tokenIds.computeIfAbsent(token, t -> {
                postings.add(new int[4]);
                postingSizes.add(0);
                return postings.size() - 1;
            });
            tokens[i++] = id;
            int n = postingSizes.get(id);
            int[] list = postings.get(id);
            if (n == list.length) {
                list = Arrays.copyOf(list, n * 2);
                postings.set(id, list);
            }
            list[n] = entry;
            postingSizes.set(id, n + 1);
        }
        Arrays.sort(tokens);
        entries.add(tokens);
        entryCluster.add(cluster);
        if (hits.length <= entry) {
            hits = Arrays.copyOf(hits, hits.length * 2);
        }
    }

    /** The clusters at least {@code threshold} similar, best first, at most {@code limit}. */
    List<Match> similar(Set<String> fingerprint, double threshold, int limit) {
        if (fingerprint.isEmpty() || entries.isEmpty()) {
            return List.of();
        }
        List<int[]> known = new ArrayList<>();
        int[] query = new int[fingerprint.size()];
        int q = 0;
        for (String token : fingerprint) {
            Integer id = tokenIds.get(token);
            if (id != null) {
                known.add(new int[] {id, postingSizes.get(id)});
                query[q++] = id;
            }
        }
        if (known.isEmpty()) {
            return List.of();
        }
        query = Arrays.copyOf(query, q);
        Arrays.sort(query);
        known.sort((a, b) -> Integer.compare(a[1], b[1]));
        int touchedCount = 0;
        int probes = Math.min(PROBE_TOKENS, known.size());
        for (int p = 0; p < probes; p++) {
            int id = known.get(p)[0];
            int n = postingSizes.get(id);
            int[] list = postings.get(id);
            int from = Math.max(0, n - MAX_POSTINGS_SCANNED);
            for (int k = n - 1; k >= from; k--) {
                int entry = list[k];
                if (hits[entry]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = entry;
                }
            }
        }
        // the best-hit candidates, scored exactly
        int[] order = Arrays.copyOf(touched, touchedCount);
        Integer[] boxed = new Integer[touchedCount];
        for (int i = 0; i < touchedCount; i++) {
            boxed[i] = order[i];
        }
        int[] hitCopy = hits;
        Arrays.sort(boxed, (a, b) -> Integer.compare(hitCopy[b], hitCopy[a]));
        for (int i = 0; i < touchedCount; i++) {
            hits[touched[i]] = 0;
        }
        Map<Integer, Double> best = new HashMap<>();
        int scored = Math.min(SCORED_CANDIDATES, boxed.length);
        for (int i = 0; i < scored; i++) {
            int entry = boxed[i];
            double similarity = cosine(query, fingerprint.size(), entries.get(entry));
            if (similarity >= threshold) {
                best.merge(entryCluster.get(entry), similarity, Math::max);
            }
        }
        return best.entrySet().stream()
                .map(e -> new Match(e.getKey(), e.getValue()))
                .sorted((a, b) -> Double.compare(b.similarity(), a.similarity()))
                .limit(limit)
                .toList();
    }

    private static double cosine(int[] query, int querySize, int[] entry) {
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < query.length && j < entry.length) {
            if (query[i] == entry[j]) {
                shared++;
                i++;
                j++;
            } else if (query[i] < entry[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared / Math.sqrt((double) querySize * entry.length);
    }
}
