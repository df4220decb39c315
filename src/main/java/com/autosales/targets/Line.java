package com.autosales.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Twelve monthly figures with the quarters (sums of their months) and the year. */
public record Line(List<BigDecimal> months, List<BigDecimal> quarters, BigDecimal year) {

    static Line of(List<BigDecimal> months) {
        List<BigDecimal> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            quarters.add(months.get(3 * q).add(months.get(3 * q + 1)).add(months.get(3 * q + 2)));
        }
        return new Line(List.copyOf(months), quarters, quarters.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public boolean zero() {
        return months.stream().allMatch(m -> m.signum() == 0);
    }
}
