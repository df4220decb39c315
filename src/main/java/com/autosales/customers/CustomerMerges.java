package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.ConcurrentChangeException;
import com.autosales.shared.DomainException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 合并 — a sales manager merges a duplicate card into the surviving one: the survivor keeps its fields and gains
 * the duplicate's phones, addresses and contacts (without repeats); the duplicate stays, marked merged and
 * pointing at the survivor, out of every list, search and count. Publishes {@link CustomersMerged}.
 */
@Service
@Transactional(readOnly = true)
public class CustomerMerges {

    private final Customers customers;
    private final CustomerIdentities identities;
    private final CustomerPhones phones;
    private final CustomerAddresses addresses;
    private final CustomerContacts contacts;
    private final CustomerContactBook book;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    CustomerMerges(Customers customers, CustomerIdentities identities, CustomerPhones phones,
            CustomerAddresses addresses, CustomerContacts contacts, CustomerContactBook book, CurrentUsers currentUsers,
            AuditTrail audit, ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.customers = customers;
        this.identities = identities;
        this.phones = phones;
        this.addresses = addresses;
        this.contacts = contacts;
        this.book = book;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The card a merged card (visible to the reader) now lives on; empty for a card that was not merged. */
    @PreAuthorize("hasAuthority('customers:view')")
    public Optional<Long> survivorOf(Long id) {
        RecordScope scope = currentUsers.scope();
        Optional<Customer> merged = customers.findMergedVisible(id, scope.allStores(), scope.storeIdsForQuery(),
                scope.allOwners(), scope.ownerIdsForQuery());
        if (merged.isEmpty()) {
            return Optional.empty();
        }
        Customer current = merged.get();
        for (int hops = 0; hops < 20 && current.mergedIntoId() != null; hops++) {
            Customer next = customers.findById(current.mergedIntoId()).orElse(null);
            if (next == null) {
                break;
            }
            current = next;
        }
        return Optional.of(current.id());
    }

    /** Both cards' contact data side by side, for the manager to confirm (both must be in scope). */
    @PreAuthorize("hasAuthority('customers:approve')")
    public List<ContactBook> compare(Long survivorId, Long duplicateId) {
        return List.of(book.bookOf(book.visible(survivorId)), book.bookOf(book.visible(duplicateId)));
    }

    @Transactional
    @PreAuthorize("hasAuthority('customers:approve')")
    public void merge(Long survivorId, long survivorVersion, Long duplicateId, long duplicateVersion) {
        if (Objects.equals(survivorId, duplicateId)) {
            throw new DomainException("customer.contacts-merge-same-card");
        }
        Customer survivor = book.visible(survivorId);
        Customer duplicate = book.visible(duplicateId);
        if (survivor.version() != survivorVersion || duplicate.version() != duplicateVersion) {
            throw new ConcurrentChangeException();
        }
        if (!survivor.storeId().equals(duplicate.storeId())) {
            throw new DomainException("customer.contacts-merge-other-store");
        }
        Instant now = clock.instant();
        Set<String> survivorPhones = new HashSet<>();
        if (survivor.details().phone() != null) {
            survivorPhones.add(PhoneNumbers.normalise(survivor.details().phone()));
        }
        phones.findByCustomerIdOrderById(survivorId).forEach(p -> survivorPhones.add(p.phoneNormalized()));
        contacts.findByCustomerIdOrderById(survivorId).forEach(k -> {
            survivorPhones.add(k.mobileNormalized());
            survivorPhones.add(k.officeNormalized());
        });
        int movedPhones = 0;
        String duplicatePrimary = PhoneNumbers.normalise(duplicate.details().phone());
        if (duplicatePrimary != null && survivorPhones.add(duplicatePrimary)) {
            phones.save(new CustomerPhone(survivorId, PhoneLabel.MOBILE, duplicate.details().phone(), now));
            movedPhones++;
        }
        for (CustomerPhone phone : phones.findByCustomerIdOrderById(duplicateId)) {
            if (survivorPhones.add(phone.phoneNormalized())) {
                phone.moveTo(survivorId);
                movedPhones++;
            } else {
                phones.delete(phone);
            }
        }
        Set<String> survivorAddresses = new HashSet<>();
        boolean hasDefault = false;
        for (CustomerAddress a : addresses.findByCustomerIdOrderById(survivorId)) {
            survivorAddresses.add(a.address().replaceAll("\\s+", ""));
            hasDefault |= a.isDefault();
        }
        int movedAddresses = 0;
        for (CustomerAddress address : addresses.findByCustomerIdOrderById(duplicateId)) {
            if (survivorAddresses.add(address.address().replaceAll("\\s+", ""))) {
                address.moveTo(survivorId);
                address.makeDefault(address.isDefault() && !hasDefault);
                hasDefault |= address.isDefault();
                movedAddresses++;
            }
        }
        Set<String> survivorContacts = new HashSet<>();
        boolean hasPrimary = false;
        for (CustomerContact k : contacts.findByCustomerIdOrderById(survivorId)) {
            survivorContacts.add(k.name().trim() + "|" + k.mobileNormalized());
            hasPrimary |= k.primaryContact();
        }
        int movedContacts = 0;
        for (CustomerContact contact : contacts.findByCustomerIdOrderById(duplicateId)) {
            if (survivorContacts.add(contact.name().trim() + "|" + contact.mobileNormalized())) {
                contact.moveTo(survivorId);
                if (hasPrimary) {
                    contact.notPrimary();
                }
                hasPrimary |= contact.primaryContact();
                movedContacts++;
            }
        }
        CustomerIdentity mergedIdentity = identities.findById(duplicateId).orElse(null);
        if (mergedIdentity != null) {
            CustomerIdentity kept = identities.findById(survivorId).orElse(null);
            String idNumber = kept != null && kept.idNumber() != null ? kept.idNumber() : mergedIdentity.idNumber();
            String registrationNo = kept != null && kept.registrationNo() != null ? kept.registrationNo()
                    : mergedIdentity.registrationNo();
            CustomerIdentity target = kept == null ? new CustomerIdentity(survivorId) : kept;
            if (!target.update(idNumber, registrationNo, now).isEmpty()) {
                identities.save(target);
            }
        }
        duplicate.mergeInto(survivorId, now);
        entityManager.lock(survivor, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        String survivorLabel = survivor.details().name() + " (#" + survivorId + ")";
        String duplicateLabel = duplicate.details().name() + " (#" + duplicateId + ")";
        audit.record(AuditRecord.of("customer", survivorId, "MERGE", duplicateLabel,
                FieldChange.of("mergedFrom", null, duplicateLabel),
                FieldChange.of("mergedPhones", null, movedPhones),
                FieldChange.of("mergedAddresses", null, movedAddresses),
                FieldChange.of("mergedContacts", null, movedContacts)));
        audit.record(AuditRecord.of("customer", duplicateId, "MERGE", survivorLabel,
                FieldChange.of("mergedInto", null, survivorLabel)));
        events.publishEvent(new CustomersMerged(survivorId, duplicateId));
    }
}
