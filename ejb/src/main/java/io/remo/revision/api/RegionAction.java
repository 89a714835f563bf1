package io.remo.revision.api;

import java.util.Optional;

/** What the person wants done inside a lasso region; {@link #wireName()} is the value in the payload. */
public enum RegionAction {
    REPLACE("replace"),
    REMOVE("remove"),
    CHANGE_FINISH("change_finish"),
    RESIZE("resize"),
    REPOSITION("reposition");

    private final String wireName;

    RegionAction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RegionAction> fromWire(String value) {
        for (RegionAction action : values()) {
            if (action.wireName.equals(value)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
