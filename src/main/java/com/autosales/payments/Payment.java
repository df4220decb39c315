package com.autosales.payments;

import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** 收款记录 — one line of the payments ledger. Written once: no setters, a wrong one is reversed by a counter-entry. */
@Entity
@Table(name = "payment")
class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String idempotencyKey;
    private Long contractId;
    private String contractNumber;
    private Long customerId;
    private Long storeId;
    private Long ownerEmployeeId;
    @Enumerated(EnumType.STRING)
    private PaymentKind kind;
    @Enumerated(EnumType.STRING)
    private PaymentChannel method;
    private Money amount;
    private LocalDate paidOn;
    private String payer;
    private String reference;
    private String note;
    private Long reversesId;
    private String recordedBy;
    private String recordedByName;
    private Instant recordedAt;
    @jakarta.persistence.Transient
    private boolean recordedEarlier;

    protected Payment() {
    }

    /** {@code signedAmount}: positive for money in, negative for money out. */
    Payment(String idempotencyKey, ReceivableAccount account, PaymentKind kind, PaymentChannel method, Money signedAmount,
            LocalDate paidOn, String payer, String reference, String note, Long reversesId, String by, String byName,
            Instant at) {
        this.idempotencyKey = idempotencyKey;
        this.contractId = account.contractId();
        this.contractNumber = account.contractNumber();
        this.customerId = account.customerId();
        this.storeId = account.storeId();
        this.ownerEmployeeId = account.ownerEmployeeId();
        this.kind = kind;
        this.method = method;
        this.amount = signedAmount;
        this.paidOn = paidOn;
        this.payer = payer == null || payer.isBlank() ? account.customerName() : payer.strip();
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.reversesId = reversesId;
        this.recordedBy = by;
        this.recordedByName = byName;
        this.recordedAt = at;
    }

    /** Receipt numbers: SK + six digits of the id, known once saved. */
    void numberIsAssigned() {
        if (number == null) {
            number = "SK" + String.format("%06d", id);
        }
    }

    PaymentView view(String customerName, boolean reversed) {
        return new PaymentView(id, number, contractId, contractNumber, customerId, customerName, storeId, kind, method,
                amount, paidOn, payer, reference, note, reversesId, reversed, recordedByName == null ? recordedBy : recordedByName,
                recordedAt);
    }

    /** Marks a payment found by its key while booking: this call did not write it. */
    Payment markRecordedEarlier() {
        recordedEarlier = true;
        return this;
    }

    boolean recordedEarlier() { return recordedEarlier; }
    Long id() { return id; }
    String idempotencyKey() { return idempotencyKey; }
    Long contractId() { return contractId; }
    PaymentKind kind() { return kind; }
    PaymentChannel method() { return method; }
    Money amount() { return amount; }
    LocalDate paidOn() { return paidOn; }
    String reference() { return reference; }
    Long reversesId() { return reversesId; }
}
