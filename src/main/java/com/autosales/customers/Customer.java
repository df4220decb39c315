package com.autosales.customers;

import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
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

/** 客户档案 — a customer of one store, owned by one consultant. */
@Entity
@Table(name = "customer")
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long storeId;

    private Long ownerEmployeeId;

    @Enumerated(EnumType.STRING)
    private CustomerKind kind;

    private String name;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Lifecycle lifecycle;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String namePinyin;

    private String nameInitials;

    private String phoneNormalized;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant lastContactAt;

    private Instant lastDealAt;

    // customers: contacts — a card merged (合并) into another stays, marked MERGED, pointing at the survivor
    private String status = "ACTIVE";

    private Long mergedIntoId;

    @Version
    private long version;

    protected Customer() {
    }

    Customer(Long storeId, Long ownerEmployeeId, CustomerDetails details, Instant now) {
        this.storeId = storeId;
        this.ownerEmployeeId = ownerEmployeeId;
        this.kind = details.kind();
        this.name = details.name().trim();
        this.phone = details.phone();
        this.lifecycle = details.lifecycle();
        this.grade = details.grade();
        this.createdAt = now;
        this.updatedAt = now;
        indexForSearch();
    }

    /** Keeps the pinyin and phone search keys in step with the name and phone. */
    private void indexForSearch() {
        this.namePinyin = ChineseNames.fullPinyin(name);
        this.nameInitials = ChineseNames.initials(name);
        this.phoneNormalized = PhoneNumbers.normalise(phone);
    }

    boolean needsSearchIndex() {
        return namePinyin == null;
    }

    void reindexForSearch() {
        indexForSearch();
    }

    /** Applies an edit and tells what changed, for the audit trail. */
    List<FieldChange> update(CustomerDetails details, Instant now) {
        List<FieldChange> changes = List.of(
                FieldChange.of("kind", kind, details.kind()),
                FieldChange.of("name", name, details.name().trim()),
                FieldChange.of("phone", phone, details.phone()),
                FieldChange.of("lifecycle", lifecycle, details.lifecycle()),
                FieldChange.of("grade", grade, details.grade()));
        this.kind = details.kind();
        this.name = details.name().trim();
        this.phone = details.phone();
        this.lifecycle = details.lifecycle();
        this.grade = details.grade();
        this.updatedAt = now;
        indexForSearch();
        return changes.stream().filter(FieldChange::changed).toList();
    }

    /** The customer gets a new owner (e.g. when the old one leaves); tells what changed, for the audit trail. */
    FieldChange handOverTo(Long newOwnerEmployeeId, Instant now) {
        FieldChange change = FieldChange.of("ownerEmployeeId", ownerEmployeeId, newOwnerEmployeeId);
        this.ownerEmployeeId = newOwnerEmployeeId;
        this.updatedAt = now;
        return change;
    }

    /**
     * 转交 — a manager gives the customer to another consultant of the store. Returns the previous owner.
     * The caller checks the new owner belongs to the customer's store.
     */
    Long reassignTo(Long newOwnerEmployeeId, Instant now) {
        if (newOwnerEmployeeId == null) {
            throw new DomainException("customer.owner-required");
        }
        if (newOwnerEmployeeId.equals(ownerEmployeeId)) {
            throw new DomainException("customer.already-owner");
        }
        Long previous = ownerEmployeeId;
        this.ownerEmployeeId = newOwnerEmployeeId;
        this.updatedAt = now;
        return previous;
    }

    // customers: contacts
    void mergeInto(Long survivorId, Instant now) {
        this.status = "MERGED";
        this.mergedIntoId = survivorId;
        this.updatedAt = now;
    }

    Long mergedIntoId() {
        return mergedIntoId;
    }

    Long id() {
        return id;
    }

    Long storeId() {
        return storeId;
    }

    Long ownerEmployeeId() {
        return ownerEmployeeId;
    }

    long version() {
        return version;
    }

    CustomerDetails details() {
        return new CustomerDetails(kind, name, phone, lifecycle, grade);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant lastContactAt() {
        return lastContactAt;
    }

    Instant lastDealAt() {
        return lastDealAt;
    }
}
