package be.partenamut.complaints.intake.duplicate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two texts are: the Jaccard similarity of their word shingles (runs of {@code size}
 * consecutive words), after folding case and accents and dropping punctuation. 1 for the same words
 * in the same order, 0 for nothing in common.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double jaccard(String a, String b, int size) {
        Set<String> left = shingles(a, size);
        Set<String> right = shingles(b, size);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    /** The text's runs of {@code size} words; a text shorter than that is one shingle of all its words. */
    static Set<String> shingles(String text, int size) {
        List<String> words = words(text);
        Set<String> shingles = new HashSet<>();
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() <= size) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + size <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + size)));
        }
        return shingles;
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
