package com.autosales.delivery;

import java.time.Instant;
import java.util.List;

/** One checklist of a delivery with each item's tick (who, when, note, photo) and how far it is. */
public record ChecklistGroup(ChecklistStage stage, List<Line> lines) {

    public record Line(Long itemId, String label, boolean required, boolean checked, String checkedBy,
            Instant checkedAt, String note, boolean hasPhoto) {
    }

    public long done() {
        return lines.stream().filter(Line::checked).count();
    }

    /** Required items still to tick. */
    public List<Line> missing() {
        return lines.stream().filter(l -> l.required() && !l.checked()).toList();
    }

    public boolean complete() {
        return missing().isEmpty();
    }
}
