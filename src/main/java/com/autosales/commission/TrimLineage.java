package com.autosales.commission;

import java.util.Map;

/** Which model and series each trim belongs to, so a per-unit rule for a series pays for each of its trims. */
public record TrimLineage(Map<Long, Long> modelOfTrim, Map<Long, Long> seriesOfTrim) {

    public TrimLineage {
        modelOfTrim = Map.copyOf(modelOfTrim);
        seriesOfTrim = Map.copyOf(seriesOfTrim);
    }

    public boolean matches(VehicleLevel level, Long refId, Long trimId) {
        if (level == null || refId == null) {
            return true;
        }
        return switch (level) {
            case TRIM -> refId.equals(trimId);
            case MODEL -> refId.equals(modelOfTrim.get(trimId));
            case SERIES -> refId.equals(seriesOfTrim.get(trimId));
        };
    }
}
