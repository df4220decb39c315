package com.autosales.payments;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 应收款 — the receivables of the contracts in the reader's scope: balances, due dates, ageing. */
@Service
@Transactional(readOnly = true)
public class ReceivableManagement {

    private final ReceivableAccounts accounts;
    private final CurrentUsers currentUsers;
    private final OrgDirectory org;
    private final OpenAmounts openAmounts;
    private final Clock clock;

    ReceivableManagement(ReceivableAccounts accounts, CurrentUsers currentUsers, OrgDirectory org,
            OpenAmounts openAmounts, Clock clock) {
        this.accounts = accounts;
        this.openAmounts = openAmounts;
        this.currentUsers = currentUsers;
        this.org = org;
        this.clock = clock;
    }

    /** Contracts with money still due (or all, with {@code openOnly} false), newest first. */
    @PreAuthorize("hasAuthority('payments:view')")
    public List<ReceivableView> list(boolean openOnly) {
        LocalDate today = LocalDate.now(clock);
        return inScope(openOnly).stream().map(a -> ReceivableView.of(a, today)).toList();
    }

    /** One contract's receivables; 404 outside my scope or before the contract is signed. */
    @PreAuthorize("hasAuthority('payments:view')")
    public ReceivableView of(Long contractId) {
        RecordScope s = currentUsers.scope();
        return accounts.findVisible(contractId, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .map(a -> ReceivableView.of(a, LocalDate.now(clock)))
                .orElseThrow(() -> new RecordNotFoundException("receivable", contractId));
    }

    /** 账龄分析 of what is open today, per bucket, customer, consultant and store. */
    @PreAuthorize("hasAuthority('payments:view')")
    public AgeingReport ageing() {
        Map<Long, String> stores = org.stores().stream().collect(Collectors.toMap(UnitView::id, UnitView::name));
        LocalDate today = LocalDate.now(clock);
        return AgeingReport.ofOpenAmounts(openAmounts.asOf(today, currentUsers.scope()), today,
                id -> stores.getOrDefault(id, "#" + id));
    }

    private List<ReceivableAccount> inScope(boolean openOnly) {
        RecordScope s = currentUsers.scope();
        return accounts.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery(), openOnly);
    }
}
