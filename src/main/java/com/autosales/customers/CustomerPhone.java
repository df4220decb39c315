package com.autosales.customers;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Another phone number of a customer (the primary one stays on the card itself), searched by its digits. */
@Entity
@Table(name = "customer_phone")
class CustomerPhone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;

    @Enumerated(EnumType.STRING)
    private PhoneLabel label;

    private String phone;

    private String phoneNormalized;

    private Instant createdAt;

    @Version
    private long version;

    protected CustomerPhone() {
    }

    CustomerPhone(Long customerId, PhoneLabel label, String phone, Instant now) {
        this.customerId = customerId;
        this.label = label;
        this.phone = phone.trim();
        this.phoneNormalized = PhoneNumbers.normalise(phone);
        this.createdAt = now;
    }

    /** The phone now belongs to the card it was merged into. */
    void moveTo(Long survivorId) {
        this.customerId = survivorId;
    }

    Long id() {
        return id;
    }

    Long customerId() {
        return customerId;
    }

    PhoneLabel label() {
        return label;
    }

    String phone() {
        return phone;
    }

    String phoneNormalized() {
        return phoneNormalized;
    }

    long version() {
        return version;
    }
}
