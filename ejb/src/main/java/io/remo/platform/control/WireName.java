package io.remo.platform.control;

import java.util.Locale;

/** Enums whose constants travel (in JSON and in columns) as lower-case words. */
public interface WireName {

    String name();

    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & WireName> E parse(Class<E> type, String wireName) {
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(wireName)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " named " + wireName);
    }
}
