package io.remo.intake.control;

import static io.remo.brief.prompt.VocabularyField.COLOR;
import static io.remo.brief.prompt.VocabularyField.CONSTRAINT;
import static io.remo.brief.prompt.VocabularyField.OCCUPANT;
import static io.remo.brief.prompt.VocabularyField.STYLE;
import static io.remo.brief.prompt.VocabularyField.TEXTURE;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.StyleProfile;
import io.remo.brief.prompt.Mention;
import io.remo.brief.prompt.VocabularyExtractor;
import io.remo.brief.prompt.VocabularyField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Applies a {@link Reading} to a draft brief, and keeps a brief consistent. */
final class Drafts {

    private static final Set<String> PET_OCCUPANTS = Set.of("dog", "cat", "pet");
    private static final Set<String> CHILD_OCCUPANTS = Set.of("kids", "toddler", "baby");
    private static final Set<String> SMALL_WORDS = Set.of("the", "my", "our", "a", "an", "this", "that", "these",
            "those", "his", "her", "their", "old", "big", "small");

    private Drafts() {
    }

    /**
     * The draft after one answer.
     * <ul>
     * <li>One-value fields (room, lighting, clutter, mood): the last value said wins; a value said in the negative
     * clears it when it is the current one ("not warm").</li>
     * <li>Styles, textures, colours: values said in the negative leave ("no grey" also adds grey to the colours
     * to avoid); when the same answer also names new ones, they take the place of what left ("not blue, green");
     * after a correction word alone ("actually, green") the new values replace the list.</li>
     * <li>Constraints and occupants only grow or shrink, corrections or not; one budget at a time.</li>
     * </ul>
     */
    static DesignBrief apply(DesignBrief draft, Reading reading, Question question, int maxListItems) {
        StyleProfile look = draft.styleProfile();
        String roomType = single(draft.roomType(), VocabularyField.ROOM_TYPE, reading.mentions());
        String lighting = single(look.lighting(), VocabularyField.LIGHTING, reading.mentions());
        String clutter = single(look.clutterLevel(), VocabularyField.CLUTTER_LEVEL, reading.mentions());
        String mood = single(look.mood(), VocabularyField.MOOD, reading.mentions());
        List<String> styles = list(look.styles(), STYLE, reading);
        List<String> textures = list(look.textures(), TEXTURE, reading);
        List<String> colors = list(look.colors(), COLOR, reading);

        Set<String> avoid = new LinkedHashSet<>(look.avoidColors());
        avoid.addAll(values(reading.mentions(), COLOR, true));
        values(reading.mentions(), COLOR, false).forEach(avoid::remove);

        Set<String> occupants = new LinkedHashSet<>(draft.occupants());
        Set<String> constraints = new LinkedHashSet<>(draft.constraints());
        for (Mention mention : reading.mentions()) {
            if (mention.field() == OCCUPANT) {
                change(occupants, mention.value(), !mention.negated());
            } else if (mention.field() == CONSTRAINT) {
                if (!mention.negated() && mention.value().startsWith("budget_")) {
                    constraints.removeIf(c -> c.startsWith("budget_"));
                }
                change(constraints, mention.value(), !mention.negated());
                if (mention.negated() && mention.value().equals("pets")) {
                    occupants.removeAll(PET_OCCUPANTS);
                } else if (mention.negated() && mention.value().equals("kids")) {
                    occupants.removeAll(CHILD_OCCUPANTS);
                }
            }
        }

        List<String> keep = new ArrayList<>(draft.keepItems());
        for (String removal : reading.keepRemovals()) {
            keep.removeIf(item -> sameThing(item, removal));
        }
        addNew(keep, reading.keepItems());
        List<String> pain = new ArrayList<>(draft.painPoints());
        addNew(pain, reading.painPoints());

        List<InspirationNote> notes = draft.inspirationNotes();
        if (reading.clarification() != null && question != null && question.clarifiesInspiration()) {
            notes = notes.stream().map(n -> n.photoIndex() == question.photoIndex()
                    ? new InspirationNote(n.photoIndex(), n.note(), reading.clarification())
                    : n).toList();
        }
        DesignBrief next = new DesignBrief(roomType, List.copyOf(occupants), pain, keep,
                new StyleProfile(lighting, colors, List.copyOf(avoid), textures, clutter, mood, styles),
                List.copyOf(constraints), notes);
        return tidy(next, maxListItems);
    }

