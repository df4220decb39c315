package com.autosales.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Vin} as its 17 characters (varchar(17)). */
@Converter(autoApply = true)
public class VinConverter implements AttributeConverter<Vin, String> {

    @Override
    public String convertToDatabaseColumn(Vin vin) {
        return vin == null ? null : vin.value();
    }

    @Override
    public Vin convertToEntityAttribute(String value) {
        return value == null ? null : new Vin(value);
    }
}
