package io.remo.intake.control;

import static io.remo.intake.control.BriefField.AVOID_COLORS;
import static io.remo.intake.control.BriefField.CLUTTER_LEVEL;
import static io.remo.intake.control.BriefField.COLORS;
import static io.remo.intake.control.BriefField.CONSTRAINTS;
import static io.remo.intake.control.BriefField.INSPIRATION_NOTES;
import static io.remo.intake.control.BriefField.KEEP_ITEMS;
import static io.remo.intake.control.BriefField.LIGHTING;
import static io.remo.intake.control.BriefField.MOOD;
import static io.remo.intake.control.BriefField.OCCUPANTS;
import static io.remo.intake.control.BriefField.PAIN_POINTS;
import static io.remo.intake.control.BriefField.ROOM_TYPE;
import static io.remo.intake.control.BriefField.STYLES;
import static io.remo.intake.control.BriefField.TEXTURES;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.InspirationNote;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of each mode, in order. A question whose field an earlier answer already filled is passed over
 * (except the list questions of the full intake), and a question asked once is not asked again. The plan is derived
 * from the mode and the draft alone, so the state only has to remember which questions were asked.
 */
final class QuestionPlan {

    static final String DESCRIBE = "describe";
    static final String FEEL = "feel";
    static final String INSPIRATION_PREFIX = "inspiration:";

    private static final Question ROOM = new Question(ROOM_TYPE.key(), List.of(ROOM_TYPE), List.of(ROOM_TYPE),
            "Which room are we redesigning?",
            List.of("Living room", "Bedroom", "Kitchen", "Home office", "Dining room", "Bathroom"), -1);
    private static final Question FEEL_QUESTION = new Question(FEEL, List.of(MOOD, STYLES), List.of(MOOD, STYLES),
            "How would you like the room to feel? A few words are enough.",
            List.of("Calm and airy", "Cozy and warm", "Fresh and bright", "Elegant", "Playful and colourful"), -1);
    private static final Question DESCRIBE_QUESTION = new Question(DESCRIBE, List.of(), List.of(),
            "Tell me about the room: what it is, what bothers you about it, and how you'd like "
                    + "it to feel.",
            List.of("A cozy living room, keep the sofa", "A calm bedroom with warm light",
                    "A bright home office with no clutter"), -1);

    private QuestionPlan() {
    }

    static List<Question> of(IntakeMode mode, DesignBrief draft) {
        return switch (mode) {
            case QUICK -> List.of(ROOM, FEEL_QUESTION, keep(true));
            case OPEN -> List.of(DESCRIBE_QUESTION, ROOM, FEEL_QUESTION, lighting(), colours(true), keep(true));
            case FULL -> full(draft);
            case SKIPPED -> List.of();
        };
    }

    static Optional<Question> find(IntakeMode mode, DesignBrief draft, String id) {
        return of(mode, draft).stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The first question not asked yet and not already answered by the draft. */
    static Optional<Question> next(IntakeMode mode, DesignBrief draft, List<String> asked) {
        return of(mode, draft).stream().filter(q -> !asked.contains(q.id()) && !q.answeredBy(draft)).findFirst();
    }

    /** Fields the plan still means to ask about (the current question included), less those already filled. */
    static List<String> remaining(IntakeMode mode, DesignBrief draft, List<String> asked, String current) {
        Set<BriefField> fields = EnumSet.noneOf(BriefField.class);
        for (Question question : of(mode, draft)) {
            boolean pending = question.id().equals(current)
                    || (!asked.contains(question.id()) && !question.answeredBy(draft));
            if (pending) {
                fields.addAll(question.fields());
            }
        }
        return fields.stream().filter(f -> !f.isFilled(draft)).map(BriefField::key).toList();
    }

    private static List<Question> full(DesignBrief draft) {
        List<Question> plan = new ArrayList<>(List.of(ROOM,
                new Question(OCCUPANTS.key(), List.of(OCCUPANTS), List.of(),
                        "Who uses this room day to day? Any kids or pets?",
                        List.of("Just me", "A couple", "Family with kids", "We have a dog", "We have a cat"), -1),
                new Question(PAIN_POINTS.key(), List.of(PAIN_POINTS), List.of(),
                        "What bothers you about the room as it is?",
                        List.of("Too dark", "Too cluttered", "Feels cramped", "Looks dated", "Nothing really"), -1),
                keep(false),
                lighting(),
                colours(false),
                new Question(TEXTURES.key(), List.of(TEXTURES), List.of(),
                        "Which materials or finishes appeal to you?",
                        List.of("Light wood", "Linen and wool", "Velvet", "Marble", "Rattan", "Plants"), -1),
                new Question(CLUTTER_LEVEL.key(), List.of(CLUTTER_LEVEL), List.of(CLUTTER_LEVEL),
                        "How much should be on show: minimal, tidy but personal, or lived-in?",
                        List.of("Minimal", "Tidy but personal", "Lived-in"), -1),
                new Question(MOOD.key(), List.of(MOOD), List.of(MOOD),
                        "Which word fits the mood you're after?",
                        List.of("Calm", "Cozy", "Fresh", "Elegant", "Playful", "Natural"), -1),
                new Question(STYLES.key(), List.of(STYLES), List.of(),
                        "Any design styles you're drawn to?",
                        List.of("Scandinavian", "Japandi", "Mid-century", "Industrial", "Bohemian", "Not sure"), -1),
                new Question(CONSTRAINTS.key(), List.of(CONSTRAINTS), List.of(),
                        "Anything we should work around: renting, a budget, pets, kids, a small space?",
                        List.of("Renting", "On a budget", "Small space", "Pets", "None"), -1)));
        for (InspirationNote note : draft.inspirationNotes()) {
            plan.add(new Question(INSPIRATION_PREFIX + note.photoIndex(), List.of(INSPIRATION_NOTES),
                    List.of(INSPIRATION_NOTES),
                    "On inspiration photo " + (note.photoIndex() + 1) + " you wrote \u201c" + note.note()
                            + "\u201d. What do you like most about it?",
                    List.of("The colours", "The light", "The furniture", "The overall feel"), note.photoIndex()));
        }
        return List.copyOf(plan);
    }

    private static Question keep(boolean skipWhenFilled) {
        return new Question(KEEP_ITEMS.key(), List.of(KEEP_ITEMS), skipWhenFilled ? List.of(KEEP_ITEMS) : List.of(),
                "Is there anything you want to keep as it is?",
                List.of("Nothing, start fresh", "The sofa", "The flooring", "The bed", "The dining table"), -1);
    }

    private static Question lighting() {
        return new Question(LIGHTING.key(), List.of(LIGHTING), List.of(LIGHTING),
                "What kind of light do you like in there?",
                List.of("Warm and cosy", "Bright and airy", "Cool daylight", "Soft and dim"), -1);
    }

    private static Question colours(boolean skipWhenFilled) {
        return new Question(COLORS.key(), List.of(COLORS, AVOID_COLORS), skipWhenFilled ? List.of(COLORS) : List.of(),
                "Which colours do you love, and any you'd rather avoid?",
                List.of("Warm neutrals", "Sage and cream", "Navy and white", "No grey", "Surprise me"), -1);
    }
}
