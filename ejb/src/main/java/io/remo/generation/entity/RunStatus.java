package io.remo.generation.entity;

import io.remo.platform.control.WireName;
import io.remo.platform.control.WireNameConverter;
import jakarta.persistence.Converter;

public enum RunStatus implements WireName {
    STARTING, RUNNING, COMPLETED, FAILED, STOPPED;

    public boolean active() {
        return this == STARTING || this == RUNNING;
    }

    @Converter(autoApply = true)
    public static class Column extends WireNameConverter<RunStatus> {
        public Column() {
            super(RunStatus.class);
        }
    }
}
