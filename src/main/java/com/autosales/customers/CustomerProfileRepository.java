package com.autosales.customers;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Card profiles; the list queries take the caller's data scope like {@link Customers}. */
interface CustomerProfileRepository extends JpaRepository<CustomerProfile, Long> {

    String JOINED = " from Customer c, CustomerProfile p where p.customerId = c.id and " + Customers.IN_SCOPE;

    /** The list's search (name, pinyin, initials, phone digits) narrowed by classifications. */
    @Query("select c" + JOINED
            + " and (lower(c.name) like :term or c.namePinyin like :compact or c.nameInitials like :compact"
            + " or c.phoneNormalized like :digits" + ContactRepositories.OTHER_PHONES_OR_IDENTITY + ")"
            + " and (:tradeStage is null or p.tradeStage = :tradeStage) and (:nature is null or p.nature = :nature)"
            + " and (:volumeClass is null or p.volumeClass = :volumeClass) order by c.id desc")
    Page<Customer> search(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            String term, String compact, String digits, String code, TradeStage tradeStage, CustomerNature nature,
            VolumeClass volumeClass, Pageable page);

    @Query("select p.tradeStage, count(p)" + JOINED + " and p.tradeStage is not null group by p.tradeStage")
    List<Object[]> countByTradeStage(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);

    @Query("select p.nature, count(p)" + JOINED + " and p.nature is not null group by p.nature")
    List<Object[]> countByNature(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);

    @Query("select p.volumeClass, count(p)" + JOINED + " and p.volumeClass is not null group by p.volumeClass")
    List<Object[]> countByVolumeClass(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds);
}
