package io.remo.revision.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies of payload lists that, unlike {@link List#copyOf}, keep null elements, so that validation can name them. */
final class Payloads {

    private Payloads() {
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? null : Collections.unmodifiableList(new ArrayList<>(values));
    }

    static <T> List<T> copyOrEmpty(List<T> values) {
        return values == null ? List.of() : copy(values);
    }
}
