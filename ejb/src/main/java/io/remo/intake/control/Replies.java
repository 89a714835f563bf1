package io.remo.intake.control;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.StyleProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The built-in interviewer's sentences: acknowledgements of what an answer added, and the closing summary. */
final class Replies {

    static final List<String> CLOSING_SUGGESTIONS = List.of("Looks good", "Make it warmer", "Less clutter");

    private static final int MAX_ACKNOWLEDGED = 4;
    private static final Map<String, String> CONSTRAINT_LABELS = Map.of("pets", "pets", "kids", "kids",
            "budget_low", "a tight budget", "budget_medium", "a medium budget", "budget_high", "a generous budget",
            "rental", "a rental", "accessibility", "accessibility", "small_space", "a small space", "allergies",
            "allergies");
    private static final Map<String, String> CLUTTER_LABELS = Map.of("minimal", "minimal clutter", "tidy", "tidy",
            "lived_in", "lived-in");

    private Replies() {
    }

    static String opening(IntakeMode mode) {
        return switch (mode) {
            case QUICK -> "Let's shape your redesign with three quick questions.";
            case FULL -> "Let's build a detailed brief together: about ten short questions.";
            case OPEN -> "Let's start with your own words.";
            case SKIPPED -> "No problem, I'll work from your photos. Confirm whenever you're ready.";
        };
    }

    /** "Got it: living room, cozy, no grey." for what the answer added; "Noted." when it added nothing new. */
    static String acknowledgement(DesignBrief before, DesignBrief after) {
        List<String> added = new ArrayList<>();
        StyleProfile was = before.styleProfile();
        StyleProfile is = after.styleProfile();
        changed(added, before.roomType(), after.roomType(), Replies::words);
        changed(added, was.mood(), is.mood(), Replies::words);
        changed(added, was.lighting(), is.lighting(), v -> v + " light");
        changed(added, was.clutterLevel(), is.clutterLevel(), CLUTTER_LABELS::get);
        newValues(added, was.styles(), is.styles(), Replies::words);
        newValues(added, was.colors(), is.colors(), Replies::words);
        newValues(added, was.avoidColors(), is.avoidColors(), v -> "no " + words(v));
        newValues(added, was.textures(), is.textures(), Replies::words);
        newValues(added, before.occupants(), after.occupants(), Replies::words);
        newValues(added, before.constraints(), after.constraints(), CONSTRAINT_LABELS::get);
        newValues(added, before.keepItems(), after.keepItems(), v -> "keeping " + v);
        newValues(added, before.painPoints(), after.painPoints(), v -> v);
        if (added.isEmpty()) {
            return "Noted.";
        }
        return "Got it: " + String.join(", ", added.subList(0, Math.min(MAX_ACKNOWLEDGED, added.size()))) + ".";
    }

    /** The brief in one reply, and what to do next. */
    static String summary(DesignBrief brief) {
        StyleProfile look = brief.styleProfile();
        List<String> parts = new ArrayList<>();
        part(parts, "room", brief.roomType() == null ? List.of() : List.of(words(brief.roomType())));
        part(parts, "feel", look.mood() == null ? List.of() : List.of(look.mood()));
        part(parts, "style", look.styles().stream().map(Replies::words).toList());
        part(parts, "light", look.lighting() == null ? List.of() : List.of(look.lighting()));
        part(parts, "colours", look.colors().stream().map(Replies::words).toList());
        part(parts, "avoiding", look.avoidColors().stream().map(Replies::words).toList());
        part(parts, "materials", look.textures().stream().map(Replies::words).toList());
        part(parts, "clutter",
                look.clutterLevel() == null ? List.of() : List.of(CLUTTER_LABELS.get(look.clutterLevel())));
        part(parts, "keeping", brief.keepItems());
        part(parts, "fixing", brief.painPoints());
        part(parts, "for", brief.occupants().stream().map(Replies::words).toList());
        part(parts, "working around", brief.constraints().stream().map(CONSTRAINT_LABELS::get).toList());
        long clarified = brief.inspirationNotes().stream().map(InspirationNote::agentClarification)
                .filter(Objects::nonNull).count();
        if (clarified > 0) {
            parts.add("inspiration: " + clarified + (clarified == 1 ? " photo" : " photos"));
        }
        String next = " Confirm to create your designs, or tell me what to change.";
        if (parts.isEmpty()) {
            return "I'll work from your photos." + next;
        }
        return "Here's your brief: " + String.join("; ", parts) + "." + next;
    }

    private static void part(List<String> parts, String label, List<String> values) {
        if (!values.isEmpty()) {
            parts.add(label + ": " + String.join(", ", values));
        }
    }

    private static void changed(List<String> added, String before, String after,
            Function<String, String> label) {
        if (after != null && !after.equals(before)) {
            added.add(label.apply(after));
        }
    }

    private static void newValues(List<String> added, List<String> before, List<String> after,
            Function<String, String> label) {
        after.stream().filter(v -> !before.contains(v)).map(label).forEach(added::add);
    }

    private static String words(String value) {
        return value.equals("mid_century") ? "mid-century" : value.replace('_', ' ');
    }
}
