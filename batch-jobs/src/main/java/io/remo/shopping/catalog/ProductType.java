package io.remo.shopping.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a product is, as words read from the type part of its short description. The head is the part before any
 * "with"/"for" qualifier or comma ("Bed frame with 4 drawers" → "bed frame"); a head may name several things
 * ("Table and 4 chairs", "Stool/side table"), its conjuncts. Words are lower case and singular; hyphenated words stay
 * whole ("sofa-bed", "3-seat").
 */
public final class ProductType {

    private static final Pattern QUALIFIER = Pattern.compile(",| with | w | for | f | w/ ");
    private static final Pattern CONJUNCTION = Pattern.compile(" and | & |\\+|/");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d-]");
    private static final Set<String> IRREGULAR_SINGULAR_KEEP = Set.of("glass", "dress", "press", "chaise", "series");

    private final List<List<String>> conjuncts;

    private ProductType(List<List<String>> conjuncts) {
        this.conjuncts = conjuncts;
    }

    public static ProductType of(String typePhrase) {
        String head = " " + typePhrase.toLowerCase(Locale.ROOT).strip() + " ";
        head = QUALIFIER.split(head, 2)[0];
        List<List<String>> conjuncts = new ArrayList<>();
        for (String part : CONJUNCTION.split(head)) {
            List<String> words = Arrays.stream(WHITESPACE.split(part.strip()))
                    .map(word -> NOT_WORD.matcher(word).replaceAll(""))
                    .filter(word -> !word.isEmpty() && !word.chars().allMatch(Character::isDigit))
                    .map(ProductType::singular)
                    .toList();
            if (!words.isEmpty()) {
                conjuncts.add(words);
            }
        }
        return new ProductType(List.copyOf(conjuncts));
    }

    /** The head's conjuncts, each a list of words in order ("table and 4 chairs" → [[table], [chair]]). */
    public List<List<String>> conjuncts() {
        return conjuncts;
    }

    /** The words of the first conjunct: the thing the product mainly is. */
    public List<String> headWords() {
        return conjuncts.isEmpty() ? List.of() : conjuncts.get(0);
    }

    /** Whether the head's first conjunct has one of the words (or, for a hyphenated word, one of its parts). */
    public boolean headHasAny(Set<String> words) {
        return headWords().stream().anyMatch(word -> words.contains(word) || partsOf(word).stream().anyMatch(words::contains));
    }

    /** Whether the head's first conjunct contains the phrase, words in order ("shelving unit"). */
    public boolean headHasPhrase(String phrase) {
        return (" " + String.join(" ", headWords()) + " ").contains(" " + phrase + " ");
    }

    static List<String> partsOf(String word) {
        return word.indexOf('-') < 0 ? List.of() : Arrays.stream(word.split("-")).filter(part -> !part.isEmpty()).map(ProductType::singular).toList();
    }

    static String singular(String word) {
        if (word.equals("shelves") || word.equals("shlvs")) {
            return "shelf";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !IRREGULAR_SINGULAR_KEEP.contains(word)) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    @Override
    public String toString() {
        return conjuncts.toString();
    }
}
