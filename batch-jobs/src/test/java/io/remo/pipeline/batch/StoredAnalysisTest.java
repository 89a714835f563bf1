package io.remo.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.remo.imaging.GrayImage;
import io.remo.imaging.ImageCodec;
import io.remo.pipeline.engine.RoomAnalysis;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredAnalysisTest {

    private static final String PREFIX = "projects/p/generated/g1/analysis/";

    @Test
    void whatTheDesignRunStoresIsReadBackWhole() {
        RoomAnalysis stored = new RoomAnalysis(map(3, 10), map(3, 20), map(3, 30), "living_room", 0.83);
        Map<String, byte[]> objects = store(stored);

        RoomAnalysis read = StoredAnalysis.read(PREFIX, objects::get, 1_000_000);

        assertThat(read.depth().pixels()).isEqualTo(stored.depth().pixels());
        assertThat(read.edges().pixels()).isEqualTo(stored.edges().pixels());
        assertThat(read.segmentation().pixels()).isEqualTo(stored.segmentation().pixels());
        assertThat(read.roomType()).isEqualTo("living_room");
        assertThat(read.roomTypeConfidence()).isEqualTo(0.83);
        assertThat(StoredAnalysis.segmentation(PREFIX, objects::get, 1_000_000).pixels())
                .isEqualTo(stored.segmentation().pixels());
        assertThat(StoredAnalysis.roomType(PREFIX, objects::get)).isEqualTo("living_room");
    }

    @Test
    void anUnrecognisedRoomStaysUnrecognised() {
        Map<String, byte[]> objects = store(new RoomAnalysis(map(2, 0), map(2, 0), map(2, 0), null, 0));

        assertThat(new String(objects.get(PREFIX + StoredAnalysis.ROOM), StandardCharsets.UTF_8))
                .isEqualTo("{\"roomType\":null,\"confidence\":0.0}");
        assertThat(StoredAnalysis.roomType(PREFIX, objects::get)).isNull();
    }

    private static Map<String, byte[]> store(RoomAnalysis analysis) {
        Map<String, byte[]> objects = new HashMap<>();
        objects.put(PREFIX + StoredAnalysis.DEPTH, ImageCodec.encodePng(analysis.depth()));
        objects.put(PREFIX + StoredAnalysis.EDGES, ImageCodec.encodePng(analysis.edges()));
        objects.put(PREFIX + StoredAnalysis.SEGMENTATION, ImageCodec.encodePng(analysis.segmentation()));
        objects.put(PREFIX + StoredAnalysis.ROOM, StoredAnalysis.roomJson(analysis));
        return objects;
    }

    /** A small map whose pixels differ from each other (and from the other maps by {@code offset}). */
    private static GrayImage map(int side, int offset) {
        byte[] pixels = new byte[side * side];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (offset + 7 * i);
        }
        return new GrayImage(side, side, pixels);
    }
}
