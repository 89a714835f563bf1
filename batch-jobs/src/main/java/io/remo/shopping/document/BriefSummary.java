package io.remo.shopping.document;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.StyleProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A brief in one line for people: "Living room · Scandinavian, japandi · Colours: white and sage, no grey · …". */
public final class BriefSummary {

    private BriefSummary() {
    }

    public static String of(DesignBrief brief) {
        StyleProfile style = brief.styleProfile();
        List<String> parts = new ArrayList<>();
        if (brief.roomType() != null) {
            parts.add(capitalised(words(brief.roomType())));
        }
        if (!style.styles().isEmpty()) {
            parts.add(capitalised(String.join(", ", style.styles().stream().map(BriefSummary::words).toList())));
        }
        if (!style.colors().isEmpty() || !style.avoidColors().isEmpty()) {
            String colours = style.colors().isEmpty() ? "" : joined(style.colors());
            String avoid = style.avoidColors().isEmpty() ? "" : "no " + joined(style.avoidColors());
            parts.add("Colours: " + colours + (colours.isEmpty() || avoid.isEmpty() ? "" : ", ") + avoid);
        }
        if (!style.textures().isEmpty()) {
            parts.add("Materials: " + joined(style.textures()));
        }
        if (style.mood() != null) {
            parts.add("Mood: " + words(style.mood()));
        }
        if (style.lighting() != null) {
            parts.add("Lighting: " + words(style.lighting()));
        }
        if (!brief.keepItems().isEmpty()) {
            parts.add("Keeping: " + String.join(", ", brief.keepItems()));
        }
        if (!brief.constraints().isEmpty()) {
            parts.add("With: " + joined(brief.constraints()));
        }
        return parts.isEmpty() ? "No brief: the design was made from your photos alone." : String.join(" · ", parts);
    }

    private static String joined(List<String> vocabularyWords) {
        List<String> names = vocabularyWords.stream().map(BriefSummary::words).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String words(String vocabularyWord) {
        return vocabularyWord.replace('_', ' ');
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
