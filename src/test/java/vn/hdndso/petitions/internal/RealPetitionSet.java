package vn.hdndso.petitions.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.hdndso.shared.VnText;

/**
 * The development set of real voters' petitions ({@code petitions/real/voter-petitions-dev.tsv},
 * sources and terms in the README beside it) and the per-field scores of a classifier on it.
 * Nothing of this set is learnt: the field model knows only its vocabulary and the clerks'
 * confirmations. The "tune" part is the one whose errors were looked at while the vocabulary was
 * written; the "heldout" part was not, and the floor applies to it.
 */
final class RealPetitionSet {

    /** One real petition: an id, which part it belongs to, its field, where it was published, its text. */
    record Item(String id, String split, String field, String licence, String source, String text) {

        boolean heldOut() {
            return split.equals("heldout");
        }

        /** The same petition typed without diacritics (folded), as voters often send them by phone. */
        Item folded() {
            return new Item(id + "-f", split, field, licence, source, VnText.fold(text));
        }
    }

    /** Precision, recall and support of one field; the accuracy over all items. */
    record Scores(
            Map<String, double[]> perField,
            double accuracy,
            int items,
            int flagged,
            double flaggedAccuracy,
            int wrongFlagged) {}

    private RealPetitionSet() {}

    static List<Item> items() throws IOException {
        try (InputStream in = Objects.requireNonNull(
                RealPetitionSet.class.getResourceAsStream("/petitions/real/voter-petitions-dev.tsv"))) {
            List<Item> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t");
                if (c.length == 6) {
                    out.add(new Item(c[0], c[1], c[2], c[3], c[4], c[5]));
                }
            }
            return out;
        }
    }

    /** The items with diacritics and each one folded. */
    static List<Item> withFolded(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        items.forEach(i -> out.add(i.folded()));
        return out;
    }

    static Scores score(FieldModel model, List<Item> items, double reviewBelow) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // tp, predicted, actual
        int right = 0;
        int flagged = 0;
        int flaggedRight = 0;
        for (Item item : items) {
            FieldModel.Suggestion s = model.suggest(item.text());
            counts.computeIfAbsent(item.field(), f -> new int[3])[2]++;
            counts.computeIfAbsent(s.field(), f -> new int[3])[1]++;
            boolean ok = s.field().equals(item.field());
            if (ok) {
                right++;
                counts.get(item.field())[0]++;
            }
            if (s.score() < reviewBelow) {
                flagged++;
                flaggedRight += ok ? 1 : 0;
            }
        }
        Map<String, double[]> perField = new LinkedHashMap<>();
        for (String field : new TreeSet<>(counts.keySet())) {
            int[] c = counts.get(field);
            perField.put(field, new double[] {
                c[1] == 0 ? 0 : (double) c[0] / c[1], c[2] == 0 ? 0 : (double) c[0] / c[2], c[2]
            });
        }
        return new Scores(
                perField,
                items.isEmpty() ? 0 : (double) right / items.size(),
                items.size(),
                flagged,
                flagged == 0 ? 0 : (double) flaggedRight / flagged,
                flagged - flaggedRight);
    }

    static String table(String title, Scores s) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format("%-32s %9s %7s %7s%n", "field", "precision", "recall", "items"));
        s.perField()
                .forEach((field, v) ->
                        out.append(String.format("%-32s %9.2f %7.2f %7d%n", field, v[0], v[1], (int) v[2])));
        out.append(String.format(
                "accuracy %.3f over %d items; %d flagged for the clerk's review, %d of the %d wrong ones among them%n",
                s.accuracy(), s.items(), s.flagged(), s.wrongFlagged(), Math.round(s.items() * (1 - s.accuracy()))));
        return out.toString();
    }
}
