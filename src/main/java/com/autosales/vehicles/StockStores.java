package com.autosales.vehicles;

import com.autosales.access.RecordScope;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The group's stores as the stock pages name them and offer them as transfer targets, read through the org module. */
@Component
class StockStores {

    private final OrgDirectory org;

    StockStores(OrgDirectory org) {
        this.org = org;
    }

    /** Every store's name in the reader's language, by id. */
    Map<Long, String> names() {
        return org.stores().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
    }

    /** The stores a reader's figures cover, by name ("上海浦东4S店"), or {@code null} for the whole group. */
    String coveredBy(RecordScope scope) {
        if (scope.allStores()) {
            return null;
        }
        Map<Long, String> names = names();
        return scope.storeIds().stream().sorted().map(names::get).filter(n -> n != null).collect(Collectors.joining("、"));
    }

    /** The active stores a vehicle of this store may be transferred to. */
    List<UnitView> transferTargets(Long fromStoreId) {
        return org.stores().stream().filter(s -> s.active() && !s.id().equals(fromStoreId)).toList();
    }

    /** Refuses a store id that is no active store of the group. */
    void requireActive(Long storeId) {
        if (org.stores().stream().noneMatch(s -> s.active() && s.id().equals(storeId))) {
            throw new DomainException("vehicles.transfer-unknown-store", storeId);
        }
    }
}
