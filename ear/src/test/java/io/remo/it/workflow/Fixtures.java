package io.remo.it.workflow;

import io.remo.testing.SyntheticRoom;
import java.nio.charset.StandardCharsets;

/** Inputs the workflow tests upload. */
final class Fixtures {

    private Fixtures() {
    }

    /** A room photo that passes the checks: a synthetic room at phone-photo size. */
    static byte[] roomPhoto(long seed) {
        return SyntheticRoom.jpeg(1600, 1200, seed);
    }

    static final String DIMENSIONS = """
            {"room": {"width": 4.2, "length": 5.1, "height": 2.6, "unit": "m"},
             "walls": [{"id": "north", "width": 4.2, "height": 2.6, "orientation": "north"},
                       {"id": "east", "width": 5.1, "height": 2.6, "orientation": "east"},
                       {"id": "south", "width": 4.2, "height": 2.6, "orientation": "south"},
                       {"id": "west", "width": 5.1, "height": 2.6, "orientation": "west"}],
             "openings": [{"type": "window", "wallId": "north", "width": 1.4, "height": 1.3, "position": 1.2},
                          {"type": "door", "wallId": "east", "width": 0.9, "height": 2.1, "position": 3.8}],
             "floorAreaSqm": 21.4}
            """;

    static final byte[] PLY_SCAN = ("ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\n"
            + "property float z\nend_header\n0 0 0\n1 0 0\n0 1 0\n").getBytes(StandardCharsets.US_ASCII);
}
