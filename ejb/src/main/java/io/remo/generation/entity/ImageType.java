package io.remo.generation.entity;

import io.remo.platform.control.WireName;
import io.remo.platform.control.WireNameConverter;
import jakarta.persistence.Converter;

public enum ImageType implements WireName {
    INITIAL_OPTION, REVISION, OVERLAY;

    @Converter(autoApply = true)
    public static class Column extends WireNameConverter<ImageType> {
        public Column() {
            super(ImageType.class);
        }
    }
}
