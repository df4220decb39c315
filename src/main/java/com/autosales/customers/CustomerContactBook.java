package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import com.autosales.shared.DuplicateRecordException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联系方式与地址 — identity numbers, extra phones, addresses and contacts of a card, read and edited within the
 * caller's data scope; every change is audited on the card's timeline.
 */
@Service
@Transactional(readOnly = true)
public class CustomerContactBook {

    private final Customers customers;
    private final CustomerIdentities identities;
    private final CustomerPhones phones;
    private final CustomerAddresses addresses;
    private final CustomerContacts contacts;
    private final CustomerManagement management;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final AuditTrail audit;
    private final Clock clock;

    CustomerContactBook(Customers customers, CustomerIdentities identities, CustomerPhones phones,
            CustomerAddresses addresses, CustomerContacts contacts, CustomerManagement management,
            CurrentUsers currentUsers, OrgDirectory org, AuditTrail audit, Clock clock) {
        this.customers = customers;
        this.identities = identities;
        this.phones = phones;
        this.addresses = addresses;
        this.contacts = contacts;
        this.management = management;
        this.currentUsers = currentUsers;
        this.org = org;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything of the card's contact data, masked unless the reader may see the phone. */
    @PreAuthorize("hasAuthority('customers:view')")
    public ContactBook of(Long customerId) {
        return bookOf(visible(customerId));
    }

    ContactBook bookOf(Customer customer) {
        boolean clear = management.mayReadPhoneOf(customer);
        CustomerIdentity identity = identities.findById(customer.id()).orElse(null);
        ContactBook.Identity id = identity == null ? new ContactBook.Identity(null, null, 0)
                : new ContactBook.Identity(clear ? identity.idNumber() : IdentityNumbers.mask(identity.idNumber()),
                        clear ? identity.registrationNo() : IdentityNumbers.mask(identity.registrationNo()), identity.version());
        return new ContactBook(customer.id(), customer.details().kind(), id,
                phones.findByCustomerIdOrderById(customer.id()).stream()
                        .map(p -> new ContactBook.Phone(p.id(), p.label(), clear ? p.phone() : PhoneMask.mask(p.phone()), p.version()))
                        .toList(),
                addresses.findByCustomerIdOrderById(customer.id()).stream()
                        .map(a -> new ContactBook.Address(a.id(), a.label(), a.address(), a.postalCode(), a.isDefault(), a.version()))
                        .toList(),
                contacts.findByCustomerIdOrderById(customer.id()).stream()
                        .map(k -> new ContactBook.Contact(k.id(), k.name(), k.title(),
                                clear ? k.mobile() : PhoneMask.mask(k.mobile()),
                                clear ? k.officePhone() : PhoneMask.mask(k.officePhone()), k.email(), k.note(),
                                k.primaryContact(), k.decisionMaker(), k.version()))
                        .toList());
    }

    /**
     * Registers a card with its identity numbers, refused when a card of the store has the same phone or number.
     * (A similar name is the caller's business: see {@link CustomerDuplicates}.)
     */
    @Transactional
    @PreAuthorize("hasAuthority('customers:create')")
    public Long register(CustomerDetails details, IdentityForm identity) {
        Long id = management.register(details);
        if (identity != null && (IdentityNumbers.normalise(identity.idNumber()) != null
                || IdentityNumbers.normalise(identity.registrationNo()) != null)) {
            applyIdentity(customers.findById(id).orElseThrow(), null, identity);
        }
        return id;
    }

    // ---- identity numbers

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void saveIdentity(Long customerId, IdentityForm form) {
        Customer customer = visible(customerId);
        CustomerIdentity existing = identities.findById(customerId).orElse(null);
        if (CustomerIdentity.versionOf(existing) != (form.version() == null ? 0 : form.version())) {
            throw new ConcurrentChangeException();
        }
        applyIdentity(customer, existing, form);
    }

    private void applyIdentity(Customer customer, CustomerIdentity existing, IdentityForm form) {
        String idNumber = IdentityNumbers.isMasked(form.idNumber()) && existing != null ? existing.idNumber()
                : IdentityNumbers.normalise(form.idNumber());
        String registrationNo = IdentityNumbers.isMasked(form.registrationNo()) && existing != null
                ? existing.registrationNo() : IdentityNumbers.normalise(form.registrationNo());
        if (idNumber != null && !IdentityNumbers.isValidIdNumber(idNumber)) {
            throw new DomainException("customer.contacts-id-number-invalid");
        }
        if (registrationNo != null && !IdentityNumbers.isValidCreditCode(registrationNo)) {
            throw new DomainException("customer.contacts-registration-invalid");
        }
        otherCardWith(customer, idNumber).ifPresent(other -> {
            throw new DuplicateRecordException("customer.contacts-duplicate-id-number", duplicateArgs(other));
        });
        otherCardWith(customer, registrationNo).ifPresent(other -> {
            throw new DuplicateRecordException("customer.contacts-duplicate-registration", duplicateArgs(other));
        });
        CustomerIdentity identity = existing == null ? new CustomerIdentity(customer.id()) : existing;
        List<FieldChange> changes = identity.update(idNumber, registrationNo, clock.instant());
        if (!changes.isEmpty()) {
            identities.saveAndFlush(identity);
            audit.record(new AuditRecord("customer", String.valueOf(customer.id()), "IDENTITY_CHANGED", null, changes));
        }
    }

    private java.util.Optional<Customer> otherCardWith(Customer customer, String number) {
        if (number == null) {
            return java.util.Optional.empty();
        }
        return identities.findCardsWith(customer.storeId(), number).stream()
                .filter(other -> !other.id().equals(customer.id()))
                .findFirst();
    }

    /** The existing card's name, its consultant, its id (for the link), as the duplicate messages take them. */
    Object[] duplicateArgs(Customer other) {
        String owner = other.ownerEmployeeId() == null ? "—"
                : org.employee(other.ownerEmployeeId()).map(EmployeeView::name).orElse("—");
        return new Object[] {other.details().name(), owner, String.valueOf(other.id())};
    }

    // ---- extra phones

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public Long addPhone(Long customerId, PhoneForm form) {
        Customer customer = visible(customerId);
        String normalised = PhoneNumbers.normalise(form.phone());
        if (normalised == null || form.phone().contains("*")) {
            throw new DomainException("customer.phone-masked");
        }
        refuseDuplicatePhone(customer, normalised);
        CustomerPhone phone = phones.save(new CustomerPhone(customerId, form.label(), form.phone(), clock.instant()));
        audit.record(AuditRecord.of("customer", customerId, "PHONE_ADDED", null,
                FieldChange.of("phoneLabel", null, form.label()), FieldChange.of("phone", null, phone.phone())));
        return phone.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void removePhone(Long customerId, Long phoneId, long expectedVersion) {
        visible(customerId);
        CustomerPhone phone = phones.findById(phoneId).filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> new RecordNotFoundException("customer-phone", phoneId));
        if (phone.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        phones.delete(phone);
        audit.record(AuditRecord.of("customer", customerId, "PHONE_REMOVED", null,
                FieldChange.of("phoneLabel", phone.label(), null), FieldChange.of("phone", phone.phone(), null)));
    }

    /** One phone number per store: on this card twice, or on another card at all, is refused. */
    private void refuseDuplicatePhone(Customer customer, String normalised) {
        for (Customer other : customers.findByStoreIdAndAnyPhone(customer.storeId(), normalised)) {
            if (other.id().equals(customer.id())) {
                throw new DomainException("customer.contacts-phone-on-card");
            }
            throw new DuplicateRecordException("customer.duplicate-phone", duplicateArgs(other));
        }
    }

    // ---- addresses

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public Long saveAddress(Long customerId, Long addressId, AddressForm form) {
        visible(customerId);
        List<CustomerAddress> all = addresses.findByCustomerIdOrderById(customerId);
        CustomerAddress address;
        if (addressId == null) {
            address = new CustomerAddress(customerId, clock.instant());
        } else {
            address = all.stream().filter(a -> a.id().equals(addressId)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("customer-address", addressId));
            if (address.version() != form.versionRead()) {
                throw new ConcurrentChangeException();
            }
        }
        List<FieldChange> changes = new ArrayList<>(address.update(form, clock.instant()));
        boolean becomesDefault = form.wantsDefault() || all.stream().noneMatch(CustomerAddress::isDefault)
                || (addressId != null && address.isDefault());
        if (becomesDefault && !address.isDefault()) {
            all.stream().filter(a -> a != address && a.isDefault()).forEach(a -> a.makeDefault(false));
            changes.add(FieldChange.of("defaultAddress", false, true));
        }
        address.makeDefault(becomesDefault);
        if (changes.isEmpty()) {
            return address.id();
        }
        CustomerAddress saved = addresses.saveAndFlush(address);
        audit.record(new AuditRecord("customer", String.valueOf(customerId),
                addressId == null ? "ADDRESS_ADDED" : "ADDRESS_CHANGED", saved.address(), changes));
        return saved.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void removeAddress(Long customerId, Long addressId, long expectedVersion) {
        visible(customerId);
        CustomerAddress address = addresses.findById(addressId).filter(a -> a.customerId().equals(customerId))
                .orElseThrow(() -> new RecordNotFoundException("customer-address", addressId));
        if (address.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        addresses.delete(address);
        if (address.isDefault()) {
            addresses.findByCustomerIdOrderById(customerId).stream().filter(a -> !a.id().equals(addressId))
                    .findFirst().ifPresent(a -> a.makeDefault(true));
        }
        audit.record(AuditRecord.of("customer", customerId, "ADDRESS_REMOVED", address.address(),
                FieldChange.of("address", address.address(), null)));
    }

    // ---- contacts (organisations)

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public Long saveContact(Long customerId, Long contactId, ContactForm form) {
        Customer customer = visible(customerId);
        if (customer.details().kind() != CustomerKind.ORGANISATION) {
            throw new DomainException("customer.contacts-organisation-only");
        }
        List<CustomerContact> all = contacts.findByCustomerIdOrderById(customerId);
        CustomerContact contact;
        if (contactId == null) {
            contact = new CustomerContact(customerId, clock.instant());
        } else {
            contact = all.stream().filter(k -> k.id().equals(contactId)).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("customer-contact", contactId));
            if (contact.version() != form.versionRead()) {
                throw new ConcurrentChangeException();
            }
        }
        String oldMobile = contact.mobileNormalized();
        String oldOffice = contact.officeNormalized();
        List<FieldChange> changes = contact.update(form, clock.instant());
        for (String phone : new String[] {contact.mobileNormalized(), contact.officeNormalized()}) {
            if (phone != null && !phone.equals(oldMobile) && !phone.equals(oldOffice)) {
                customers.findByStoreIdAndAnyPhone(customer.storeId(), phone).stream()
                        .filter(other -> !other.id().equals(customerId)).findFirst()
                        .ifPresent(other -> {
                            throw new DuplicateRecordException("customer.duplicate-phone", duplicateArgs(other));
                        });
            }
        }
        if (Objects.equals(contact.mobileNormalized(), contact.officeNormalized()) && contact.mobileNormalized() != null) {
            throw new DomainException("customer.contacts-phone-on-card");
        }
        if (form.isPrimary()) {
            all.stream().filter(k -> k != contact && k.primaryContact()).forEach(CustomerContact::notPrimary);
        }
        if (changes.isEmpty()) {
            return contact.id();
        }
        CustomerContact saved = contacts.saveAndFlush(contact);
        audit.record(new AuditRecord("customer", String.valueOf(customerId),
                contactId == null ? "CONTACT_ADDED" : "CONTACT_CHANGED", saved.name(), changes));
        return saved.id();
    }

    @Transactional
    @PreAuthorize("hasAuthority('customers:edit')")
    public void removeContact(Long customerId, Long contactId, long expectedVersion) {
        visible(customerId);
        CustomerContact contact = contacts.findById(contactId).filter(k -> k.customerId().equals(customerId))
                .orElseThrow(() -> new RecordNotFoundException("customer-contact", contactId));
        if (contact.version() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        contacts.delete(contact);
        audit.record(AuditRecord.of("customer", customerId, "CONTACT_REMOVED", contact.name(),
                FieldChange.of("contactName", contact.name(), null)));
    }

    Customer visible(Long customerId) {
        RecordScope scope = currentUsers.scope();
        return customers.findVisible(customerId, scope.allStores(), scope.storeIdsForQuery(), scope.allOwners(),
                scope.ownerIdsForQuery()).orElseThrow(() -> new RecordNotFoundException("customer", customerId));
    }
}
