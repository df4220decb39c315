package com.autosales.approvals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 权限额度表 — an authority-limits table: steps every request needs, plus steps needed once the request's
 * percentage (or amount) goes above a threshold. Up to 3 % the sales manager; above it also the GM:
 * <pre>{@code
 * ApprovalLimits.onPercentage()
 *         .always(ApproverStep.managerOfRequester())
 *         .above("3", ApproverStep.position("gm"));
 * }</pre>
 * Thresholds are exclusive: exactly 3 % stays with the sales manager. Immutable; each call returns a new table.
 */
public final class ApprovalLimits {

    private enum Measure { PERCENTAGE, AMOUNT }

    private record Tier(BigDecimal threshold, List<ApproverStep> steps) {
    }

    private final Measure measure;
    private final List<ApproverStep> always;
    private final List<Tier> tiers;

    private ApprovalLimits(Measure measure, List<ApproverStep> always, List<Tier> tiers) {
        this.measure = measure;
        this.always = List.copyOf(always);
        this.tiers = tiers.stream().sorted(Comparator.comparing(Tier::threshold)).toList();
    }

    /** Thresholds are percentages (e.g. a discount) and read {@link ApprovalContext#percentage()}. */
    public static ApprovalLimits onPercentage() {
        return new ApprovalLimits(Measure.PERCENTAGE, List.of(), List.of());
    }

    /** Thresholds are yuan amounts and read {@link ApprovalContext#amount()}. */
    public static ApprovalLimits onAmount() {
        return new ApprovalLimits(Measure.AMOUNT, List.of(), List.of());
    }

    public ApprovalLimits always(ApproverStep... steps) {
        List<ApproverStep> more = new ArrayList<>(always);
        more.addAll(List.of(steps));
        return new ApprovalLimits(measure, more, tiers);
    }

    /** These steps are added when the value is strictly greater than {@code threshold} (e.g. {@code "3"}, {@code "50000"}). */
    public ApprovalLimits above(String threshold, ApproverStep... steps) {
        return above(new BigDecimal(threshold.trim()), steps);
    }

    public ApprovalLimits above(BigDecimal threshold, ApproverStep... steps) {
        List<Tier> more = new ArrayList<>(tiers);
        more.add(new Tier(threshold, List.of(steps)));
        return new ApprovalLimits(measure, always, more);
    }

    /** The steps for a request; fails if the request lacks the value the table is based on. */
    public List<ApproverStep> stepsFor(ApprovalContext context) {
        BigDecimal value = measure == Measure.PERCENTAGE
                ? (context.percentage() == null ? null : context.percentage().value())
                : (context.amount() == null ? null : context.amount().amount());
        if (value == null) {
            throw new IllegalArgumentException("this policy needs the request's " + measure.name().toLowerCase());
        }
        return stepsFor(value);
    }

    /** Steps for a value: the fixed ones first, then each exceeded tier in ascending order, without repeats. */
    public List<ApproverStep> stepsFor(BigDecimal value) {
        Set<ApproverStep> steps = new LinkedHashSet<>(always);
        for (Tier tier : tiers) {
            if (value.compareTo(tier.threshold()) > 0) {
                steps.addAll(tier.steps());
            }
        }
        return List.copyOf(steps);
    }
}
