package com.autosales.commission;

import com.autosales.shared.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** From this attainment (percent) on, the per-unit and margin lines are paid at this percentage. */
public record Tier(BigDecimal fromPercent, BigDecimal multiplierPercent) {

    /**
     * Reads "0:0; 80:100; 100:120" (attainment from : multiplier, in percent). The first tier must start at 0 and the
     * thresholds must rise, so every attainment falls into exactly one tier.
     */
    public static List<Tier> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("commission.tiers-required");
        }
        List<Tier> tiers = new ArrayList<>();
        for (String part : text.replace('；', ';').replace('：', ':').split("[;,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split(":");
            try {
                if (pair.length != 2) {
                    throw new NumberFormatException(part);
                }
                tiers.add(new Tier(new BigDecimal(pair[0].trim()), new BigDecimal(pair[1].trim())));
            } catch (NumberFormatException e) {
                throw new DomainException("commission.tiers-invalid", part);
            }
        }
        if (tiers.isEmpty() || tiers.get(0).fromPercent.signum() != 0) {
            throw new DomainException("commission.tiers-start-at-zero");
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (t.multiplierPercent.signum() < 0 || t.multiplierPercent.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new DomainException("commission.tiers-invalid", t.format());
            }
            if (i > 0 && t.fromPercent.compareTo(tiers.get(i - 1).fromPercent) <= 0) {
                throw new DomainException("commission.tiers-not-rising", t.format());
            }
        }
        return List.copyOf(tiers);
    }

    /** The multiplier (percent) for an attainment: the tier with the highest threshold not above it. */
    public static BigDecimal multiplierFor(List<Tier> tiers, BigDecimal attainmentPercent) {
        return tiers.stream().filter(t -> t.fromPercent.compareTo(attainmentPercent) <= 0)
                .max(Comparator.comparing(Tier::fromPercent)).map(Tier::multiplierPercent).orElse(BigDecimal.ZERO);
    }

    public static String format(List<Tier> tiers) {
        return tiers.stream().map(Tier::format).collect(Collectors.joining("; "));
    }

    String format() {
        return fromPercent.stripTrailingZeros().toPlainString() + ":" + multiplierPercent.stripTrailingZeros().toPlainString();
    }
}
