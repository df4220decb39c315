package com.autosales.payments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The payments ledger; finders for users take the reader's data scope (store and the contract's consultant). */
interface Payments extends JpaRepository<Payment, Long> {

    String IN_SCOPE = "(:allStores = true or p.storeId in :storeIds) and (:allOwners = true or p.ownerEmployeeId in :ownerIds)";

    Optional<Payment> findByIdempotencyKey(String key);

    boolean existsByReversesId(Long paymentId);

    List<Payment> findByContractIdOrderByPaidOnAscIdAsc(Long contractId);

    @Query("select p.reversesId from Payment p where p.reversesId in :ids")
    List<Long> reversedAmong(Collection<Long> ids);

    /** Ledger lines paid after a day, of the accounts in the reader's scope (the receivables list's scope). */
    @Query("select p from Payment p where p.paidOn > :after and p.contractId in (select a.contractId from"
            + " ReceivableAccount a where " + ReceivableAccounts.IN_SCOPE + ")")
    List<Payment> paidAfter(LocalDate after, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select p from Payment p where p.id = :id and " + IN_SCOPE)
    Optional<Payment> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select p from Payment p where " + IN_SCOPE + " and (:kind is null or p.kind = :kind)"
            + " and (:contractId is null or p.contractId = :contractId) and p.paidOn >= :from and p.paidOn <= :to"
            + " order by p.paidOn desc, p.id desc")
    Page<Payment> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            PaymentKind kind, Long contractId, LocalDate from, LocalDate to, Pageable page);
}
