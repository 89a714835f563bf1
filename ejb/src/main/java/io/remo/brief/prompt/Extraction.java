package io.remo.brief.prompt;

import java.util.List;
import java.util.Optional;

/**
 * What {@link VocabularyExtractor} read in a text.
 *
 * @param clauses    the text cut into clauses
 * @param mentions   vocabulary values in the order they appear
 * @param correction the text corrects something said before ("actually", "instead", "on second thought")
 */
public record Extraction(List<Clause> clauses, List<Mention> mentions, boolean correction) {

    public static final Extraction NOTHING = new Extraction(List.of(), List.of(), false);

    public Extraction {
        clauses = List.copyOf(clauses);
        mentions = List.copyOf(mentions);
    }

    public List<String> positive(VocabularyField field) {
        return mentions.stream().filter(m -> m.field() == field && !m.negated()).map(Mention::value).distinct()
                .toList();
    }

    public List<String> negative(VocabularyField field) {
        return mentions.stream().filter(m -> m.field() == field && m.negated()).map(Mention::value).distinct()
                .toList();
    }

    /** The last value said in the positive: in "it's dark now, I want it bright" the wish comes last. */
    public Optional<String> lastPositive(VocabularyField field) {
        List<String> values = mentions.stream().filter(m -> m.field() == field && !m.negated())
                .map(Mention::value).toList();
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    public boolean aboutTheRoom() {
        return !mentions.isEmpty() || clauses.stream().anyMatch(Clause::aboutTheRoom);
    }
}
