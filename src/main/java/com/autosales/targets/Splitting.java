package com.autosales.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount into parts that add up to it exactly at the metric's scale (cents or whole units): evenly, or in
 * proportion to weights; what rounding leaves over goes to the last part.
 */
final class Splitting {

    private Splitting() {
    }

    static List<BigDecimal> evenly(BigDecimal total, int parts, int scale) {
        requireParts(parts);
        BigDecimal share = total.divide(BigDecimal.valueOf(parts), scale, RoundingMode.DOWN);
        List<BigDecimal> result = new ArrayList<>();
        for (int i = 0; i < parts - 1; i++) {
            result.add(share);
        }
        result.add(total.setScale(scale, RoundingMode.UNNECESSARY).subtract(share.multiply(BigDecimal.valueOf(parts - 1))));
        return result;
    }

    /** In proportion to the weights (negative ones count as nothing); evenly when they add up to nothing. */
    static List<BigDecimal> byWeights(BigDecimal total, List<BigDecimal> weights, int scale) {
        requireParts(weights.size());
        List<BigDecimal> positive = weights.stream().map(w -> w == null || w.signum() < 0 ? BigDecimal.ZERO : w).toList();
        BigDecimal sum = positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            return evenly(total, weights.size(), scale);
        }
        List<BigDecimal> result = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < positive.size() - 1; i++) {
            BigDecimal part = total.multiply(positive.get(i)).divide(sum, scale, RoundingMode.DOWN);
            result.add(part);
            given = given.add(part);
        }
        result.add(total.setScale(scale, RoundingMode.UNNECESSARY).subtract(given));
        return result;
    }

    private static void requireParts(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("nothing to split into");
        }
    }
}
