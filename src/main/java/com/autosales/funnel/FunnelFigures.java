package com.autosales.funnel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts of every stage turned into figures with conversion rates, all stages in funnel order (missing ones 0). */
final class FunnelFigures {

    private FunnelFigures() {
    }

    static List<StageFigure> of(Map<FunnelStage, Long> counts) {
        Map<FunnelStage, Long> all = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : FunnelStage.values()) {
            all.put(stage, counts.getOrDefault(stage, 0L));
        }
        long visits = all.get(FunnelStage.VISIT);
        List<StageFigure> figures = new ArrayList<>();
        for (FunnelStage stage : FunnelStage.values()) {
            long count = all.get(stage);
            if (stage == FunnelStage.VISIT) {
                figures.add(new StageFigure(stage, count, null, null));
            } else {
                long previous = all.get(stage.previous().orElseThrow());
                figures.add(new StageFigure(stage, count, Conversion.percent(count, previous),
                        Conversion.percent(count, visits)));
            }
        }
        return List.copyOf(figures);
    }
}
