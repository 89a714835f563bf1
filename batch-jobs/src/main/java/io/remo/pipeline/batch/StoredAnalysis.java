package io.remo.pipeline.batch;

import io.remo.imaging.GrayImage;
import io.remo.imaging.ImageCodec;
import io.remo.pipeline.engine.RoomAnalysis;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The analysis of a room photo as the design-options run stores it, under
 * {@link io.remo.storage.api.ProjectObjects#analysis}: the three maps as gray PNGs and the recognised room type in
 * {@value #ROOM}. Revisions and shopping lists read it back from there.
 */
public final class StoredAnalysis {

    public static final String DEPTH = "depth.png";
    public static final String EDGES = "edges.png";
    public static final String SEGMENTATION = "segmentation.png";
    public static final String ROOM = "room.json";

    private StoredAnalysis() {
    }

    /** {@value #ROOM}: {@code {"roomType": "living_room" or null, "confidence": 0.83}}. */
    public static byte[] roomJson(RoomAnalysis analysis) {
        var room = Json.createObjectBuilder();
        if (analysis.roomType() == null) {
            room.addNull("roomType");
        } else {
            room.add("roomType", analysis.roomType());
        }
        return room.add("confidence", analysis.roomTypeConfidence()).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The whole analysis under {@code prefix}; {@code fetch} reads one object. */
    public static RoomAnalysis read(String prefix, Function<String, byte[]> fetch, long maxPixels) {
        JsonObject room = room(fetch.apply(prefix + ROOM));
        return new RoomAnalysis(map(fetch.apply(prefix + DEPTH), maxPixels), map(fetch.apply(prefix + EDGES), maxPixels),
                map(fetch.apply(prefix + SEGMENTATION), maxPixels), roomType(room),
                room.get("confidence") instanceof JsonNumber confidence ? confidence.doubleValue() : 0);
    }

    /** The segmentation map under {@code prefix}. */
    public static GrayImage segmentation(String prefix, Function<String, byte[]> fetch, long maxPixels) {
        return map(fetch.apply(prefix + SEGMENTATION), maxPixels);
    }

    /** The room type recognised, or null when none was. */
    public static String roomType(String prefix, Function<String, byte[]> fetch) {
        return roomType(room(fetch.apply(prefix + ROOM)));
    }

    private static JsonObject room(byte[] json) {
        try (var reader = Json.createReader(new ByteArrayInputStream(json))) {
            return reader.readObject();
        }
    }

    private static String roomType(JsonObject room) {
        return room.get("roomType") instanceof JsonString type ? type.getString() : null;
    }

    /** A map stored as a gray PNG: decoded as RGB its three channels are equal. */
    private static GrayImage map(byte[] png, long maxPixels) {
        var image = ImageCodec.decode(png, maxPixels);
        byte[] gray = new byte[image.width() * image.height()];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = image.pixels()[3 * i];
        }
        return new GrayImage(image.width(), image.height(), gray);
    }
}
