package vn.hdndso.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hdndso.search.SearchItem;
import vn.hdndso.shared.CouncilId;
import vn.hdndso.shared.VnText;

/**
 * Real documents of {@code testdata/documents} as search items, and a known-item query set
 * made from them: a title or a sentence typed without diacritics, with typos, or with OCR-like
 * damage, each with the one document it must find.
 */
public final class KnownItems {

    public static final Path DATA = Path.of("testdata", "documents");
    public static final CouncilId COUNCIL = new CouncilId(UUID.fromString("00000000-0000-0000-0000-0000000000aa"));

    /** A query and the key of the item it is meant to find. */
    public record Query(String kind, String text, String target) {}

    private KnownItems() {}

    /** The 136 resolutions and decisions, then the 4,211 articles of the legal code. */
    public static List<SearchItem> items() {
        var items = new ArrayList<SearchItem>();
        try {
            List<String> index = Files.readAllLines(DATA.resolve("hdnd-resolutions-index.csv"), StandardCharsets.UTF_8);
            for (String line : index.subList(1, index.size())) {
                List<String> cells = csv(line);
                String file = cells.get(0);
                String text = nfc(Files.readString(
                                DATA.resolve("hdnd-resolutions").resolve(file)))
                        .replaceAll("<[^>]+>", " ");
                String title = cells.get(1) + " " + cells.get(2) + (cells.get(5).isBlank() ? "" : ": " + cells.get(5));
                LocalDate date = date(cells.get(4));
                items.add(new SearchItem(
                        "document",
                        "r-" + file,
                        COUNCIL,
                        nfc(title),
                        text,
                        date,
                        nfc(cells.get(1)),
                        true,
                        Set.of(),
                        "/r/" + file));
            }
            var json = JsonMapper.builder().build();
            int n = 0;
            for (String line : Files.readAllLines(DATA.resolve("phapdien-articles.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode article = json.readTree(line);
                String id = "p-" + (n++);
                String title = article.get("subtopic").asString() + " – "
                        + article.get("article_title").asString();
                String text = article.get("source").asString() + "\n"
                        + article.get("text").asString();
                items.add(new SearchItem(
                        "article",
                        id,
                        COUNCIL,
                        nfc(title),
                        nfc(text),
                        null,
                        article.get("topic_slug").asString(),
                        true,
                        Set.of(),
                        "/p/" + id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the documents of testdata/documents are needed", e);
        }
        return items;
    }

    /**
     * The queries: for each resolution with a title, the title with and without diacritics and with
     * typos; for each resolution and for every 20th article, a sentence with OCR-like damage, and
     * the article sentences also with and without diacritics (the random draws are those of the
     * first set, so the queries it had are unchanged).
     */
    public static List<Query> queries(List<SearchItem> items) {
        var random = new Random(20261125);
        var queries = new ArrayList<Query>();
        int article = 0;
        for (SearchItem item : items) {
            boolean resolution = item.id().startsWith("r-");
            if (resolution) {
                int colon = item.title().indexOf(": ");
                if (colon > 0) {
                    String title = words(item.title().substring(colon + 2), 14);
                    queries.add(new Query("title-folded", VnText.fold(title), item.key()));
                    queries.add(new Query("title-marks", title, item.key()));
                    queries.add(new Query("title-typos", typos(VnText.fold(title), random), item.key()));
                }
                String sentence = sentence(item.text(), random);
                if (sentence != null) {
                    queries.add(new Query("sentence-ocr", ocr(sentence, random), item.key()));
                }
            } else if (article++ % 20 == 0) {
                String sentence = sentence(item.text(), random);
                if (sentence != null) {
                    queries.add(new Query("article-folded", VnText.fold(sentence), item.key()));
                    queries.add(new Query("article-marks", sentence, item.key()));
                    queries.add(new Query("article-ocr", ocr(sentence, random), item.key()));
                }
            }
        }
        return queries;
    }

    /** A sentence of 8 to 16 words from the second half of the text (the first is boilerplate). */
    static String sentence(String text, Random random) {
        String[] sentences = text.replace('\n', ' ').split("(?<=[.;:])\\s+");
        List<String> usable = new ArrayList<>();
        for (int i = sentences.length / 3; i < sentences.length; i++) {
            int count = sentences[i].strip().split("\\s+").length;
            if (count >= 8) {
                usable.add(words(sentences[i].strip(), 16));
            }
        }
        return usable.isEmpty() ? null : usable.get(random.nextInt(usable.size()));
    }

    /** One edit (swap, deletion, doubled or wrong letter) in about every third word of five letters or more. */
    static String typos(String text, Random random) {
        var out = new ArrayList<String>();
        for (String word : text.split("\\s+")) {
            if (word.length() >= 5 && random.nextInt(3) == 0) {
                int at = 1 + random.nextInt(word.length() - 2);
                word = switch (random.nextInt(3)) {
                    case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                    case 1 -> word.substring(0, at) + word.substring(at + 1);
                    default -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
                };
            }
            out.add(word);
        }
        return String.join(" ", out);
    }

    /**
     * OCR-like damage as in the scanned plan of the seeds ("Nghi quyét", "HDND x4", "s6", "cta"):
     * marks lost in most words, a vowel's hat or horn lost while its tone stays, a letter read as a
     * digit, a letter dropped.
     */
    static String ocr(String text, Random random) {
        var out = new ArrayList<String>();
        for (String word : text.split("\\s+")) {
            int roll = random.nextInt(100);
            if (roll < 45) {
                word = VnText.fold(word);
            } else if (roll < 75) {
                word = loseHats(word);
            } else if (roll < 82 && word.length() > 1) {
                word = VnText.fold(word).replaceFirst("[aoe](?=[^aoe]*$)", random.nextBoolean() ? "6" : "4");
            } else if (roll < 88 && word.length() > 3) {
                int at = 1 + random.nextInt(word.length() - 2);
                word = VnText.fold(word.substring(0, at) + word.substring(at + 1));
            }
            out.add(word);
        }
        return String.join(" ", out);
    }

    private static String loseHats(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        return Normalizer.normalize(decomposed.replaceAll("[\u0302\u0306\u031B]", ""), Normalizer.Form.NFC)
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    private static String words(String text, int max) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(max, words.length)));
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static LocalDate date(String ddMMyyyy) {
        try {
            String[] p = ddMMyyyy.split("/");
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> csv(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
