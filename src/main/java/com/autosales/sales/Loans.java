package com.autosales.sales;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Loan applications; every finder for users takes the reader's data scope (store and owner), like contracts. */
interface Loans extends JpaRepository<Loan, Long> {

    String IN_SCOPE = "(:allStores = true or l.storeId in :storeIds) and (:allOwners = true or l.ownerEmployeeId in :ownerIds)";

    @Query("select l from Loan l where l.id = :id and " + IN_SCOPE)
    Optional<Loan> findVisible(Long id, boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds);

    @Query("select l from Loan l where " + IN_SCOPE
            + " and (:status is null or l.status = :status) and (:contractId is null or l.contractId = :contractId)"
            + " and (:lender = '' or l.lender = :lender)"
            + " and (:customer = '' or lower(l.buyerName) like lower(concat('%', :customer, '%'))"
            + " or lower(l.contractNumber) like lower(concat('%', :customer, '%')))"
            + " order by l.updatedAt desc, l.id desc")
    Page<Loan> list(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            LoanStatus status, Long contractId, String lender, String customer, Pageable page);

    /** The open applications of the finance specialist's desk, oldest first (those waiting longest on top). */
    @Query("select l from Loan l where " + IN_SCOPE + " and l.status in :statuses and (:lender = '' or l.lender = :lender)"
            + " order by l.updatedAt asc, l.id asc")
    List<Loan> inStatuses(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            Collection<LoanStatus> statuses, String lender, Pageable page);

    /** Disbursed or rejected on or after the day, newest first. */
    @Query("select l from Loan l where " + IN_SCOPE + " and (:lender = '' or l.lender = :lender) and ("
            + "(l.status = com.autosales.sales.LoanStatus.DISBURSED and l.disbursedOn >= :since)"
            + " or (l.status = com.autosales.sales.LoanStatus.REJECTED and l.decidedOn >= :since))"
            + " order by l.updatedAt desc, l.id desc")
    List<Loan> finishedSince(boolean allStores, Collection<Long> storeIds, boolean allOwners, Collection<Long> ownerIds,
            LocalDate since, String lender, Pageable page);

    /** Financed contracts in scope, approved and not finished, without a live application: 待申请. */
    @Query("select c from Contract c where (:allStores = true or c.storeId in :storeIds)"
            + " and (:allOwners = true or c.ownerEmployeeId in :ownerIds)"
            + " and c.paymentMethod = com.autosales.sales.PaymentMethod.FINANCE and c.status in :statuses"
            + " and not exists (select l.id from Loan l where l.activeContractId = c.id)"
            + " order by c.updatedAt asc, c.id asc")
    List<Contract> contractsWithoutLoan(boolean allStores, Collection<Long> storeIds, boolean allOwners,
            Collection<Long> ownerIds, Collection<ContractStatus> statuses, Pageable page);

    /** Every application of the contract, newest first. */
    List<Loan> findByContractIdOrderByIdDesc(Long contractId);

    @Query("select l from Loan l where l.contractId = :contractId and l.status in :statuses")
    List<Loan> ofContractIn(Long contractId, Collection<LoanStatus> statuses);

    /** The contract already has its one live application (a disbursed one counts). */
    default boolean hasLive(Long contractId) {
        return !ofContractIn(contractId, java.util.Arrays.stream(LoanStatus.values()).filter(LoanStatus::live).toList())
                .isEmpty();
    }
}
