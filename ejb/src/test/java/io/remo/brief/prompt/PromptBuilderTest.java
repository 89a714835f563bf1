package io.remo.brief.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.remo.brief.api.DesignBrief;
import io.remo.brief.api.EditInstructions;
import io.remo.brief.api.GenerationInstructions;
import io.remo.brief.api.InspirationNote;
import io.remo.brief.api.NamedColor;
import io.remo.brief.api.StyleProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PromptBuilderTest {

    private static final String NEGATIVE = "blurry, low quality, distorted perspective, warped walls, "
            + "deformed furniture, extra windows, text, watermark, people";

    private final PromptBuilder builder = new PromptBuilder();

    private static final DesignBrief BRIEF = new DesignBrief("living_room", List.of("couple", "dog"),
            List.of("too dark", "no storage"), List.of("the green sofa"),
            new StyleProfile("warm", List.of("sage", "cream"), List.of("grey"), List.of("light_wood", "linen"), "tidy",
                    "cozy", List.of("scandinavian")),
            List.of("pets"), List.of(new InspirationNote(0, "love the light", "the big window")));

    private static List<String> names(List<NamedColor> colours) {
        return colours.stream().map(NamedColor::name).toList();
    }

    @Test
    void faithfulOptionUsesThePaletteAsGiven() {
        GenerationInstructions faithful = builder.options(BRIEF, null).get(0);

        assertThat(faithful.optionIndex()).isZero();
        assertThat(faithful.reading()).isEqualTo("faithful");
        assertThat(faithful.roomType()).isEqualTo("living_room");
        assertThat(faithful.styles()).containsExactly("scandinavian");
        assertThat(names(faithful.palette())).containsExactly("sage", "cream");
        assertThat(faithful.palette().get(0)).isEqualTo(new NamedColor("sage", 0xA3, 0xB1, 0x8A));
        assertThat(names(faithful.avoidColors())).containsExactly("grey");
        assertThat(faithful.warmth()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(faithful.brightness()).isEqualTo(0.3);
        assertThat(faithful.textures()).containsExactly("light_wood", "linen");
        assertThat(faithful.mood()).isEqualTo("cozy");
        assertThat(faithful.declutter()).isEqualTo(0.5);
        assertThat(faithful.keepItems()).containsExactly("the green sofa");
        assertThat(faithful.prompt()).isEqualTo("photorealistic interior photograph of a redesigned living room, "
                + "scandinavian style, cozy mood, warm lighting, colour palette of sage, cream, "
                + "materials: light wood, linen, tidy styling, keep unchanged: \"the green sofa\", "
                + "inspiration: \"love the light (the big window)\", "
                + "same room layout, camera angle and windows, high detail");
        assertThat(faithful.negativePrompt()).isEqualTo(NEGATIVE + ", grey");
    }

    @Test
    void bolderOptionLeadsWithAccentsAndContrast() {
        GenerationInstructions bolder = builder.options(BRIEF, null).get(1);

        assertThat(bolder.optionIndex()).isEqualTo(1);
        assertThat(bolder.reading()).isEqualTo("bolder");
        assertThat(names(bolder.palette())).containsExactly("sage", "terracotta", "cream");
        assertThat(names(bolder.avoidColors())).containsExactly("grey");
        assertThat(bolder.warmth()).isEqualTo(1.0);
        assertThat(bolder.prompt()).contains("colour palette of sage, terracotta, cream, "
                + "bold terracotta accents, strong contrast");
        assertThat(bolder.negativePrompt()).isEqualTo(NEGATIVE + ", grey");
    }

    @Test
    void skippedIntakeGivesNeutralInstructions() {
        List<GenerationInstructions> options = builder.options(DesignBrief.EMPTY, null);

        GenerationInstructions faithful = options.get(0);
        assertThat(faithful.roomType()).isNull();
        assertThat(faithful.styles()).isEmpty();
        assertThat(names(faithful.palette())).containsExactly("white", "cream", "sand");
        assertThat(faithful.avoidColors()).isEmpty();
        assertThat(faithful.warmth()).isZero();
        assertThat(faithful.brightness()).isZero();
        assertThat(faithful.textures()).isEmpty();
        assertThat(faithful.mood()).isNull();
        assertThat(faithful.declutter()).isEqualTo(0.3);
        assertThat(faithful.keepItems()).isEmpty();
        assertThat(faithful.prompt()).isEqualTo("photorealistic interior photograph of a redesigned room, "
                + "balanced natural light, colour palette of white, cream, sand, tidy styling, "
                + "same room layout, camera angle and windows, high detail");
        assertThat(faithful.negativePrompt()).isEqualTo(NEGATIVE);
        assertThat(names(options.get(1).palette())).containsExactly("sand", "charcoal", "cream", "white");
        assertThat(options.get(1).warmth()).isZero();
    }

    @Test
    void withoutColoursThePaletteFollowsTheStyleThenTheMoodAndNeverAnAvoidedColour() {
        DesignBrief coastal = new DesignBrief(null, List.of(), List.of(), List.of(),
                new StyleProfile(null, List.of(), List.of("white"), List.of(), null, "calm", List.of("coastal")),
                List.of(), List.of());
        DesignBrief calm = new DesignBrief(null, List.of(), List.of(), List.of(),
                new StyleProfile(null, List.of(), List.of(), List.of(), null, "calm", List.of()), List.of(), List.of());

        assertThat(names(builder.option(coastal, 0, null).palette())).containsExactly("light_blue", "sand");
        assertThat(names(builder.option(calm, 0, null).palette())).containsExactly("white", "sage", "sand");
    }

    @Test
    void avoidedColoursStayOutOfEveryPalette() {
        DesignBrief brief = new DesignBrief(null, List.of(), List.of(), List.of(),
                new StyleProfile(null, List.of("navy", "grey"), List.of("grey", "mustard"), List.of(), null, null,
                        List.of()),
                List.of(), List.of());

        List<GenerationInstructions> options = builder.options(brief, null);

        assertThat(names(options.get(0).palette())).containsExactly("navy");
        assertThat(names(options.get(1).palette())).containsExactly("navy");
        assertThat(options.get(1).prompt()).doesNotContain("accents");
        assertThat(names(options.get(1).avoidColors())).containsExactly("grey", "mustard");
    }

    @Test
    void revisionFeedbackOverridesTheBriefAndIsQuoted() {
        GenerationInstructions revised = builder.option(BRIEF, 0,
                "Cooler please, less clutter, more plants and no cream");

        assertThat(revised.warmth()).isEqualTo(-0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(revised.declutter()).isEqualTo(0.9);
        assertThat(revised.textures()).containsExactly("plants", "light_wood", "linen");
        assertThat(names(revised.palette())).containsExactly("sage");
        assertThat(names(revised.avoidColors())).containsExactly("grey", "cream");
        assertThat(revised.prompt()).contains("cool daylight", "clean uncluttered surfaces",
                "revision request: \"Cooler please, less clutter, more plants and no cream\"");
    }

    @Test
    void complaintsAboutDarknessAndClutterBrightenAndClear() {
        DesignBrief brief = new DesignBrief(null, List.of(), List.of("too dark and gloomy", "cluttered"), List.of(),
                StyleProfile.EMPTY, List.of(), List.of());

        GenerationInstructions option = builder.option(brief, 0, null);

        assertThat(option.brightness()).isEqualTo(0.3);
        assertThat(option.declutter()).isEqualTo(0.6);
    }

    @Test
    void optionIndexIsZeroOrOne() {
        assertThatThrownBy(() -> builder.option(BRIEF, 2, null)).isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> regionInstructions() {
        return Stream.of(
                arguments("remove the lamp", "remove", null, null),
                arguments("make the rug a bit bigger", "resize", null, null),
                arguments("move the chair to the left", "reposition", null, null),
                arguments("make the sofa navy velvet", "change_finish", "navy", "velvet"),
                arguments("paint this wall terracotta", "change_finish", "terracotta", null),
                arguments("replace the chair with a rattan armchair", "replace", "sage", "rattan"),
                arguments("something cozier here", "replace", "sage", "light_wood"),
                arguments("make it velvet", "change_finish", null, "velvet"));
    }

    @ParameterizedTest
    @MethodSource("regionInstructions")
    void readsTheRegionInstruction(String instruction, String action, String colour, String texture) {
        EditInstructions edit = builder.edit(BRIEF, instruction);

        assertThat(edit.action()).isEqualTo(action);
        assertThat(edit.targetColor() == null ? null : edit.targetColor().name()).isEqualTo(colour);
        assertThat(edit.texture()).isEqualTo(texture);
        assertThat(edit.instruction()).isEqualTo(instruction);
    }

    @Test
    void editCarriesWarmthAvoidTokensAndStyleNudges() {
        EditInstructions edit = builder.edit(BRIEF, "warmer, a boho velvet armchair, no leather or grey");

        assertThat(edit.action()).isEqualTo("change_finish");
        assertThat(edit.targetColor()).isNull();
        assertThat(edit.texture()).isEqualTo("velvet");
        assertThat(edit.warmth()).isEqualTo(0.6);
        assertThat(edit.avoidTokens()).containsExactly("grey", "leather");
        assertThat(edit.styleNudges()).containsExactly("bohemian", "scandinavian", "cozy");
        assertThat(edit.prompt()).isEqualTo("photorealistic velvet armchair, bohemian, scandinavian, cozy style, "
                + "matching the room's lighting and perspective, "
                + "request: \"warmer, a boho velvet armchair, no leather or grey\"");
        assertThat(edit.negativePrompt()).isEqualTo(NEGATIVE + ", grey, leather");
    }

    @Test
    void removingAnObjectKeepsItOutOfTheResult() {
        EditInstructions edit = builder.edit(DesignBrief.EMPTY, "get rid of the floor lamp");

        assertThat(edit.avoidTokens()).containsExactly("floor lamp");
        assertThat(edit.prompt()).isEqualTo("empty space where the object was, continuing the surrounding floor and "
                + "wall seamlessly, matching the room's lighting and perspective, "
                + "request: \"get rid of the floor lamp\"");
        assertThat(edit.negativePrompt()).isEqualTo(NEGATIVE + ", floor lamp");
        assertThat(edit.warmth()).isZero();
    }

    @Test
    void aColourTheInstructionAsksForIsNoLongerAvoided() {
        EditInstructions edit = builder.edit(BRIEF, "make the cushions grey");

        assertThat(edit.targetColor().name()).isEqualTo("grey");
        assertThat(edit.avoidTokens()).isEmpty();
    }
}
