package io.remo.platform.control;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link WireName} enum as its lower-case word; subclasses are the auto-applied converters. */
public abstract class WireNameConverter<E extends Enum<E> & WireName> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected WireNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.wireName();
    }

    @Override
    public E convertToEntityAttribute(String column) {
        return column == null ? null : WireName.parse(type, column);
    }
}
