package vn.hdndso.petitions.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.hdndso.shared.VnText;

/**
 * Synthetic petitions made by paraphrasing the labelled sample: a request is one paraphrase group
 * of the sample placed in one real commune or ward (from the administrative-unit list), and each
 * petition of it is one of the group's wordings, with or without diacritics, with fillers, word
 * drops and the place said differently. The true request of every petition is known, so the
 * clustering can be scored.
 */
public final class SyntheticPetitions {

    /** One generated petition and the request it truly belongs to. */
    public record Synthetic(String text, int request) {}

    private static final String[] OPENERS = {
        "", "Cử tri phản ánh: ", "Kính đề nghị: ", "Ý kiến cử tri: ", "Bà con mong muốn: ", ""
    };
    private static final String[] CLOSERS = {
        "", " Mong được giải quyết sớm.", " Đề nghị quan tâm.", " Xin cảm ơn.", " Rất mong chính quyền xem xét.", ""
    };

    private final List<List<String>> groups = new ArrayList<>();
    private final List<String> places = new ArrayList<>();
    private final Random random;

    public SyntheticPetitions(long seed) throws IOException {
        this.random = new Random(seed);
        var byGroup = new java.util.TreeMap<Integer, List<String>>();
        String tsv = new String(
                java.util.Objects.requireNonNull(
                                SyntheticPetitions.class.getResourceAsStream("/petitions/labelled-petitions.tsv"))
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        for (String line : tsv.split("\n")) {
            String[] cells = line.split("\t");
            if (cells.length == 3 && !cells[0].equals("group")) {
                byGroup.computeIfAbsent(Integer.parseInt(cells[0]), g -> new ArrayList<>())
                        .add(cells[2]);
            }
        }
        groups.addAll(byGroup.values());
        for (String line : Files.readAllLines(Path.of("src/main/resources/data/admin-units/units-2025.csv"))
                .subList(1, 3322)) {
            places.add(line.split(",")[5]);
        }
    }

    /** How many distinct requests there are: groups × places. */
    public int requests() {
        return groups.size() * places.size();
    }

    /** How many councils (communes and wards) petitions are spread over. */
    public int councils() {
        return places.size();
    }

    /** How many distinct requests each council receives. */
    public int groups() {
        return groups.size();
    }

    /** A petition of a random request among the first {@code requests}. */
    public Synthetic next(int requests) {
        int request = random.nextInt(requests);
        return new Synthetic(paraphrase(request, random), request);
    }

    /** A petition to council {@code council} about one of its requests; request ids are global. */
    public Synthetic nextIn(int council, Random random) {
        int request = council * groups.size() + random.nextInt(groups.size());
        return new Synthetic(paraphrase(request, random), request);
    }

    public String paraphrase(int request, Random random) {
        List<String> wordings = groups.get(request % groups.size());
        String place = places.get(request / groups.size());
        String text = wordings.get(random.nextInt(wordings.size()));
        String where = switch (random.nextInt(3)) {
            case 0 -> " ở " + place;
            case 1 -> " tại " + place;
            default -> ", " + place;
        };
        StringBuilder out = new StringBuilder(OPENERS[random.nextInt(OPENERS.length)]);
        String[] words = text.split(" ");
        for (String word : words) {
            if (words.length > 8 && random.nextInt(12) == 0) {
                continue; // a word left out
            }
            out.append(word).append(' ');
        }
        out.append(where.strip()).append('.').append(CLOSERS[random.nextInt(CLOSERS.length)]);
        String result = out.toString();
        return random.nextInt(3) == 0 ? VnText.fold(result) : result;
    }
}
