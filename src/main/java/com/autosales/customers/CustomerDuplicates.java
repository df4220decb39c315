package com.autosales.customers;

import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 查重 — which active cards of a store look like a customer about to be registered (the create form and the
 * importer ask before registering). Whoever owns them: the user must learn the customer is already known.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDuplicates {

    private static final int MAX_SIMILAR = 10;

    private final Customers customers;
    private final CustomerIdentities identities;
    private final OrgDirectory org;

    CustomerDuplicates(Customers customers, CustomerIdentities identities, OrgDirectory org) {
        this.customers = customers;
        this.identities = identities;
        this.org = org;
    }

    /**
     * Cards of the store with one of these phones (primary, extra or a contact's), the same ID card number or
     * credit code, or a similar name (same pinyin, or the same once company suffixes, spaces and brackets are
     * left out).
     */
    public DuplicateCandidates findDuplicates(Long storeId, String name, Collection<String> phones, String idNumber,
            String registrationNo) {
        Map<Long, Customer> samePhone = new LinkedHashMap<>();
        for (String phone : phones == null ? List.<String>of() : phones) {
            String normalised = PhoneNumbers.normalise(phone);
            if (normalised != null && !(phone.contains("*"))) {
                customers.findByStoreIdAndAnyPhone(storeId, normalised).forEach(c -> samePhone.putIfAbsent(c.id(), c));
            }
        }
        Map<Long, Customer> sameIdentity = new LinkedHashMap<>();
        for (String number : new String[] {idNumber, registrationNo}) {
            String normalised = IdentityNumbers.normalise(number);
            if (normalised != null && !IdentityNumbers.isMasked(normalised)) {
                identities.findCardsWith(storeId, normalised).forEach(c -> sameIdentity.putIfAbsent(c.id(), c));
            }
        }
        List<Customer> similar = similarNames(storeId, name);
        return new DuplicateCandidates(matches(samePhone.values()), matches(sameIdentity.values()), matches(similar));
    }

    private List<Customer> similarNames(Long storeId, String name) {
        String key = NameSimilarity.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Customer> found = new ArrayList<>();
        for (Customer c : customers.findByStoreIdAndPinyinPrefix(storeId, key + "%", PageRequest.of(0, 200))) {
            if (key.equals(NameSimilarity.key(c.details().name()))) {
                found.add(c);
                if (found.size() == MAX_SIMILAR) {
                    break;
                }
            }
        }
        return found;
    }

    private List<DuplicateCandidates.Match> matches(Collection<Customer> found) {
        Map<Long, EmployeeView> owners = org.employees(found.stream().map(Customer::ownerEmployeeId)
                .filter(Objects::nonNull).distinct().toList());
        return found.stream().map(c -> {
            EmployeeView owner = c.ownerEmployeeId() == null ? null : owners.get(c.ownerEmployeeId());
            return new DuplicateCandidates.Match(c.id(), c.details().name(), owner == null ? null : owner.name());
        }).toList();
    }
}
