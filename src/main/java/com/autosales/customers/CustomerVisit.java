package com.autosales.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 客户访问记录 — written once, never edited (a correction is a new visit report). */
@Entity
@Table(name = "customer_visit")
class CustomerVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;
    private Long storeId;
    private Long employeeId;
    private String recordedBy;
    private Instant visitedAt;
    private LocalDate visitDay;
    @Enumerated(EnumType.STRING)
    private VisitKind kind;
    private String purpose;
    private String result;
    private String nextStep;
    private LocalDate nextDate;
    private String corrections;
    private Instant createdAt;

    protected CustomerVisit() {
    }

    CustomerVisit(Long customerId, Long storeId, Long employeeId, String recordedBy, Instant visitedAt,
            LocalDate visitDay, VisitForm form, Instant now) {
        this.customerId = customerId;
        this.storeId = storeId;
        this.employeeId = employeeId;
        this.recordedBy = recordedBy;
        this.visitedAt = visitedAt;
        this.visitDay = visitDay;
        this.kind = form.kind();
        this.purpose = form.purpose();
        this.result = form.result();
        this.nextStep = form.nextStep();
        this.nextDate = form.nextDate();
        this.corrections = form.corrections();
        this.createdAt = now;
    }

    Long id() { return id; }
    Long customerId() { return customerId; }
    Long storeId() { return storeId; }
    Long employeeId() { return employeeId; }
    String recordedBy() { return recordedBy; }
    Instant visitedAt() { return visitedAt; }
    LocalDate visitDay() { return visitDay; }
    VisitKind kind() { return kind; }
    String purpose() { return purpose; }
    String result() { return result; }
    String nextStep() { return nextStep; }
    LocalDate nextDate() { return nextDate; }
    String corrections() { return corrections; }
}