    /**
     * The brief made consistent: vocabulary values only, no duplicates, avoided colours out of the palette, one
     * budget (the last), the constraints that occupants imply (a dog means pets), lists cut to
     * {@code maxListItems}.
     */
    static DesignBrief tidy(DesignBrief brief, int maxListItems) {
        StyleProfile look = brief.styleProfile();
        List<String> avoid = known(look.avoidColors(), COLOR, maxListItems);
        List<String> colors = known(look.colors(), COLOR, Integer.MAX_VALUE).stream()
                .filter(c -> !avoid.contains(c)).limit(maxListItems).toList();
        List<String> occupants = known(brief.occupants(), OCCUPANT, maxListItems);
        List<String> constraints = new ArrayList<>(known(brief.constraints(), CONSTRAINT, Integer.MAX_VALUE));
        List<String> budgets = constraints.stream().filter(c -> c.startsWith("budget_")).toList();
        if (budgets.size() > 1) {
            constraints.removeAll(budgets.subList(0, budgets.size() - 1));
        }
        if (occupants.stream().anyMatch(PET_OCCUPANTS::contains) && !constraints.contains("pets")) {
            constraints.add("pets");
        }
        if (occupants.stream().anyMatch(CHILD_OCCUPANTS::contains) && !constraints.contains("kids")) {
            constraints.add("kids");
        }
        return new DesignBrief(
                known(brief.roomType(), VocabularyField.ROOM_TYPE),
                occupants,
                distinctPhrases(brief.painPoints(), maxListItems),
                distinctPhrases(brief.keepItems(), maxListItems),
                new StyleProfile(known(look.lighting(), VocabularyField.LIGHTING), colors, avoid,
                        known(look.textures(), TEXTURE, maxListItems),
                        known(look.clutterLevel(), VocabularyField.CLUTTER_LEVEL),
                        known(look.mood(), VocabularyField.MOOD),
                        known(look.styles(), STYLE, maxListItems)),
                constraints.stream().limit(maxListItems).toList(),
                brief.inspirationNotes());
    }

    private static String single(String current, VocabularyField field, List<Mention> mentions) {
        String value = current;
        for (Mention mention : mentions) {
            if (mention.field() != field) {
                continue;
            }
            if (!mention.negated()) {
                value = mention.value();
            } else if (mention.value().equals(value)) {
                value = null;
            }
        }
        return value;
    }

    private static List<String> list(List<String> current, VocabularyField field, Reading reading) {
        List<String> wanted = values(reading.mentions(), field, false);
        List<String> unwanted = values(reading.mentions(), field, true);
        List<String> result = new ArrayList<>(current);
        if (!wanted.isEmpty() && !unwanted.isEmpty()) {
            int at = result.size();
            for (int i = 0; i < result.size(); i++) {
                if (unwanted.contains(result.get(i))) {
                    at = i;
                    break;
                }
            }
            result.removeAll(unwanted);
            List<String> fresh = wanted.stream().filter(v -> !result.contains(v)).toList();
            result.addAll(Math.min(at, result.size()), fresh);
            return result;
        }
        if (!wanted.isEmpty() && reading.correction()) {
            return wanted;
        }
        result.removeAll(unwanted);
        wanted.stream().filter(v -> !result.contains(v)).forEach(result::add);
        return result;
    }

    private static List<String> values(List<Mention> mentions, VocabularyField field, boolean negated) {
        return mentions.stream().filter(m -> m.field() == field && m.negated() == negated).map(Mention::value)
                .distinct().toList();
    }

    private static void change(Set<String> values, String value, boolean add) {
        if (add) {
            values.add(value);
        } else {
            values.remove(value);
        }
    }

    private static void addNew(List<String> phrases, List<String> added) {
        for (String phrase : added) {
            if (phrases.stream().noneMatch(p -> p.equalsIgnoreCase(phrase))) {
                phrases.add(phrase);
            }
        }
    }

    /** "get rid of the sofa" lets go of "the green sofa": the removal's telling words all appear in the item. */
    private static boolean sameThing(String item, String removal) {
        List<String> itemWords = VocabularyExtractor.words(item);
        List<String> telling = VocabularyExtractor.words(removal).stream().filter(w -> !SMALL_WORDS.contains(w))
                .toList();
        return !telling.isEmpty() && itemWords.containsAll(telling);
    }

    private static String known(String value, VocabularyField field) {
        return value != null && field.contains(value) ? value : null;
    }

    private static List<String> known(List<String> values, VocabularyField field, int max) {
        return values.stream().filter(field::contains).distinct().limit(max).toList();
    }

    private static List<String> distinctPhrases(List<String> phrases, int max) {
        List<String> result = new ArrayList<>();
        for (String phrase : phrases) {
            if (phrase != null && !phrase.isBlank() && result.stream().noneMatch(p -> p.equalsIgnoreCase(phrase))) {
                result.add(phrase);
            }
        }
        return result.stream().limit(max).toList();
    }
}
