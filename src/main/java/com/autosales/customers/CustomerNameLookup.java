package com.autosales.customers;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of many cards at once for lists in other modules (one query, the reader's data scope applied); a card out of
 * scope is simply missing from the answer. Not an open of the card, so nothing goes to the access log.
 */
@Service
@Transactional(readOnly = true)
public class CustomerNameLookup {

    private final Customers customers;
    private final CurrentUsers currentUsers;

    CustomerNameLookup(Customers customers, CurrentUsers currentUsers) {
        this.customers = customers;
        this.currentUsers = currentUsers;
    }

    @PreAuthorize("hasAuthority('customers:view')")
    public Map<Long, String> visibleNames(Collection<Long> customerIds) {
        List<Long> ids = customerIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        RecordScope s = currentUsers.scope();
        customers.visibleNames(ids, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
