package io.remo.intake.control;

import io.remo.brief.prompt.Extraction;
import io.remo.brief.prompt.Mention;
import io.remo.brief.prompt.TextSanitizer;
import io.remo.brief.prompt.VocabularyExtractor;
import io.remo.brief.prompt.VocabularyField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one (sanitised) answer into a {@link Reading}, in the light of the question it answers. */
final class AnswerReader {

    private final VocabularyExtractor extractor;
    private final VocabularyExtractor wordLists = VocabularyExtractor.wordLists();
    private final Phrases phrases;
    private final int maxClarificationChars;

    AnswerReader(VocabularyExtractor extractor, IntakeLimits limits) {
        this.extractor = extractor;
        this.phrases = new Phrases(wordLists, limits.maxPhraseChars());
        this.maxClarificationChars = limits.maxClarificationChars();
    }

    /** @param question the question answered, or null for a change after the interview completed */
    Reading read(String text, Question question) {
        if (text.isBlank()) {
            return Reading.NOTHING;
        }
        if (Phrases.noPreference(text)) {
            return Reading.NO_PREFERENCE;
        }
        Extraction extraction = extractor.extract(text);
        List<String> words = extraction.clauses().stream().flatMap(c -> c.words().stream()).toList();
        boolean keepQuestion = question != null && question.fields().contains(BriefField.KEEP_ITEMS);
        boolean painQuestion = question != null && question.fields().contains(BriefField.PAIN_POINTS);

        List<String> keep = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> pain = new ArrayList<>();
        List<int[]> keepSpans = new ArrayList<>();
        List<int[]> painSpans = new ArrayList<>();
        int from = 0;
        for (String sentence : Phrases.sentences(text)) {
            Phrases.Keeping keeping = phrases.keeping(sentence, keepQuestion);
            keep.addAll(keeping.keep());
            remove.addAll(keeping.remove());
            for (String item : keeping.keep()) {
                Optional<int[]> span = span(words, item, from);
                span.ifPresent(keepSpans::add);
                from = span.map(s -> s[0]).orElse(from);
            }
            if (keeping.explicit() || !keeping.keep().isEmpty()) {
                continue;
            }
            for (String statement : Phrases.statements(sentence)) {
                String painPoint = phrases.painPoint(statement);
                boolean complaint = Phrases.complaint(statement) || (painQuestion && aboutTheRoom(statement));
                if (complaint && !painPoint.isEmpty()) {
                    pain.add(painPoint);
                    Optional<int[]> span = span(words, painPoint, from);
                    span.ifPresent(painSpans::add);
                    from = span.map(s -> s[0]).orElse(from);
                }
            }
        }

        List<Mention> mentions = new ArrayList<>();
        for (Mention mention : extraction.mentions()) {
            boolean look = mention.field().describesLook();
            if (mention.field() != VocabularyField.CONSTRAINT && inside(keepSpans, mention.position())) {
                continue; // a thing to keep is described, not wished for: "keep grandma's green sofa"
            }
            mentions.add(look && inside(painSpans, mention.position()) ? mention.negate() : mention);
        }
        String clarification = question != null && question.clarifiesInspiration() && extraction.aboutTheRoom()
                ? TextSanitizer.plain(text, maxClarificationChars)
                : null;
        return new Reading(mentions, extraction.correction(), pain, keep, remove, clarification, false,
                extraction.aboutTheRoom());
    }

    private boolean aboutTheRoom(String sentence) {
        return wordLists.extract(sentence).aboutTheRoom();
    }

    /**
     * Where a phrase taken from the text lies among the extractor's words, from its first word to its last
     * (a phrase keeps the small words the extractor drops, such as "but", so its length is only roughly known),
     * looking from the start of the previous phrase on: phrases come in the order of the text.
     */
    private static Optional<int[]> span(List<String> words, String phrase, int from) {
        List<String> phraseWords = VocabularyExtractor.words(phrase);
        if (phraseWords.isEmpty()) {
            return Optional.empty();
        }
        String first = phraseWords.get(0);
        String last = phraseWords.get(phraseWords.size() - 1);
        for (int start = from; start < words.size(); start++) {
            if (!words.get(start).equals(first)) {
                continue;
            }
            int limit = Math.min(words.size(), start + phraseWords.size() + 2);
            for (int end = start + phraseWords.size() - 1; end < limit; end++) {
                if (words.get(end).equals(last)) {
                    return Optional.of(new int[] {start, end});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean inside(List<int[]> spans, int position) {
        return spans.stream().anyMatch(s -> position >= s[0] && position <= s[1]);
    }
}
