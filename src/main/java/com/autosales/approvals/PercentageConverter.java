package com.autosales.approvals;

import com.autosales.shared.Percentage;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;

/** Stores a {@link Percentage} as numeric(7,2). */
@Converter
class PercentageConverter implements AttributeConverter<Percentage, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Percentage percentage) {
        return percentage == null ? null : percentage.value();
    }

    @Override
    public Percentage convertToEntityAttribute(BigDecimal value) {
        return value == null ? null : Percentage.of(value);
    }
}
