package io.remo.photo.entity;

import io.remo.platform.control.WireName;
import io.remo.platform.control.WireNameConverter;
import jakarta.persistence.Converter;

public enum PhotoType implements WireName {
    ROOM, INSPIRATION;

    @Converter(autoApply = true)
    public static class Column extends WireNameConverter<PhotoType> {
        public Column() {
            super(PhotoType.class);
        }
    }
}
