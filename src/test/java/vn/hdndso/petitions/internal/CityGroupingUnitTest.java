package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hdndso.shared.CouncilId;

/**
 * The city-level groups placed one issue at a time against stored groups ({@link CityGrouping})
 * are the groups the city view used to compute on every read (the former
 * {@code IssueFigures.cityLevelGroups}, kept below as {@link #formerGrouping}), on the 86 real
 * labelled petitions read as issues, alone and joined in twos and threes as an issue's petitions are.
 */
class CityGroupingUnitTest {

    private static final double THRESHOLD = 0.3;
    private static final CouncilId COUNCIL = new CouncilId(new UUID(0, 1));

    private static List<Issue> issues = List.of();

    /** An issue as the former grouping read it: its petitions' texts joined by U+001F. */
    private record Issue(UUID id, String text) {}

    @BeforeAll
    static void read() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                        CityGroupingUnitTest.class.getResourceAsStream("/petitions/labelled-petitions.tsv"));
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                texts.add(line.split("\t", 3)[2]);
            }
        }
        List<Issue> out = new ArrayList<>();
        long n = 0;
        for (String text : texts) {
            out.add(new Issue(new UUID(1, n++), text));
        }
        // issues of several petitions: neighbours in the file ask for the same thing
        for (int i = 0; i + 2 < texts.size(); i += 5) {
            out.add(new Issue(new UUID(1, n++), texts.get(i) + '\u001f' + texts.get(i + 1)));
            out.add(new Issue(
                    new UUID(1, n++), texts.get(i + 2) + '\u001f' + texts.get(i) + '\u001f' + texts.get(i + 1)));
        }
        issues = out;
    }

    @Test
    void theGroupsAreTheFormerOnes() {
        List<List<UUID>> former = formerGrouping(issues);
        List<List<UUID>> placed = partition(CityGrouping.place(List.of(), cityIssues(issues), THRESHOLD, ids()));

        assertThat(placed).isEqualTo(former);
        // the data groups: neither everything in one group nor every issue alone
        assertThat(former.size()).isBetween(10, issues.size() - 10);
    }

    @Test
    void placingTheIssuesInTwoSittingsAgainstTheStoredGroupsGivesTheSameGroups() {
        List<CityGrouping.Issue> all = cityIssues(issues);
        Supplier<UUID> ids = ids();
        CityGrouping.Result first = CityGrouping.place(List.of(), all.subList(0, 60), THRESHOLD, ids);
        List<CityGrouping.Group> stored =
                first.started().stream().map(CityGrouping.Started::group).toList();
        CityGrouping.Result second = CityGrouping.place(stored, all.subList(60, all.size()), THRESHOLD, ids);

        var placements = new ArrayList<>(first.placements());
        placements.addAll(second.placements());
        assertThat(partition(placements)).isEqualTo(formerGrouping(issues));
    }

    @Test
    void aGroupKeepsItsMembersAndAnIssueUnlikeAllStartsItsOwn() {
        List<CityGrouping.Issue> all = cityIssues(issues.subList(0, 2));
        CityGrouping.Result result = CityGrouping.place(List.of(), all, THRESHOLD, ids());
        // the first two labelled petitions are one request written twice (with and without diacritics)
        assertThat(result.started()).hasSize(1);
        assertThat(result.placements())
                .extracting(CityGrouping.Placement::group)
                .containsOnly(result.started().get(0).group().id());

        var unlike = new CityGrouping.Issue(
                new UUID(2, 0), COUNCIL, hashed("Đề nghị lắp đèn chiếu sáng công viên trung tâm phường"));
        CityGrouping.Result next =
                CityGrouping.place(List.of(result.started().get(0).group()), List.of(unlike), THRESHOLD, ids());
        assertThat(next.started())
                .singleElement()
                .extracting(s -> s.first().id())
                .isEqualTo(unlike.id());
    }

    @Test
    void theHashedSimilarityIsTheSimilarityOfTheWords() {
        for (Issue a : issues) {
            Set<String> fa = TextFeatures.fingerprint(a.text().replace('\u001f', ' '));
            for (Issue b : issues) {
                Set<String> fb = TextFeatures.fingerprint(b.text().replace('\u001f', ' '));
                assertThat(HashedFingerprint.of(fa).similarity(HashedFingerprint.of(fb)))
                        .isEqualTo(TextFeatures.similarity(fa, fb));
            }
        }
        HashedFingerprint some = hashed(issues.get(0).text());
        assertThat(HashedFingerprint.stored(some.toStored()).similarity(some)).isEqualTo(1.0);
    }

    /** The former grouping, as it was in IssueFigures.cityLevelGroups (reading the issues in the order given). */
    private static List<List<UUID>> formerGrouping(List<Issue> all) {
        List<List<Issue>> groups = new ArrayList<>();
        List<Set<String>> fingerprints = new ArrayList<>();
        for (Issue c : all) {
            Set<String> fp = TextFeatures.fingerprint(c.text().replace('\u001f', ' '));
            int best = -1;
            double bestSimilarity = 0;
            for (int g = 0; g < groups.size(); g++) {
                double s = TextFeatures.similarity(fp, fingerprints.get(g));
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = g;
                }
            }
            if (best >= 0 && bestSimilarity >= THRESHOLD) {
                groups.get(best).add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
                fingerprints.add(fp);
            }
        }
        return groups.stream().map(g -> g.stream().map(Issue::id).toList()).toList();
    }

    private static List<CityGrouping.Issue> cityIssues(List<Issue> all) {
        return all.stream()
                .map(i -> new CityGrouping.Issue(i.id(), COUNCIL, hashed(i.text())))
                .toList();
    }

    private static HashedFingerprint hashed(String text) {
        return HashedFingerprint.of(TextFeatures.fingerprint(text.replace('\u001f', ' ')));
    }

    private static List<List<UUID>> partition(CityGrouping.Result result) {
        return partition(result.placements());
    }

    /** The issues of each group, groups in the order they were started. */
    private static List<List<UUID>> partition(List<CityGrouping.Placement> placements) {
        Map<UUID, List<UUID>> groups = new LinkedHashMap<>();
        for (CityGrouping.Placement p : placements) {
            groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p.issue());
        }
        return List.copyOf(groups.values());
    }

    private static Supplier<UUID> ids() {
        AtomicLong next = new AtomicLong();
        return () -> new UUID(9, next.getAndIncrement());
    }
}
