package com.autosales.payments;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Receivable accounts; finders for users take the reader's data scope. */
interface ReceivableAccounts extends JpaRepository<ReceivableAccount, Long> {

    String IN_SCOPE = "(:allStores = true or a.storeId in :storeIds) and (:allOwners = true or a.ownerEmployeeId in :ownerIds)";

    /** The account, locked until the transaction ends: payments to one contract are booked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from ReceivableAccount a where a.contractId = :contractId")
    Optional<ReceivableAccount> lockFor(Long contractId);

    /** Whether the reader may see the account, without loading it (a payment then loads it under the lock, fresh). */
    @Query("select a.contractId from ReceivableAccount a where a.contractId = :contractId and " + IN_SCOPE)
    Optional<Long> findVisibleId(Long contractId, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select a from ReceivableAccount a where a.contractId = :contractId and " + IN_SCOPE)
    Optional<ReceivableAccount> findVisible(Long contractId, boolean allStores, Collection<Long> storeIds,
            boolean allOwners, Collection<Long> ownerIds);

    /** The accounts in scope with their lines in one statement (the ageing of a whole group reads ten thousands). */
    @Query("select a from ReceivableAccount a left join fetch a.lines where " + IN_SCOPE + " and (:openOnly = false or (a.cancelled = false"
            + " and a.received < a.expected)) order by a.openedOn desc, a.contractId desc")
    List<ReceivableAccount> list(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, boolean openOnly);

    List<ReceivableAccount> findByCustomerId(Long customerId);

    /** Every account with money still due, in all stores (for the nightly collection run, not for readers). */
    @Query("select a from ReceivableAccount a where a.cancelled = false and a.received < a.expected")
    List<ReceivableAccount> findOpen();
}
