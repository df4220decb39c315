package com.autosales.customers;

import com.autosales.audit.FieldChange;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** 证件号码 — the ID card number of a person and the unified social credit code of an organisation. */
@Entity
@Table(name = "customer_identity")
class CustomerIdentity {

    @Id
    private Long customerId;

    private String idNumber;

    private String registrationNo;

    private Instant updatedAt;

    @Version
    private long version;

    protected CustomerIdentity() {
    }

    CustomerIdentity(Long customerId) {
        this.customerId = customerId;
    }

    static long versionOf(CustomerIdentity identity) {
        return identity == null ? 0 : identity.version;
    }

    List<FieldChange> update(String newIdNumber, String newRegistrationNo, Instant now) {
        List<FieldChange> changes = List.of(FieldChange.of("idNumber", idNumber, newIdNumber),
                FieldChange.of("registrationNo", registrationNo, newRegistrationNo));
        this.idNumber = newIdNumber;
        this.registrationNo = newRegistrationNo;
        this.updatedAt = now;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    Long customerId() {
        return customerId;
    }

    String idNumber() {
        return idNumber;
    }

    String registrationNo() {
        return registrationNo;
    }

    long version() {
        return version;
    }
}
