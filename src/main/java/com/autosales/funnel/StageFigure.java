package com.autosales.funnel;

import java.math.BigDecimal;

/**
 * One stage's count with its conversion from the previous stage and from visits (percent with one decimal, null when
 * the base is 0; visits themselves have neither).
 */
public record StageFigure(FunnelStage stage, long count, BigDecimal rateFromPrevious, BigDecimal rateFromVisits) {

    public String rateFromPreviousLabel() {
        return Conversion.label(rateFromPrevious);
    }

    public String rateFromVisitsLabel() {
        return Conversion.label(rateFromVisits);
    }
}
