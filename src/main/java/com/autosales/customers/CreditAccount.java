package com.autosales.customers;

import com.autosales.audit.FieldChange;
import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 信用 — a customer's credit rating, limit and terms (set by managers) and exposure (reported by payments). */
@Entity
@Table(name = "customer_credit")
class CreditAccount {

    @Id
    private Long customerId;

    @Enumerated(EnumType.STRING)
    private CreditRating rating;

    private Money creditLimit;

    private Integer paymentDays;

    private String paymentTerms;

    private Money exposure = Money.ZERO;

    private Instant exposureAt;

    private Instant updatedAt;

    /** Null until first saved, so Spring Data persists rather than merges the new row. */
    @Version
    private Long version;

    protected CreditAccount() {
    }

    CreditAccount(Long customerId, Instant now) {
        this.customerId = customerId;
        this.updatedAt = now;
    }

    static long versionOf(CreditAccount account) {
        return account == null || account.version == null ? -1 : account.version;
    }

    /** Applies a manager's edit and tells what changed (fields {@code credit.*}), for the audit trail. */
    List<FieldChange> update(CreditForm form, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        rating = track(changes, "rating", rating, form.rating());
        creditLimit = track(changes, "limit", creditLimit, form.creditLimit() == null ? null : Money.of(form.creditLimit()));
        paymentDays = track(changes, "paymentDays", paymentDays, form.paymentDays());
        paymentTerms = track(changes, "paymentTerms", paymentTerms, form.paymentTerms());
        if (!changes.isEmpty()) {
            updatedAt = now;
        }
        return changes;
    }

    private static <T> T track(List<FieldChange> changes, String field, T before, T after) {
        FieldChange change = FieldChange.of("credit." + field, before, after);
        if (change.changed()) {
            changes.add(change);
        }
        return after;
    }

    Long customerId() {
        return customerId;
    }

    CreditRating rating() {
        return rating;
    }

    Money creditLimit() {
        return creditLimit;
    }

    Integer paymentDays() {
        return paymentDays;
    }

    String paymentTerms() {
        return paymentTerms;
    }

    Money exposure() {
        return exposure == null ? Money.ZERO : exposure;
    }

    Instant exposureAt() {
        return exposureAt;
    }
}
