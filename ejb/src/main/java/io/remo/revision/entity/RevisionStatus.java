package io.remo.revision.entity;

import io.remo.platform.control.WireName;
import io.remo.platform.control.WireNameConverter;
import jakarta.persistence.Converter;

public enum RevisionStatus implements WireName {
    PENDING, GENERATING, COMPLETED, FAILED;

    @Converter(autoApply = true)
    public static class Column extends WireNameConverter<RevisionStatus> {
        public Column() {
            super(RevisionStatus.class);
        }
    }
}
