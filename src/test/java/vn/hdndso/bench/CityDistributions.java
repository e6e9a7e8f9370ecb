package vn.hdndso.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The real distributions the city's generator draws from: the months in which councils issue
 * resolutions and their titles ({@code testdata/documents/hdnd-resolutions-index.csv}, 136 real
 * resolutions and decisions), and petitions' fields and wording (the labelled petitions of
 * {@code src/test/resources/petitions/labelled-petitions.tsv}). Shares that no public data gives are
 * assumptions, named in bench/city-scale/README.md.
 */
record CityDistributions(double[] monthWeights, List<String> documentTitles, List<String[]> petitions) {

    private static final Pattern DATE = Pattern.compile(",(\\d\\d)/(\\d\\d)/(\\d{4}),\"?([^\"]*)");

    static CityDistributions load(Path repository) throws IOException {
        double[] months = new double[12];
        Arrays.fill(months, 1);
        List<String> titles = new ArrayList<>();
        List<String> lines = Files.readAllLines(repository.resolve("testdata/documents/hdnd-resolutions-index.csv"));
        for (String line : lines.subList(1, lines.size())) {
            var m = DATE.matcher(line);
            if (m.find()) {
                months[Integer.parseInt(m.group(2)) - 1]++;
                String title = m.group(4);
                titles.add(title.length() > 300 ? title.substring(0, 300) : title);
            }
        }
        List<String[]> petitions = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                CityDistributions.class.getResourceAsStream("/petitions/labelled-petitions.tsv"),
                "labelled petitions on the test class path")) {
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < rows.length; i++) {
                String[] cells = rows[i].split("\t");
                if (cells.length == 3 && !cells[1].equals("other")) {
                    petitions.add(new String[] {cells[1], cells[2].strip()});
                }
            }
        }
        return new CityDistributions(months, titles, petitions);
    }

    /** Petitions per field in the labelled set, for the report. */
    Map<String, Integer> fieldCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        petitions.forEach(p -> counts.merge(p[0], 1, Integer::sum));
        return counts;
    }
}
