package com.autosales.customers;

import com.autosales.audit.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** One address of a customer; one of them is the default. */
@Entity
@Table(name = "customer_address")
class CustomerAddress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;

    @Enumerated(EnumType.STRING)
    private AddressLabel label;

    private String address;

    private String postalCode;

    @Column(name = "is_default")
    private boolean defaultAddress;

    private Instant updatedAt;

    @Version
    private long version;

    protected CustomerAddress() {
    }

    CustomerAddress(Long customerId, Instant now) {
        this.customerId = customerId;
        this.updatedAt = now;
    }

    List<FieldChange> update(AddressForm form, Instant now) {
        List<FieldChange> changes = List.of(FieldChange.of("addressLabel", label, form.label()),
                FieldChange.of("address", address, form.address().trim()),
                FieldChange.of("postalCode", postalCode, blankToNull(form.postalCode())));
        this.label = form.label();
        this.address = form.address().trim();
        this.postalCode = blankToNull(form.postalCode());
        this.updatedAt = now;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    void makeDefault(boolean isDefault) {
        this.defaultAddress = isDefault;
    }

    void moveTo(Long survivorId) {
        this.customerId = survivorId;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    Long id() {
        return id;
    }

    Long customerId() {
        return customerId;
    }

    AddressLabel label() {
        return label;
    }

    String address() {
        return address;
    }

    String postalCode() {
        return postalCode;
    }

    boolean isDefault() {
        return defaultAddress;
    }

    long version() {
        return version;
    }
}
