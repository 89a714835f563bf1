package io.remo.intake.control;

import io.remo.brief.prompt.VocabularyExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The free-text side of an answer: sentences, what the person wants to keep, what bothers them, and answers that
 * say "no preference". Works on sanitised text.
 */
final class Phrases {

    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "[.!?;]+|(?i)\\b(?:but|because|since|although|though|however|whereas|otherwise)\\b");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern STATEMENT_SPLIT = Pattern.compile("(?:\\s*,\\s*|\\s+and\\s+|\\s+also\\s+)"
            + "(?=(?:there|it|its|it's|we|i|the room|everything|nothing|no|not)\\b)");

    /** Where a wish starts: what comes after is not a complaint or a thing to keep. */
    private static final Pattern WISH = Pattern.compile("\\b(?:i want|i'd like|id like|i would like|i'd love|"
            + "id love|i would love|we want|we'd like|wed like|we would like|we'd love|wed love|make it|make the|"
            + "i need|we need|it should|should be|i wish|would be nice|please make|paint|change|add)\\b");
    private static final Pattern TRAILING_LINKS = Pattern.compile("(?:[\\s,]+|\\b(?:and|or|so|then|with)\\b)+$");
    private static final Pattern LEADING_FILLERS = Pattern.compile("^(?:(?:well|honestly|um|uh|so|and|also|"
            + "i think|i guess|currently|right now|at the moment|basically|just|definitely|probably|maybe|only|"
            + "yes|yeah|oh|hmm|i love|i like|we love|we like|i'd|id|i would|we'd|wed)\\s+)*"
            + "(?:(?:it|everything|(?:the|this|our|my)\\s+(?:room|space|place|kitchen|bedroom|lounge|bathroom|"
            + "office|hallway|hall|living room|dining room|flat|house))\\s+(?:is|feels|looks|seems|gets)\\s+|"
            + "(?:it|the room)'s\\s+|its\\s+|there's\\s+|theres\\s+|there (?:is|are)\\s+|"
            + "(?:feels|looks|seems)\\s+|i\\s+|we\\s+)?");
    private static final Pattern TRAILING_FILLERS = Pattern.compile(
            "(?:\\s+(?:as is|as it is|too|please|if possible|for sure|thanks|thank you))+$");

    /** A verb that starts a list of things to keep, or of things to let go. */
    private static final Pattern KEEP_VERB = Pattern.compile("\\b(?:(?<remove>get rid of|getting rid of|ditch|lose|"
            + "replace|remove|throw out|bin|(?:don't|dont|do not|not|no need to|won't|wont|never) (?:keep|keeping))"
            + "|(?<keep>keep|keeping|hold on to|hang on to|retain|save))\\b");
    private static final Pattern STAYS = Pattern.compile(
            "^(.+?)\\s+(?:stays|stay|has to stay|must stay|should stay|is staying|are staying|remains|can stay)\\b");
    private static final Pattern GOES = Pattern.compile("^(.+?)\\s+(?:can go|has to go|must go|should go|goes)\\b");
    private static final Pattern KEEP_EVERYTHING = Pattern.compile(
            "^(?:keep\\s+|keeping\\s+)?(?:everything|all of it|it all|all the furniture|the lot|all)(?:\\s+as is)?$");
    private static final Pattern ITEM_SPLIT = Pattern.compile(
            "\\s*,\\s*|\\s+and\\s+(?=(?:the|my|our|his|her|their|this|that|these|those|a|an)\\b)"
                    + "|\\s+(?:plus|as well as)\\s+");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern DETERMINER_START = Pattern.compile(
            "^(?:the|my|our|his|her|their|this|that|these|those|a|an)\\s+\\S");

    /** What "everything stays" becomes in the brief. */
    static final String ALL_FURNITURE = "all existing furniture";

    private static final Set<String> NO_PREFERENCE = Set.of("no preference", "no preferences", "dont mind",
            "i dont mind", "dont care", "i dont care", "not sure", "im not sure", "no idea", "i have no idea",
            "whatever", "anything", "anything is fine", "anything goes", "surprise me", "up to you", "you decide",
            "you choose", "your call", "nothing", "none", "no", "nope", "skip", "pass", "nothing really",
            "not really", "doesnt matter", "it doesnt matter", "i dont know", "idk", "dunno", "na", "n a", "either",
            "all good", "nothing in particular", "no thanks", "nothing special", "start fresh", "start from scratch",
            "change everything", "replace everything", "fresh start", "not bothered", "either way",
            "no strong feelings", "no opinion", "nothing comes to mind", "none really", "no one", "nobody",
            "nothing to work around", "no constraints", "no worries", "not that i know of", "cant think of anything");
    private static final Set<String> ACKNOWLEDGEMENTS = Set.of("looks good", "perfect", "great", "yes", "yep",
            "yeah", "ok", "okay", "sounds good", "thats it", "thats all", "all good", "go ahead", "lets go", "done",
            "confirm", "good", "fine", "thanks", "thank you", "love it", "looks great", "spot on",
            "correct", "right", "exactly", "nice", "cool", "great thanks", "perfect thanks", "yes please");
    private static final Set<String> POLITE = Set.of("thanks", "thank", "you", "please", "really", "just", "um", "uh",
            "well", "honestly", "ok", "okay", "so");

    /** Words that make a sentence a complaint about the room as it is. */
    private static final Set<String> COMPLAINTS = Set.of("cluttered", "clutter", "cramped", "dated", "outdated",
            "boring", "gloomy", "messy", "mess", "drab", "dingy", "bland", "dull", "shabby", "chaotic", "crowded",
            "drafty", "draughty", "echoey", "noisy", "ugly", "depressing", "lifeless", "sterile", "stuffy",
            "impractical", "awkward", "worn", "broken", "fashioned", "nowhere", "lacks", "lacking", "tired",
            "uninviting", "soulless", "claustrophobic", "unusable", "wasted");
    private static final Set<String> INTENSIFIERS = Set.of("too", "so", "very", "really", "quite", "bit", "rather",
            "pretty", "super", "kinda", "overly", "always", "way");
    private static final Set<String> STATE_VERBS = Set.of("its", "is", "are", "feels", "looks", "seems", "gets",
            "was");
    /** Said of the room as it is ("it's dark", "it feels small"), these are flaws. */
    private static final Set<String> FLAWS = Set.of("dark", "small", "cold", "cramped", "bare", "plain", "empty",
            "gloomy", "dull", "narrow", "stuffy", "tight", "cluttered", "messy", "noisy", "crowded", "boring", "dated",
            "chaotic");
    /** With "too" or "so" before them, these are flaws as well. */
    private static final Set<String> EXCESSES = Set.of("bright", "busy", "hot", "harsh", "old", "tired", "low",
            "big", "white", "grey", "gray", "beige", "brown", "yellow", "loud", "much");
    private static final Set<String> NEEDS = Set.of("storage", "light", "space", "room", "seating", "daylight",
            "sunlight", "natural", "privacy", "places", "place", "surfaces", "shelves");
    private static final Set<String> NEGATORS = Set.of("not", "nothing", "never", "without", "isnt", "dont", "no");

    private final VocabularyExtractor wordLists;
    private final int maxPhraseChars;

    Phrases(VocabularyExtractor wordLists, int maxPhraseChars) {
        this.wordLists = wordLists;
        this.maxPhraseChars = maxPhraseChars;
    }

    static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_BREAK.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every part of the answer says "no preference" ("Nothing, start fresh", "not sure, thanks"). */
    static boolean noPreference(String text) {
        return everyPartIn(text, NO_PREFERENCE);
    }

    /** Every part of the answer agrees ("looks good", "perfect, thanks"). */
    static boolean acknowledgement(String text) {
        return everyPartIn(text, ACKNOWLEDGEMENTS);
    }

    private static boolean everyPartIn(String text, Set<String> phrases) {
        boolean any = false;
        for (String sentence : sentences(text)) {
            for (String part : COMMA.split(sentence)) {
                List<String> words = new ArrayList<>(VocabularyExtractor.words(part));
                String joined = String.join(" ", words);
                if (joined.isEmpty() || phrases.contains(joined)) {
                    any |= !joined.isEmpty();
                    continue;
                }
                words.removeIf(POLITE::contains);
                joined = String.join(" ", words);
                if (!joined.isEmpty() && !phrases.contains(joined)) {
                    return false;
                }
                any |= !joined.isEmpty();
            }
        }
        return any;
    }

    /** A complaint about the room as it is: "too dark", "it's a dark, cluttered lounge", "no storage". */
    static boolean complaint(String sentence) {
        List<String> words = VocabularyExtractor.words(sentence);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean negatedBefore = i > 0 && NEGATORS.contains(words.get(i - 1));
            if (COMPLAINTS.contains(word)) {
                return true;
            }
            if (INTENSIFIERS.contains(word) && i + 1 < words.size() && !negatedBefore
                    && (FLAWS.contains(words.get(i + 1)) || EXCESSES.contains(words.get(i + 1)))) {
                return true;
            }
            if (STATE_VERBS.contains(word) && !negatedBefore) {
                for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                    if (NEGATORS.contains(words.get(j))) {
                        break;
                    }
                    if (FLAWS.contains(words.get(j))) {
                        return true;
                    }
                }
            }
            boolean lack = word.equals("no") || word.equals("lack")
                    || (word.equals("enough") && i > 0 && (words.get(i - 1).equals("not")
                            || words.get(i - 1).equals("never")));
            if (lack && i + 1 < words.size() && (NEEDS.contains(words.get(i + 1))
                    || (i + 2 < words.size() && words.get(i + 1).equals("of") && NEEDS.contains(words.get(i + 2))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence cut where the wish starts and where a new statement starts (", there's", "and it's"), not inside a
     * description ("a dark, cluttered lounge"): "It's too dark and there's no storage, I want light" → [it's too
     * dark, there's no storage].
     */
    static List<String> statements(String sentence) {
        return Arrays.stream(STATEMENT_SPLIT.split(cutAtWish(lower(sentence)))).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** A statement as a short complaint: "it's too dark" → "too dark". */
    String painPoint(String statement) {
        return tidy(statement);
    }

    /**
     * Things to keep, or to let go, named in one sentence: "keep the green sofa and the rug, get rid of the lamp"
     * → keep [the green sofa, the rug], remove [the lamp]. In answer to the keep question a sentence without a verb
     * ("the sofa and the bed") is a list of things to keep.
     */
    Keeping keeping(String sentence, boolean keepQuestion) {
        String text = lower(sentence);
        if (KEEP_EVERYTHING.matcher(text).matches()) {
            return new Keeping(List.of(ALL_FURNITURE), List.of(), true);
        }
        List<String> keep = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        var verb = KEEP_VERB.matcher(text);
        boolean found = verb.find();
        while (found) {
            boolean removing = verb.group("remove") != null;
            int objectStart = verb.end();
            found = verb.find();
            String object = text.substring(objectStart, found ? verb.start() : text.length());
            if (removing) {
                remove.addAll(items(object));
            } else if (KEEP_EVERYTHING.matcher(tidy(object)).matches()) {
                keep.add(ALL_FURNITURE);
            } else {
                keep.addAll(items(object));
            }
        }
        if (!keep.isEmpty() || !remove.isEmpty()) {
            return new Keeping(keep, remove, true);
        }
        var stays = STAYS.matcher(text);
        if (stays.find()) {
            return new Keeping(items(stays.group(1)), List.of(), true);
        }
        var goes = GOES.matcher(text);
        if (goes.find()) {
            return new Keeping(List.of(), items(goes.group(1)), true);
        }
        return keepQuestion ? new Keeping(items(text), List.of(), false) : Keeping.NONE;
    }

    /**
     * @param keep     phrases to keep
     * @param remove   phrases no longer to keep
     * @param explicit the sentence said so with a verb ("keep", "get rid of"), as opposed to naming things in
     *                 answer to the keep question
     */
    record Keeping(List<String> keep, List<String> remove, boolean explicit) {
        static final Keeping NONE = new Keeping(List.of(), List.of(), false);
    }

    private List<String> items(String object) {
        List<String> items = new ArrayList<>();
        for (String part : ITEM_SPLIT.split(cutAtWish(object))) {
            for (String piece : pieces(part)) {
                String item = tidy(piece);
                if (!item.isEmpty() && (wordLists.namesFurnishing(item) || DETERMINER_START.matcher(item).find())) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** "the sofa and grandma's armchair" is two things when each side names one; "black and white rug" is one. */
    private List<String> pieces(String part) {
        List<String> pieces = Arrays.asList(AND.split(part));
        return pieces.size() > 1 && pieces.stream().allMatch(wordLists::namesFurnishing) ? pieces : List.of(part);
    }

    private static String cutAtWish(String text) {
        var wish = WISH.matcher(text);
        return wish.find() ? text.substring(0, wish.start()) : text;
    }

    /** Lower case, fillers off both ends, at most {@code maxPhraseChars}, cut at a word boundary. */
    private String tidy(String phrase) {
        String text = phrase.strip();
        String previous;
        do {
            previous = text;
            text = LEADING_FILLERS.matcher(text).replaceFirst("");
            text = TRAILING_FILLERS.matcher(text).replaceFirst("");
            text = TRAILING_LINKS.matcher(text).replaceFirst("").strip();
        } while (!text.equals(previous));
        if (text.length() > maxPhraseChars) {
            int cut = text.lastIndexOf(' ', maxPhraseChars);
            text = text.substring(0, cut > 0 ? cut : maxPhraseChars).strip();
        }
        return text;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
}
