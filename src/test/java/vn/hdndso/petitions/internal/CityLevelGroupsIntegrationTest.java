package vn.hdndso.petitions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hdndso.councils.Council;
import vn.hdndso.councils.Councils;
import vn.hdndso.petitions.CompetentLevel;
import vn.hdndso.petitions.NewPetition;
import vn.hdndso.petitions.PetitionIssue;
import vn.hdndso.petitions.PetitionIssues;
import vn.hdndso.petitions.PetitionIssues.CityLevelGroup;
import vn.hdndso.petitions.Petitions;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.tenancy.Tenancy;
import vn.hdndso.shared.tenancy.TenantScope;
import vn.hdndso.shared.web.Page;
import vn.hdndso.support.IntegrationTest;
import vn.hdndso.support.TestClient;

/**
 * The city's groups of city-level petitions, stored and counted in SQL, are what the former
 * grouping computed on every read (kept below as {@link #formerGroups}: the same query of every
 * open city-level issue with its petitions' texts, grouped in Java): the same groups, titles, fields,
 * petition counts, councils and issues, before and after a change; paged without losing or repeating
 * a group. In nghi-duong and nam-do-son, with words no other test uses.
 */
@IntegrationTest
class CityLevelGroupsIntegrationTest {

    @Autowired
    Councils councils;

    @Autowired
    Petitions petitions;

    @Autowired
    PetitionIssues issues;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PetitionsProperties properties;

    @Autowired
    TestClient client;

    private final String run = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");

    @Test
    void theStoredGroupsAreTheFormerGroupsAndPageWithoutGaps() {
        Council nghiDuong = councils.requireBySlug("nghi-duong");
        Council namDoSon = councils.requireBySlug("nam-do-son");
        String road = words("đường", 'r');
        String market = words("chợ", 'm');
        String light = words("đèn", 'l');

        UUID roadHere = cityLevel(nghiDuong, "Đề nghị thành phố sửa tuyến đường " + road + " bị sụt lún.");
        UUID roadAgain = submit(nghiDuong, "Đề nghị thành phố sửa tuyến đường " + road + " bị sụt lún nặng.");
        UUID roadThere = cityLevel(namDoSon, "Cử tri đề nghị sửa tuyến đường " + road + " xuống cấp.");
        UUID marketHere = cityLevel(nghiDuong, "Đề nghị xây lại chợ " + market + " đã cũ.");
        UUID marketThere = cityLevel(namDoSon, "Đề nghị thành phố xây lại chợ " + market + ".");
        UUID lightThere = cityLevel(namDoSon, "Đề nghị lắp đèn " + light + " ở bến xe.");
        assertThat(roadAgain)
                .as("the same council's same request joins its issue")
                .isEqualTo(roadHere);
        assertThat(List.of(roadHere, roadThere, marketHere, marketThere, lightThere))
                .as("road %s %s, market %s %s, light %s", roadHere, roadThere, marketHere, marketThere, lightThere)
                .doesNotHaveDuplicates();
        Set<UUID> mine = Set.of(roadHere, roadThere, marketHere, marketThere, lightThere);

        List<CityLevelGroup> now = ours(mine, all());
        assertThat(now).isEqualTo(ours(mine, formerGroups()));
        CityLevelGroup roads = groupOf(roadHere, now);
        assertThat(roads.issueIds()).containsExactlyInAnyOrder(roadHere, roadThere);
        assertThat(roads.petitionCount()).isEqualTo(3);
        assertThat(roads.councils()).containsExactly(nghiDuong.name(), namDoSon.name());
        CityLevelGroup markets = groupOf(marketHere, now);
        assertThat(markets.issueIds()).contains(marketHere, marketThere).doesNotContain(roadHere);
        assertThat(groupOf(lightThere, now).issueIds()).doesNotContain(roadHere);

        // changes after the groups were stored: a new petition joins, an issue leaves the city level
        UUID marketAgain = submit(nghiDuong, "Đề nghị xây lại chợ " + market + " đã cũ nát.");
        assertThat(marketAgain).isEqualTo(marketHere);
        Tenancy.run(TenantScope.staffOf(namDoSon.id()), () -> {
            PetitionIssue issue = issues.require(namDoSon.id(), lightThere);
            issues.edit(namDoSon.id(), lightThere, issue.title(), issue.field(), CompetentLevel.COMMUNE);
        });
        Set<UUID> mineNow = Set.of(roadHere, roadThere, marketHere, marketThere, lightThere);
        List<CityLevelGroup> later = ours(mineNow, all());
        assertThat(later).isEqualTo(ours(mineNow, formerGroups()));
        assertThat(groupOf(roadHere, later)).isEqualTo(roads);
        assertThat(groupOf(marketHere, later).petitionCount())
                .as("one petition more, and the issue that left the city level no longer counted")
                .isEqualTo(markets.petitionCount() + 1 - (markets.issueIds().contains(lightThere) ? 1 : 0));
        assertThat(later).noneMatch(g -> g.issueIds().contains(lightThere));

        // pages of 3 are the one long page cut in threes
        Page<CityLevelGroup> first = page(0, 3);
        List<CityLevelGroup> paged = new ArrayList<>();
        IntStream.range(0, (int) ((first.total() + 2) / 3))
                .forEach(p -> paged.addAll(page(p, 3).items()));
        assertThat(first.total()).isEqualTo(all().size());
        assertThat(paged).isEqualTo(all());

        // the API: the city's office sees the page, most petitions first
        var response = client.get(
                "/api/v1/councils/thanh-pho/petition-issues/city-level?size=2", "admin", TestClient.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items").size()).isEqualTo(Math.min(2, (int) first.total()));
        assertThat(response.json().path("size").asInt()).isEqualTo(2);
        assertThat(response.json().path("total").asLong()).isEqualTo(first.total());
        assertThat(response.json().path("items").get(0).path("petitionCount").asInt())
                .isEqualTo(all().get(0).petitionCount());
    }

    private String words(String kind, int n) {
        // made-up place names: syllables no other petition has
        return kind + " "
                + IntStream.range(0, n)
                        .mapToObj(i -> "x" + run + (char) ('a' + i) + kind.length())
                        .collect(Collectors.joining(" "));
    }

    private UUID submit(Council council, String text) {
        return receive(council, text).issueId();
    }

    private Petitions.Receipt receive(Council council, String text) {
        return Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> petitions.submit(
                        council.id(),
                        NewPetition.imported(text, null, null, "Thôn Một", "city-" + UUID.randomUUID(), null)));
    }

