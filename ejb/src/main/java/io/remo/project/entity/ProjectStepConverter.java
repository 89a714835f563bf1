package io.remo.project.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ProjectStepConverter implements AttributeConverter<ProjectStep, String> {

    @Override
    public String convertToDatabaseColumn(ProjectStep step) {
        return step == null ? null : step.wireName();
    }

    @Override
    public ProjectStep convertToEntityAttribute(String column) {
        return column == null ? null : ProjectStep.fromWireName(column);
    }
}
