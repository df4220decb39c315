package com.autosales.commission;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提成规则 — the rules of the stores in the reader's scope; created, changed and deleted in the working store by
 * {@code targets:edit} holders, each change audited. Two rules of the same kind, position and vehicle choice may not
 * overlap in time. A rule an approved statement used keeps its terms for those months: a change then ends it and
 * starts a new rule from a later day.
 */
@Service
@Transactional(readOnly = true)
public class RuleManagement {

    static final String AUDIT_TYPE = "commission_rule";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CommissionRules rules;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final VehicleChoices vehicles;
    private final AuditTrail audit;
    private final Clock clock;

    RuleManagement(CommissionRules rules, CurrentUsers currentUsers, OrgDirectory org, VehicleChoices vehicles,
            AuditTrail audit, Clock clock) {
        this.rules = rules;
        this.currentUsers = currentUsers;
        this.org = org;
        this.vehicles = vehicles;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public List<RuleView> list() {
        RecordScope s = currentUsers.scope();
        Map<String, String> positions = org.positionNames();
        return rules.inStores(s.allStores(), s.storeIdsForQuery()).stream()
                .map(r -> r.view(positions.getOrDefault(r.positionCode(), r.positionCode()))).toList();
    }

    @PreAuthorize("hasAuthority('targets:view')")
    public RuleView get(Long id) {
        CommissionRule rule = visible(id);
        return rule.view(org.positionNames().getOrDefault(rule.positionCode(), rule.positionCode()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public RuleView create(RuleForm form) {
        Long storeId = currentUsers.requireStore();
        RuleDraft draft = check(form);
        refuseOverlap(storeId, draft, null, null);
        CommissionRule rule = rules.save(new CommissionRule(storeId, draft, currentUsers.current().displayName(),
                clock.instant()));
        audit.record(AuditRecord.of(AUDIT_TYPE, rule.id(), "CREATE", draft.name(),
                FieldChange.of("kind", null, draft.kind()), FieldChange.of("position", null, draft.positionCode()),
                FieldChange.of("terms", null, describe(draft)), FieldChange.of("validFrom", null, draft.validFrom()),
                FieldChange.of("validTo", null, draft.validTo())));
        return get(rule.id());
    }

    /**
     * Changes a rule in place while no approved statement used it. Once one did, only the name and a later end may
     * change in place; other changes need {@code effectiveFrom} after the last approved month and create a new rule
     * from that day (the old one ends the day before). Answers the rule that now carries the change.
     */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public RuleView update(Long id, RuleForm form) {
        CommissionRule rule = visible(id);
        if (form.getVersion() != null && form.getVersion() != rule.version()) {
            throw new ConcurrentChangeException();
        }
        RuleDraft before = rule.draft();
        RuleDraft next = check(form);
        LocalDate lastMonth = rules.lastApprovedMonthUsing(id);
        if (lastMonth == null) {
            refuseOverlap(rule.storeId(), next, id, null);
            rule.apply(next);
            audit.record(AuditRecord.of(AUDIT_TYPE, id, "UPDATE", next.name(), changes(before, next)));
            return get(id);
        }
        LocalDate lockedUntil = lastMonth.plusMonths(1).minusDays(1);
        if (!before.changesCalculation(next)) {
            if (next.validTo() != null && next.validTo().isBefore(lockedUntil)) {
                throw new DomainException("commission.rule-in-use-end", lockedUntil);
            }
            refuseOverlap(rule.storeId(), next, id, null);
            rule.apply(next);
            audit.record(AuditRecord.of(AUDIT_TYPE, id, "UPDATE", next.name(), changes(before, next)));
            return get(id);
        }
        LocalDate from = form.getEffectiveFrom();
        if (from == null || !from.isAfter(lockedUntil)) {
            throw new DomainException("commission.rule-in-use", lockedUntil, lockedUntil.plusDays(1));
        }
        RuleDraft successor = new RuleDraft(next.positionCode(), next.name(), next.kind(), next.amount(), next.rate(),
                next.discountAbove(), next.tiers(), next.vehicleLevel(), next.vehicleRefId(), next.vehicleLabel(), from,
                next.validTo());
        requirePeriod(successor.validFrom(), successor.validTo());
        LocalDate oldEnd = rule.validTo();
        rule.endOn(from.minusDays(1));
        refuseOverlap(rule.storeId(), successor, id, null);
        CommissionRule created = rules.save(new CommissionRule(rule.storeId(), successor,
                currentUsers.current().displayName(), clock.instant()));
        audit.record(AuditRecord.of(AUDIT_TYPE, id, "END", rule.name(), FieldChange.of("validTo", oldEnd, rule.validTo()),
                FieldChange.of("successor", null, created.id())));
        audit.record(AuditRecord.of(AUDIT_TYPE, created.id(), "CREATE", successor.name(),
                FieldChange.of("predecessor", null, id), FieldChange.of("terms", describe(before), describe(successor)),
                FieldChange.of("validFrom", null, successor.validFrom())));
        return get(created.id());
    }

    /** Deletes a rule no approved statement used (to end one in use, give it an end date instead). */
    @Transactional
    @PreAuthorize("hasAuthority('targets:edit')")
    public void delete(Long id, Long version) {
        CommissionRule rule = visible(id);
        if (version == null) {
            throw new DomainException("commission.version-required");
        }
        if (version != rule.version()) {
            throw new ConcurrentChangeException();
        }
        LocalDate lastMonth = rules.lastApprovedMonthUsing(id);
        if (lastMonth != null) {
            throw new DomainException("commission.rule-in-use-delete", lastMonth.plusMonths(1).minusDays(1));
        }
        rules.delete(rule);
        audit.record(AuditRecord.of(AUDIT_TYPE, id, "DELETE", rule.name(), FieldChange.of("kind", rule.kind(), null)));
    }

    /** The store's rules in force on some day of the period, as the calculation reads them. */
    List<RuleTerms> termsInForce(Long storeId, String positionCode, LocalDate from, LocalDate to) {
        return rules.inForce(storeId, from, to).stream().filter(r -> r.positionCode().equals(positionCode))
                .map(CommissionRule::terms).toList();
    }

    /** Position codes that have a rule of the store in force during the period. */
    List<String> positionsWithRules(Long storeId, LocalDate from, LocalDate to) {
        return rules.inForce(storeId, from, to).stream().map(CommissionRule::positionCode).distinct().sorted().toList();
    }

    private RuleDraft check(RuleForm f) {
        String name = f.getName() == null ? "" : f.getName().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new DomainException("commission.rule-name-required");
        }
        if (f.getPositionCode() == null || !org.positionNames().containsKey(f.getPositionCode())) {
            throw new DomainException("commission.position-unknown");
        }
        CommissionKind kind = f.getKind();
        if (kind == null || kind == CommissionKind.ADJUSTMENT) {
            throw new DomainException("commission.kind-required");
        }
        requirePeriod(f.getValidFrom(), f.getValidTo());
        BigDecimal amount = null;
        BigDecimal rate = null;
        BigDecimal discountAbove = null;
        List<Tier> tiers = List.of();
        if (kind.byAmount()) {
            amount = f.getAmount();
            if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new DomainException("commission.amount-invalid");
            }
        }
        if (kind.byRate()) {
            rate = f.getRate();
            if (rate == null || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0 || rate.scale() > 4) {
                throw new DomainException("commission.rate-invalid");
            }
        }
        if (kind == CommissionKind.DISCOUNT_PENALTY) {
            discountAbove = f.getDiscountAbove();
            if (discountAbove == null || discountAbove.signum() < 0 || discountAbove.compareTo(HUNDRED) >= 0) {
                throw new DomainException("commission.discount-above-invalid");
            }
        }
        if (kind == CommissionKind.TIERS) {
            tiers = Tier.parse(f.getTiers());
        }
        VehicleLevel level = null;
        Long refId = null;
        String label = null;
        if (kind == CommissionKind.PER_UNIT && f.getVehicle() != null && !f.getVehicle().isBlank()) {
            Locale locale = LocaleContextHolder.getLocale();
            VehicleChoices.Choice choice = vehicles.find(f.getVehicle().strip(), locale);
            level = choice.level();
            refId = Long.valueOf(choice.value().substring(choice.value().indexOf(':') + 1));
            label = choice.label();
        }
        return new RuleDraft(f.getPositionCode(), name, kind, amount, rate, discountAbove, tiers, level, refId, label,
                f.getValidFrom(), f.getValidTo());
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new DomainException("commission.valid-from-required");
        }
        if (to != null && to.isBefore(from)) {
            throw new DomainException("commission.valid-to-before-from");
        }
    }

    private void refuseOverlap(Long storeId, RuleDraft draft, Long exceptId, Long alsoExceptId) {
        rules.findByStoreIdAndPositionCodeAndKind(storeId, draft.positionCode(), draft.kind()).stream()
                .filter(r -> !r.id().equals(exceptId) && !r.id().equals(alsoExceptId))
                .filter(r -> {
                    RuleTerms t = r.terms();
                    return t.vehicleLevel() == draft.vehicleLevel() && Objects.equals(t.vehicleRefId(), draft.vehicleRefId())
                            && t.overlaps(draft.validFrom(), draft.validTo());
                })
                .findFirst().ifPresent(r -> {
                    throw new DomainException("commission.rule-overlaps", r.name(), r.validFrom(),
                            r.validTo() == null ? "∞" : r.validTo());
                });
    }

    private static String describe(RuleDraft d) {
        StringBuilder s = new StringBuilder();
        if (d.amount() != null) {
            s.append("¥").append(d.amount().toPlainString());
        }
        if (d.rate() != null) {
            s.append(d.rate().stripTrailingZeros().toPlainString()).append('%');
        }
        if (d.discountAbove() != null) {
            s.append(" > ").append(d.discountAbove().stripTrailingZeros().toPlainString()).append('%');
        }
        if (!d.tiers().isEmpty()) {
            s.append(Tier.format(d.tiers()));
        }
        if (d.vehicleLabel() != null) {
            s.append(" · ").append(d.vehicleLabel());
        }
        return s.toString();
    }

    private static FieldChange[] changes(RuleDraft a, RuleDraft b) {
        return new FieldChange[] {FieldChange.of("name", a.name(), b.name()),
                FieldChange.of("position", a.positionCode(), b.positionCode()), FieldChange.of("kind", a.kind(), b.kind()),
                FieldChange.of("terms", describe(a), describe(b)), FieldChange.of("validFrom", a.validFrom(), b.validFrom()),
                FieldChange.of("validTo", a.validTo(), b.validTo())};
    }

    private CommissionRule visible(Long id) {
        RecordScope s = currentUsers.scope();
        return rules.findById(id).filter(r -> s.allStores() || s.storeIds().contains(r.storeId()))
                .orElseThrow(() -> new RecordNotFoundException("commission-rule", id));
    }
}
