package com.autosales.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.performance.SaleRecord;
import com.autosales.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The calculation on a seeded November: five deliveries and seven rules, every line worked out by hand below. Series
 * 10 has trims 101 and 102, series 20 has trim 201.
 */
class CommissionCalculatorTest {

    private static final TrimLineage LINEAGE = new TrimLineage(Map.of(101L, 1001L, 102L, 1002L, 201L, 2001L),
            Map.of(101L, 10L, 102L, 10L, 201L, 20L));
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    private static final RuleTerms PER_UNIT = rule(1, "途观单车", CommissionKind.PER_UNIT, "500", null, null, null,
            VehicleLevel.SERIES, 10L);
    private static final RuleTerms MARGIN = rule(2, "毛利10%", CommissionKind.MARGIN_PERCENT, null, "10", null, null, null, null);
    private static final RuleTerms TIERS = rule(3, "达成率", CommissionKind.TIERS, null, null, null, "0:0; 80:100; 100:120", null, null);
    private static final RuleTerms INSURANCE = rule(4, "保险5%", CommissionKind.INSURANCE_PERCENT, null, "5", null, null, null, null);
    private static final RuleTerms FINANCE = rule(5, "分期300", CommissionKind.FINANCE_BONUS, "300", null, null, null, null, null);
    private static final RuleTerms PENALTY = rule(6, "超折扣", CommissionKind.DISCOUNT_PENALTY, "200", null, "5", null, null, null);
    private static final RuleTerms PACKAGES = rule(7, "精品3%", CommissionKind.PACKAGES_PERCENT, null, "3", null, null, null, null);
    private static final List<RuleTerms> RULES = List.of(PER_UNIT, MARGIN, TIERS, INSURANCE, FINANCE, PENALTY, PACKAGES);

    // contract, day, trim, payment, financed, gross margin, insurance, packages, discount %
    private static final SaleRecord S1 = sale(1, "HT-001", 3, 101, "CASH", "0", "12345.67", "4500.00", "0", "2.00");
    private static final SaleRecord S2 = sale(2, "HT-002", 10, 201, "FINANCE", "120000", "8000.05", "0", "3000.00", "6.50");
    private static final SaleRecord S3 = sale(3, "HT-003", 10, 102, "FINANCE", "80000", "5555.55", "3333.33", "1234.56", "5.00");
    private static final SaleRecord S4 = sale(4, "HT-004", 21, 201, "CASH", "0", "-1000.00", "2000.00", "0", "8.00");
    private static final SaleRecord S5 = sale(5, "HT-005", 28, 101, "CASH", "0", "20000.00", "6000.15", "0", "0.00");
    private static final List<SaleRecord> SALES = List.of(S1, S2, S3, S4, S5);

    @Test
    void attainmentOf105PercentPaysThePerUnitAndMarginLinesAt120Percent() {
        List<CalculatedLine> lines = CommissionCalculator.calculate(SALES, RULES, LINEAGE, new BigDecimal("105.0"));

        assertThat(lines).extracting(l -> l.contractNumber() + " " + l.kind() + " " + l.amount().toPlainString()).containsExactly(
                // HT-001, series 10, cash, discount 2 % (no penalty), no packages
                "HT-001 PER_UNIT 600.00",          // 500 × 120 % = 600.00
                "HT-001 MARGIN_PERCENT 1481.48",   // 12,345.67 × 10 % × 120 % = 1,481.4804 → 1,481.48
                "HT-001 INSURANCE_PERCENT 225.00", // 4,500.00 × 5 % = 225.00 (no tier on bonuses)
                // HT-002, series 20 (no per-unit), financed, discount 6.5 % > 5 %
                "HT-002 MARGIN_PERCENT 960.01",    // 8,000.05 × 10 % × 120 % = 960.006 → 960.01
                "HT-002 FINANCE_BONUS 300.00",     // financed car: 300.00
                "HT-002 DISCOUNT_PENALTY -200.00", // 6.50 % > 5 %: −200.00
                "HT-002 PACKAGES_PERCENT 90.00",   // 3,000.00 × 3 % = 90.00
                // HT-003, series 10, financed, discount exactly 5 % (not above: no penalty)
                "HT-003 PER_UNIT 600.00",          // 500 × 120 %
                "HT-003 MARGIN_PERCENT 666.67",    // 5,555.55 × 10 % × 120 % = 666.666 → 666.67
                "HT-003 INSURANCE_PERCENT 166.67", // 3,333.33 × 5 % = 166.6665 → 166.67 (half up)
                "HT-003 FINANCE_BONUS 300.00",
                "HT-003 PACKAGES_PERCENT 37.04",   // 1,234.56 × 3 % = 37.0368 → 37.04
                // HT-004, series 20, a loss-making sale with 8 % discount
                "HT-004 MARGIN_PERCENT -120.00",   // −1,000.00 × 10 % × 120 % = −120.00
                "HT-004 INSURANCE_PERCENT 100.00", // 2,000.00 × 5 %
                "HT-004 DISCOUNT_PENALTY -200.00",
                // HT-005, series 10, cash
                "HT-005 PER_UNIT 600.00",
                "HT-005 MARGIN_PERCENT 2400.00",   // 20,000.00 × 10 % × 120 %
                "HT-005 INSURANCE_PERCENT 300.01"); // 6,000.15 × 5 % = 300.0075 → 300.01
        // 2,306.48 + 1,150.01 + 1,770.38 − 220.00 + 3,300.01
        assertThat(total(lines)).isEqualByComparingTo("8306.88");

        CalculatedLine margin = lines.get(1);
        assertThat(margin.base()).isEqualByComparingTo("12345.67");
        assertThat(margin.rate()).isEqualByComparingTo("10");
        assertThat(margin.multiplier()).isEqualByComparingTo("120");
        assertThat(margin.tierRuleId()).isEqualTo(3L);
        assertThat(margin.ruleName()).isEqualTo("毛利10%");
        assertThat(lines.get(2).multiplier()).as("bonuses are not multiplied").isNull();
    }

