package io.remo.platform.control;

import jakarta.persistence.AttributeConverter;
import java.lang.reflect.Type;

/**
 * Maps a value type onto a jsonb column through JSON-B. Subclasses name the type; the column is declared with
 * {@code @JdbcTypeCode(SqlTypes.JSON)} so PostgreSQL receives jsonb, not varchar.
 */
public abstract class JsonConverter<T> implements AttributeConverter<T, String> {

    private final Type type;

    protected JsonConverter(Type type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return value == null ? null : Json.write(value);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return json == null ? null : Json.read(json, type);
    }
}
