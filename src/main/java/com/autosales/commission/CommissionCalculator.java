package com.autosales.commission;

import com.autosales.performance.SaleRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The calculation, free of any database: the same sales, rules, lineage and attainment always give the same lines,
 * in the same order, to the cent. Each line is computed exactly and rounded half-up once.
 */
final class CommissionCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<CalculatedLine> ORDER = Comparator.comparing(CalculatedLine::deliveredOn)
            .thenComparing(CalculatedLine::contractNumber).thenComparing(CalculatedLine::ruleId);

    private CommissionCalculator() {
    }

    /**
     * @param attainmentPercent the month's delivery attainment in percent, or null when there is no target (then the
     *                          tiers pay 100 %)
     */
    static List<CalculatedLine> calculate(List<SaleRecord> sales, List<RuleTerms> rules, TrimLineage lineage,
            BigDecimal attainmentPercent) {
        List<CalculatedLine> lines = new ArrayList<>();
        for (SaleRecord sale : sales) {
            Optional<RuleTerms> tier = tierRule(rules, sale);
            BigDecimal multiplier = tier.map(t -> attainmentPercent == null ? HUNDRED
                    : Tier.multiplierFor(t.tiers(), attainmentPercent)).orElse(null);
            Long tierRuleId = tier.map(RuleTerms::id).orElse(null);
            for (RuleTerms rule : rules) {
                if (rule.kind() != CommissionKind.TIERS && rule.appliesOn(sale.deliveredOn())) {
                    lineFor(sale, rule, lineage, multiplier, tierRuleId).ifPresent(lines::add);
                }
            }
        }
        lines.sort(ORDER);
        return List.copyOf(lines);
    }

    /** The tier rule in force on the delivery day; overlaps are refused when rules are saved, the lowest id wins else. */
    private static Optional<RuleTerms> tierRule(List<RuleTerms> rules, SaleRecord sale) {
        return rules.stream().filter(r -> r.kind() == CommissionKind.TIERS && r.appliesOn(sale.deliveredOn()))
                .min(Comparator.comparing(RuleTerms::id));
    }

    private static Optional<CalculatedLine> lineFor(SaleRecord sale, RuleTerms rule, TrimLineage lineage,
            BigDecimal tierMultiplier, Long tierRuleId) {
        boolean tiered = rule.kind().multipliedByTier() && tierMultiplier != null;
        BigDecimal multiplier = tiered ? tierMultiplier : null;
        Long tierId = tiered ? tierRuleId : null;
        BigDecimal factor = multiplier == null ? BigDecimal.ONE : multiplier.movePointLeft(2);
        return switch (rule.kind()) {
            case PER_UNIT -> lineage.matches(rule.vehicleLevel(), rule.vehicleRefId(), sale.trimId())
                    ? line(sale, rule, BigDecimal.ONE, null, rule.amount(), multiplier, tierId, rule.amount().multiply(factor))
                    : Optional.empty();
            case MARGIN_PERCENT -> byRate(sale, rule, sale.grossMargin().amount(), multiplier, tierId, factor);
            case INSURANCE_PERCENT -> byRate(sale, rule, sale.insurance().amount(), null, null, BigDecimal.ONE);
            case PACKAGES_PERCENT -> byRate(sale, rule, sale.packagesTotal().amount(), null, null, BigDecimal.ONE);
            case FINANCE_BONUS -> sale.financed()
                    ? line(sale, rule, sale.financedAmount().amount(), null, rule.amount(), null, null, rule.amount())
                    : Optional.empty();
            case DISCOUNT_PENALTY -> sale.discountPercent().compareTo(rule.discountAbove()) > 0
                    ? line(sale, rule, sale.discountPercent(), rule.discountAbove(), rule.amount(), null,
                            null, rule.amount().negate())
                    : Optional.empty();
            case TIERS, ADJUSTMENT -> Optional.empty();
        };
    }

    /** A percentage of a base; nothing when the base is zero (no insurance sold, no packages). */
    private static Optional<CalculatedLine> byRate(SaleRecord sale, RuleTerms rule, BigDecimal base, BigDecimal multiplier,
            Long tierId, BigDecimal factor) {
        if (base.signum() == 0) {
            return Optional.empty();
        }
        return line(sale, rule, base, rule.rate(), null, multiplier, tierId, base.multiply(rule.rate().movePointLeft(2)).multiply(factor));
    }

    private static Optional<CalculatedLine> line(SaleRecord sale, RuleTerms rule, BigDecimal base, BigDecimal rate,
            BigDecimal unitAmount, BigDecimal multiplier, Long tierRuleId, BigDecimal exact) {
        return Optional.of(new CalculatedLine(rule.kind(), rule.id(), rule.name(), sale.contractId(),
                sale.contractNumber(), sale.customerId(), sale.trimLabel(), sale.deliveredOn(), base, rate, unitAmount,
                multiplier, tierRuleId, exact.setScale(2, RoundingMode.HALF_UP)));
    }
}
