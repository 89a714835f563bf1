package io.remo.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.remo.brief.api.EditInstructions;
import io.remo.imaging.GrayImage;
import io.remo.imaging.RgbImage;
import io.remo.pipeline.engine.JobCancelledException;
import io.remo.pipeline.engine.JobControl;
import io.remo.pipeline.engine.classical.ClassicalRegionEditor;
import io.remo.revision.api.LassoRegion;
import io.remo.revision.api.NormalizedOffset;
import io.remo.revision.api.RevisionRequest;
import io.remo.revision.api.RevisionValidator;
import io.remo.revision.fidelity.FidelityMetrics;
import io.remo.testing.SyntheticRoom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole revisions on a synthetic room (seed 1, 1024 x 768: sofa, pictures, floor lamp), through the validator. */
class LassoRevisionRendererTest {

    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;

    private final RgbImage room = SyntheticRoom.rgb(WIDTH, HEIGHT, 1);
    private final LassoRevisionRenderer renderer = new LassoRevisionRenderer(new ClassicalRegionEditor(),
            RevisionSettings.DEFAULT);

    private static LassoRegion region(int x0, int y0, int x1, int y1, String action, String words,
                                      NormalizedOffset offset) {
        return new LassoRegion(TestImages.rectPath(WIDTH, HEIGHT, x0, y0, x1, y1), action, words, null, null, null,
                offset, null);
    }

    private static final LassoRegion SOFA = region(300, 365, 740, 530, "replace", "a sage green velvet sofa", null);
    private static final LassoRegion PICTURE = region(550, 200, 650, 320, "remove", "take the picture away", null);
    private static final LassoRegion LAMP = region(115, 250, 220, 640, "reposition", "move the lamp to the right",
            NormalizedOffset.of(0.1, 0));

    private static List<EditInstructions> instructionsFor(List<LassoRegion> regions) {
        return regions.stream().map(r -> new EditInstructions(r.action(), r.instruction(), null, null, 0, List.of(),
                List.of(), "", "")).toList();
    }

    private LassoRevision render(List<LassoRegion> regions, JobControl control) {
        assertThat(new RevisionValidator().validate(RevisionRequest.lasso(regions)).violations()).isEmpty();
        return renderer.render(room, regions, instructionsFor(regions), null, 99, control);
    }

    @Test
    void aReplaceChangesTheRegionAndNothingOutsideIt() {
        LassoRevision revision = render(List.of(SOFA), JobControl.NONE);

        FidelityMetrics fidelity = revision.fidelity();
        assertThat(fidelity.maxChangeOutsideMask()).isZero();
        assertThat(fidelity.changedOutsideSupport()).isZero();
        assertThat(identicalOutside(room, revision.result(), revision.support())).isTrue();
        assertThat(fidelity.recall()).isGreaterThan(0.95);
        assertThat(fidelity.precision()).isGreaterThan(0.85);
        // The refined sofa is smaller than the loose lasso around it.
        assertThat(fidelity.maskPixels()).isLessThan(440L * 165 * 3 / 4);
    }

    @Test
    void threeRegionsKeepThePromiseTogether() {
        LassoRevision revision = render(List.of(SOFA, PICTURE, LAMP), JobControl.NONE);

        FidelityMetrics fidelity = revision.fidelity();
        assertThat(fidelity.maxChangeOutsideMask()).isZero();
        assertThat(identicalOutside(room, revision.result(), revision.support())).isTrue();
        assertThat(fidelity.precision()).isGreaterThan(0.85);
        assertThat(fidelity.recall()).isGreaterThan(0.9);
        assertThat(revision.shapes()).hasSize(3);
    }

    @Test
    void theOverlayNumbersTheRegionsOnTheBase() {
        LassoRevision revision = render(List.of(SOFA, PICTURE), JobControl.NONE);

        assertThat(revision.overlay().pixels()).isNotEqualTo(room.pixels());
        // Far from both regions the overlay is the base.
        int i = 3 * (700 * WIDTH + 50);
        assertThat(new byte[] {revision.overlay().pixels()[i], revision.overlay().pixels()[i + 1],
                revision.overlay().pixels()[i + 2]}).containsExactly(room.pixels()[i], room.pixels()[i + 1],
                room.pixels()[i + 2]);
    }

    @Test
    void theSameRevisionGivesTheSameBytes() {
        List<LassoRegion> regions = List.of(SOFA, LAMP);

        LassoRevision first = render(regions, JobControl.NONE);
        LassoRevision second = render(regions, JobControl.NONE);

        assertThat(second.result().pixels()).isEqualTo(first.result().pixels());
        assertThat(second.overlay().pixels()).isEqualTo(first.overlay().pixels());
        assertThat(second.fidelity()).isEqualTo(first.fidelity());
    }

    @Test
    void reportsMonotoneProgressAndStopsWhenCancelled() {
        List<Double> fractions = new ArrayList<>();
        render(List.of(SOFA, PICTURE), new JobControl() {
            @Override
            public void progress(double fraction, String message) {
                fractions.add(fraction);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertThat(fractions).isSorted().last().isEqualTo(1.0);

        JobControl stopAfterMasks = new JobControl() {
            private int reports;

            @Override
            public void progress(double fraction, String message) {
                reports++;
            }

            @Override
            public boolean cancelled() {
                return reports >= 2;
            }
        };
        assertThatThrownBy(() -> render(List.of(SOFA, PICTURE), stopAfterMasks))
                .isInstanceOf(JobCancelledException.class);
    }

    @Test
    void refusesInstructionsForAnotherAction() {
        List<EditInstructions> wrong = List.of(new EditInstructions("remove", "take it away", null, null, 0, List.of(),
                List.of(), "", ""));

        assertThatThrownBy(() -> renderer.render(room, List.of(SOFA), wrong, null, 1, JobControl.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replace");
    }

    private static boolean identicalOutside(RgbImage a, RgbImage b, GrayImage support) {
        for (int p = 0; p < support.pixels().length; p++) {
            for (int c = 0; c < 3; c++) {
                if (support.pixels()[p] == 0 && a.pixels()[3 * p + c] != b.pixels()[3 * p + c]) {
                    return false;
                }
            }
        }
        return true;
    }
}
