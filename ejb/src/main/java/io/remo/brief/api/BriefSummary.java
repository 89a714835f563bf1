package io.remo.brief.api;

import java.util.ArrayList;
import java.util.List;

/** The brief in a few human lines, for the phone to show before the person confirms it. */
public final class BriefSummary {

    private BriefSummary() {
    }

    public static List<String> of(DesignBrief brief) {
        List<String> lines = new ArrayList<>();
        add(lines, "Room", brief.roomType() == null ? null : words(brief.roomType()));
        add(lines, "For", join(brief.occupants()));
        StyleProfile style = brief.styleProfile();
        add(lines, "Style", join(style.styles()));
        add(lines, "Mood", style.mood() == null ? null : words(style.mood()));
        add(lines, "Colours", join(style.colors()));
        add(lines, "Not", join(style.avoidColors()));
        add(lines, "Materials", join(style.textures()));
        add(lines, "Lighting", style.lighting() == null ? null : words(style.lighting()));
        add(lines, "Clutter", style.clutterLevel() == null ? null : words(style.clutterLevel()));
        add(lines, "Keep", join(brief.keepItems()));
        add(lines, "Fix", join(brief.painPoints()));
        add(lines, "Constraints", join(brief.constraints()));
        for (InspirationNote note : brief.inspirationNotes()) {
            add(lines, "Inspiration " + (note.photoIndex() + 1), note.agentClarification() != null
                    ? note.note() + " (" + note.agentClarification() + ")" : note.note());
        }
        return List.copyOf(lines);
    }

    private static void add(List<String> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(label + ": " + value);
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values.stream().map(BriefSummary::words).toList());
    }

    private static String words(String value) {
        return value.replace('_', ' ');
    }
}