    @Test
    void attainmentOf85PercentPaysThemAt100Percent() {
        List<CalculatedLine> lines = CommissionCalculator.calculate(SALES, RULES, LINEAGE, new BigDecimal("85.0"));

        assertThat(lines).extracting(l -> l.contractNumber() + " " + l.kind() + " " + l.amount().toPlainString()).containsExactly(
                "HT-001 PER_UNIT 500.00",
                "HT-001 MARGIN_PERCENT 1234.57",   // 1,234.567 → 1,234.57
                "HT-001 INSURANCE_PERCENT 225.00",
                "HT-002 MARGIN_PERCENT 800.01",    // 800.005 → 800.01 (half up)
                "HT-002 FINANCE_BONUS 300.00",
                "HT-002 DISCOUNT_PENALTY -200.00",
                "HT-002 PACKAGES_PERCENT 90.00",
                "HT-003 PER_UNIT 500.00",
                "HT-003 MARGIN_PERCENT 555.56",    // 555.555 → 555.56
                "HT-003 INSURANCE_PERCENT 166.67",
                "HT-003 FINANCE_BONUS 300.00",
                "HT-003 PACKAGES_PERCENT 37.04",
                "HT-004 MARGIN_PERCENT -100.00",
                "HT-004 INSURANCE_PERCENT 100.00",
                "HT-004 DISCOUNT_PENALTY -200.00",
                "HT-005 PER_UNIT 500.00",
                "HT-005 MARGIN_PERCENT 2000.00",
                "HT-005 INSURANCE_PERCENT 300.01");
        // 1,959.57 + 990.01 + 1,559.27 − 200.00 + 2,800.01
        assertThat(total(lines)).isEqualByComparingTo("7108.86");
        assertThat(lines.get(0).multiplier()).isEqualByComparingTo("100");
    }

    @Test
    void withoutATargetTheTiersPay100PercentAndBelow80PercentNothing() {
        List<CalculatedLine> noTarget = CommissionCalculator.calculate(SALES, RULES, LINEAGE, null);
        assertThat(total(noTarget)).isEqualByComparingTo("7108.86");
        assertThat(noTarget.get(0).multiplier()).isEqualByComparingTo("100");

        List<CalculatedLine> low = CommissionCalculator.calculate(List.of(S1), RULES, LINEAGE, new BigDecimal("79.9"));
        // per unit and margin × 0 % = 0.00; the insurance bonus 225.00 stays
        assertThat(low).extracting(l -> l.kind() + " " + l.amount().toPlainString())
                .containsExactly("PER_UNIT 0.00", "MARGIN_PERCENT 0.00", "INSURANCE_PERCENT 225.00");
    }

    @Test
    void aRuleAppliesOnlyToDeliveriesWithinItsValidity() {
        RuleTerms lateInsurance = new RuleTerms(8L, "保险下旬", CommissionKind.INSURANCE_PERCENT, null, new BigDecimal("5"),
                null, List.of(), null, null, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 25));
        List<CalculatedLine> lines = CommissionCalculator.calculate(SALES, List.of(lateInsurance), LINEAGE, null);
        // only HT-004 (21 Nov) falls within 15–25 Nov: 2,000.00 × 5 % = 100.00
        assertThat(lines).extracting(l -> l.contractNumber() + " " + l.amount().toPlainString()).containsExactly("HT-004 100.00");
        assertThat(lines.get(0).multiplier()).as("no tier rule: no multiplier").isNull();
    }

    @Test
    void theSameSalesAndRulesGiveTheSameStatementInAnyOrder() {
        List<CalculatedLine> first = CommissionCalculator.calculate(SALES, RULES, LINEAGE, new BigDecimal("105.0"));
        List<SaleRecord> shuffledSales = new ArrayList<>(SALES);
        List<RuleTerms> shuffledRules = new ArrayList<>(RULES);
        Collections.shuffle(shuffledSales, new Random(7));
        Collections.shuffle(shuffledRules, new Random(11));
        List<CalculatedLine> again = CommissionCalculator.calculate(shuffledSales, shuffledRules, LINEAGE,
                new BigDecimal("105.0"));
        assertThat(again).isEqualTo(first);
        assertThat(total(again)).isEqualByComparingTo("8306.88");
    }

    private static BigDecimal total(List<CalculatedLine> lines) {
        return lines.stream().map(CalculatedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static RuleTerms rule(long id, String name, CommissionKind kind, String amount, String rate, String above,
            String tiers, VehicleLevel level, Long refId) {
        return new RuleTerms(id, name, kind, amount == null ? null : new BigDecimal(amount),
                rate == null ? null : new BigDecimal(rate), above == null ? null : new BigDecimal(above),
                tiers == null ? List.of() : Tier.parse(tiers), level, refId, NOV_1, null);
    }

    private static SaleRecord sale(long id, String number, int day, long trimId, String payment, String financed,
            String margin, String insurance, String packages, String discountPercent) {
        return new SaleRecord(id, number, 1L, 7L, 100 + id, NOV_1.withDayOfMonth(day), trimId, "trim " + trimId, payment,
                Money.of(200000), Money.of(210000), Money.of(10000), new BigDecimal(discountPercent), Money.of(packages),
                Money.of(insurance), Money.of(financed), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.of(margin));
    }
}
