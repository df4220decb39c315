package com.autosales.showroom;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** 展厅看板 — who is in the showroom now (longest first) and today's counts, within the reader's data scope. */
public record ShowroomBoard(LocalDate day, List<ReceptionView> inShowroom, long visits, long calls, long firstVisits,
        Map<ReceptionSource, Long> bySource) {
}
