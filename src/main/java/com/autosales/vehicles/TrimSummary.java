package com.autosales.vehicles;

import java.util.List;

/** A trim with what identifies it to people ("大众 途观L 2025款 330TSI 两驱智享版") and the colours it comes in. */
public record TrimSummary(Long id, Long modelId, String label, List<String> exteriorColours,
        List<String> interiorColours, boolean active) {
}
