package com.autosales.customers;

import com.autosales.audit.FieldChange;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 联系人 — a person to talk to at an organisation customer; phones searched by their digits. */
@Entity
@Table(name = "customer_contact")
class CustomerContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long customerId;

    private String name;

    private String title;

    private String mobile;

    private String mobileNormalized;

    private String officePhone;

    private String officeNormalized;

    private String email;

    private String note;

    private boolean primaryContact;

    private boolean decisionMaker;

    private Instant updatedAt;

    @Version
    private long version;

    protected CustomerContact() {
    }

    CustomerContact(Long customerId, Instant now) {
        this.customerId = customerId;
        this.updatedAt = now;
    }

    /** Applies the form; a masked phone (as shown to a reader who may not see it) keeps the stored number. */
    List<FieldChange> update(ContactForm form, Instant now) {
        String newMobile = form.mobileIsMasked() ? mobile : CustomerAddress.blankToNull(form.mobile());
        String newOffice = form.officeIsMasked() ? officePhone : CustomerAddress.blankToNull(form.officePhone());
        List<FieldChange> changes = new ArrayList<>(List.of(
                FieldChange.of("contactName", name, form.name().trim()),
                FieldChange.of("contactTitle", title, CustomerAddress.blankToNull(form.title())),
                FieldChange.of("phone", mobile, newMobile),
                FieldChange.of("phone", officePhone, newOffice),
                FieldChange.of("email", email, CustomerAddress.blankToNull(form.email())),
                FieldChange.of("contactNote", note, CustomerAddress.blankToNull(form.note())),
                FieldChange.of("primaryContact", primaryContact, form.isPrimary()),
                FieldChange.of("decisionMaker", decisionMaker, form.isDecisionMaker())));
        this.name = form.name().trim();
        this.title = CustomerAddress.blankToNull(form.title());
        this.mobile = newMobile;
        this.mobileNormalized = PhoneNumbers.normalise(newMobile);
        this.officePhone = newOffice;
        this.officeNormalized = PhoneNumbers.normalise(newOffice);
        this.email = CustomerAddress.blankToNull(form.email());
        this.note = CustomerAddress.blankToNull(form.note());
        this.primaryContact = form.isPrimary();
        this.decisionMaker = form.isDecisionMaker();
        this.updatedAt = now;
        return changes.stream().filter(FieldChange::changed).toList();
    }

    void notPrimary() {
        this.primaryContact = false;
    }

    void moveTo(Long survivorId) {
        this.customerId = survivorId;
    }

    Long id() {
        return id;
    }

    Long customerId() {
        return customerId;
    }

    String name() {
        return name;
    }

    String title() {
        return title;
    }

    String mobile() {
        return mobile;
    }

    String mobileNormalized() {
        return mobileNormalized;
    }

    String officePhone() {
        return officePhone;
    }

    String officeNormalized() {
        return officeNormalized;
    }

    String email() {
        return email;
    }

    String note() {
        return note;
    }

    boolean primaryContact() {
        return primaryContact;
    }

    boolean decisionMaker() {
        return decisionMaker;
    }

    long version() {
        return version;
    }
}
