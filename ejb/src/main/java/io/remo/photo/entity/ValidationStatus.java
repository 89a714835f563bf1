package io.remo.photo.entity;

import io.remo.platform.control.WireName;
import io.remo.platform.control.WireNameConverter;
import jakarta.persistence.Converter;

/** A photo's way through the checks: awaiting_upload (direct upload announced), pending, passed or failed. */
public enum ValidationStatus implements WireName {
    AWAITING_UPLOAD, PENDING, PASSED, FAILED;

    @Converter(autoApply = true)
    public static class Column extends WireNameConverter<ValidationStatus> {
        public Column() {
            super(ValidationStatus.class);
        }
    }
}