    /** A petition with an issue of its own, which the clerk puts at the city's level. */
    private UUID cityLevel(Council council, String text) {
        Petitions.Receipt receipt = receive(council, text);
        UUID issue = Tenancy.call(
                TenantScope.staffOf(council.id()),
                () -> receipt.grouped()
                        ? issues.split(council.id(), receipt.petitionId(), null).id()
                        : receipt.issueId());
        Tenancy.run(TenantScope.staffOf(council.id()), () -> {
            PetitionIssue found = issues.require(council.id(), issue);
            issues.edit(council.id(), issue, found.title(), found.field(), CompetentLevel.CITY);
        });
        return issue;
    }

    private List<CityLevelGroup> all() {
        return page(0, Page.MAX_SIZE).items();
    }

    private Page<CityLevelGroup> page(int page, int size) {
        return Tenancy.call(
                TenantScope.allCouncils("test: city-level groups"),
                () -> issues.cityLevelGroups(new Page.Request(page, size)));
    }

    private static CityLevelGroup groupOf(UUID issue, List<CityLevelGroup> groups) {
        return groups.stream()
                .filter(g -> g.issueIds().contains(issue))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group holds " + issue));
    }

    /** The groups holding any of these issues, in the order the page lists them. */
    private static List<CityLevelGroup> ours(Set<UUID> mine, List<CityLevelGroup> groups) {
        return groups.stream()
                .filter(g -> g.issueIds().stream().anyMatch(mine::contains))
                .toList();
    }

    private record Candidate(UUID id, CouncilId council, String title, String field, String text, int count) {}

    /**
     * The former IssueQueries.cityLevelEverywhere + IssueFigures.cityLevelGroups, reading the issues
     * in the order they came (the former query had no order).
     */
    private List<CityLevelGroup> formerGroups() {
        List<Candidate> all = Tenancy.call(
                TenantScope.allCouncils("test: the former city-level grouping"),
                () -> transactions.execute(s -> jdbc.sql("""
                                select i.id, i.council_id, i.title, i.field, i.level,
                                  string_agg(p.content, chr(31) order by p.received_at) as text, count(p.id) as petition_count
                                from petition_issue i join petition p on p.issue_id = i.id
                                where i.level = 'CITY' and not i.complaint and i.status <> 'CLOSED'
                                group by i.id, i.council_id, i.title, i.field, i.level
                                order by i.created_at, i.id""")
                        .query((rs, n) -> new Candidate(
                                rs.getObject("id", UUID.class),
                                new CouncilId(rs.getObject("council_id", UUID.class)),
                                rs.getString("title"),
                                rs.getString("field"),
                                rs.getString("text"),
                                rs.getInt("petition_count")))
                        .list()));
        List<List<Candidate>> groups = new ArrayList<>();
        List<Set<String>> fingerprints = new ArrayList<>();
        for (Candidate c : java.util.Objects.requireNonNull(all)) {
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
            if (best >= 0 && bestSimilarity >= properties.suggestThreshold()) {
                groups.get(best).add(c);
            } else {
                groups.add(new ArrayList<>(List.of(c)));
                fingerprints.add(fp);
            }
        }
        return groups.stream()
                .map(g -> new CityLevelGroup(
                        g.get(0).title(),
                        g.get(0).field(),
                        g.stream().mapToInt(Candidate::count).sum(),
                        g.stream()
                                .map(c -> councils.require(c.council()).name())
                                .distinct()
                                .toList(),
                        g.stream().map(Candidate::id).toList()))
                .sorted((a, b) -> Integer.compare(b.petitionCount(), a.petitionCount()))
                .toList();
    }
}
