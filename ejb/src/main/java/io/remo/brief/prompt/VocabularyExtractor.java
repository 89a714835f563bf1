package io.remo.brief.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads free text onto the brief vocabulary: the word lists first (longest phrase wins), then, for the words they do
 * not know, an optional {@link PhraseMatcher} (embedding similarity). Tracks negation within a clause ("no grey or
 * beige", "nothing too dark", "I don't really like velvet") until a word of wanting resets it ("I hate beige and
 * love navy"), and notices corrections ("actually", "instead"). Stateless and thread-safe.
 */
public final class VocabularyExtractor {

    /** A sensible budget of phrases per text for {@link #withFallback}: one answer rarely has more unknown words. */
    public static final int DEFAULT_MAX_SEMANTIC_LOOKUPS = 16;

    private static final Pattern SEGMENT_BREAK = Pattern.compile(
            "[.,;:!?()\\[\\]{}\"“”|/]+|\\s[-–—]+\\s|\\s[-–—]+$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)\\b(" + String.join("|", Lexicon.CLAUSE_BREAKS) + ")\\b");
    private static final Pattern WORD_EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final int MIN_SEMANTIC_WORD_LENGTH = 3;

    private final PhraseMatcher fallback;
    private final int maxSemanticLookups;

    private VocabularyExtractor(PhraseMatcher fallback, int maxSemanticLookups) {
        this.fallback = fallback;
        this.maxSemanticLookups = maxSemanticLookups;
    }

    /** The word lists alone: fast, deterministic, no model. */
    public static VocabularyExtractor wordLists() {
        return new VocabularyExtractor(null, 0);
    }

    /**
     * The word lists, then {@code fallback} for words they do not know, at most {@code maxSemanticLookups}
     * phrases per text (each lookup embeds one phrase).
     */
    public static VocabularyExtractor withFallback(PhraseMatcher fallback, int maxSemanticLookups) {
        if (maxSemanticLookups < 0) {
            throw new IllegalArgumentException("maxSemanticLookups < 0");
        }
        return new VocabularyExtractor(fallback, maxSemanticLookups);
    }

    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.NOTHING;
        }
        List<Clause> clauses = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        boolean correction = false;
        int position = 0;
        for (String segment : SEGMENT_BREAK.split(text)) {
            for (String piece : CLAUSE_BREAK.split(segment)) {
                List<Word> words = clauseWords(piece);
                if (words.isEmpty()) {
                    continue;
                }
                ClauseReading reading = read(words, clauses.size(), position, mentions, candidates);
                correction |= reading.correction;
                clauses.add(new Clause(piece.strip(), words.stream().map(Word::text).toList(), reading.furnishings,
                        reading.designWords));
                position += words.size();
            }
        }
        if (fallback != null && maxSemanticLookups > 0) {
            matchSemantically(candidates, mentions);
            mentions.sort(Comparator.comparingInt(Mention::position));
        }
        return new Extraction(clauses, mentions, correction);
    }

    /**
     * The text's words as the extractor sees them: lower case, apostrophes dropped inside words, split at anything
     * that is not a letter or digit. {@link Mention#position()} counts these words, leaving out the linking words
     * that end a clause ("but", "because").
     */
    public static List<String> words(String text) {
        return Lexicon.words(text == null ? "" : text);
    }

    /** Whether the text names a piece of furniture or a fixture ("the green sofa", "our floorboards"). */
    public boolean namesFurnishing(String text) {
        return !furnishings(text).isEmpty();
    }

    /** The furniture and fixtures the text names, in order: "swap the coffee table for a rug" → coffee table, rug. */
    public List<String> furnishings(String text) {
        List<String> words = Lexicon.words(text == null ? "" : text);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Lexicon.Match match = Lexicon.longestAt(words, i);
            if (match != null && match.entry().furnishing()) {
                found.add(String.join(" ", words.subList(i, i + match.length())));
            }
            i += match == null ? 1 : match.length();
        }
        return found;
    }

    private record Word(String text, int rawIndex, String raw) {
    }

    private record Candidate(String phrase, int rawIndex, int clause, int position, boolean negated) {
    }

    private record ClauseReading(boolean correction, int furnishings, int designWords) {
    }

    private static List<Word> clauseWords(String piece) {
        List<Word> words = new ArrayList<>();
        String[] raws = piece.strip().split("\\s+");
        for (int r = 0; r < raws.length; r++) {
            String raw = WORD_EDGES.matcher(raws[r].toLowerCase(Locale.ROOT)).replaceAll("");
            for (String word : Lexicon.words(raws[r])) {
                words.add(new Word(word, r, raw));
            }
        }
        return words;
    }

    private static ClauseReading read(List<Word> words, int clause, int offset, List<Mention> mentions,
            List<Candidate> candidates) {
        List<String> texts = words.stream().map(Word::text).toList();
        boolean negated = false;
        // A word of wanting right after a negation is part of it: "don't like", "not want".
        boolean afterNegation = false;
        boolean correction = false;
        int furnishings = 0;
        int designWords = 0;
        for (int i = 0; i < texts.size(); ) {
            Lexicon.Match match = Lexicon.longestAt(texts, i);
            if (match == null) {
                String word = texts.get(i);
                if (isCandidate(word)) {
                    candidates.add(new Candidate(words.get(i).raw(), words.get(i).rawIndex(), clause, offset + i,
                            negated));
                }
                afterNegation = false;
                i++;
                continue;
            }
            Lexicon.Entry entry = match.entry();
            if (entry.negation()) {
                negated = true;
                afterNegation = true;
            } else if (!entry.transparent()) {
                if (entry.affirmation() && !afterNegation) {
                    negated = false;
                }
                afterNegation = false;
            }
            correction |= entry.correction();
            for (Term term : entry.termsFor(negated)) {
                mentions.add(new Mention(term, negated, clause, offset + i, false));
            }
            for (Term term : entry.refused()) {
                mentions.add(new Mention(term, true, clause, offset + i, false));
            }
            if (!negated) {
                for (Term term : entry.implied()) {
                    mentions.add(new Mention(term, false, clause, offset + i, false));
                }
            }
            furnishings += entry.furnishing() ? 1 : 0;
            designWords += entry.designWord() ? 1 : 0;
            i += match.length();
        }
        return new ClauseReading(correction, furnishings, designWords);
    }

    private static boolean isCandidate(String word) {
        return word.length() >= MIN_SEMANTIC_WORD_LENGTH && !Lexicon.STOPWORDS.contains(word)
                && word.chars().allMatch(Character::isLetter);
    }

    /**
     * Unknown words next to each other are tried as a pair first ("sun drenched"), then one by one; a hyphenated
     * word ("sun-drenched") is one phrase.
     */
    private void matchSemantically(List<Candidate> words, List<Mention> mentions) {
        List<Candidate> phrases = mergeHyphenated(words);
        boolean[] done = new boolean[phrases.size()];
        int lookups = 0;
        for (int i = 0; i + 1 < phrases.size() && lookups < maxSemanticLookups; i++) {
            Candidate first = phrases.get(i);
            Candidate second = phrases.get(i + 1);
            if (done[i] || first.clause() != second.clause() || second.rawIndex() != first.rawIndex() + 1) {
                continue;
            }
            lookups++;
            Optional<Term> term = fallback.match(first.phrase() + " " + second.phrase());
            if (term.isPresent()) {
                mentions.add(new Mention(term.get(), first.negated(), first.clause(), first.position(), true));
                done[i] = true;
                done[i + 1] = true;
            }
        }
        for (int i = 0; i < phrases.size() && lookups < maxSemanticLookups; i++) {
            if (done[i]) {
                continue;
            }
            Candidate word = phrases.get(i);
            lookups++;
            fallback.match(word.phrase()).ifPresent(term -> mentions.add(
                    new Mention(term, word.negated(), word.clause(), word.position(), true)));
        }
    }

    /** "sun-drenched" became two words for the lists; for the matcher it is one phrase again. */
    private static List<Candidate> mergeHyphenated(List<Candidate> words) {
        List<Candidate> phrases = new ArrayList<>();
        for (Candidate word : words) {
            Candidate last = phrases.isEmpty() ? null : phrases.get(phrases.size() - 1);
            if (last != null && last.clause() == word.clause() && last.rawIndex() == word.rawIndex()) {
                continue;
            }
            phrases.add(word);
        }
        return phrases;
    }
}
