package com.autosales.payments;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 拖欠分析 of the receivables in the reader's scope (the same contracts as the receivables list). */
@Service
@Transactional(readOnly = true)
public class ArrearsManagement {

    private final ReceivableAccounts accounts;
    private final Payments payments;
    private final CollectionTasks tasks;
    private final CollectionNotes notes;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    ArrearsManagement(ReceivableAccounts accounts, Payments payments, CollectionTasks tasks, CollectionNotes notes,
            CurrentUsers currentUsers, Clock clock) {
        this.accounts = accounts;
        this.payments = payments;
        this.tasks = tasks;
        this.notes = notes;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('payments:view')")
    public ArrearsAnalysis analysis() {
        RecordScope s = currentUsers.scope();
        LocalDate today = LocalDate.now(clock);
        List<ReceivableAccount> inScope = accounts.list(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery(), false);
        Map<Long, CollectionTask> open = tasks.open(s.allStores(), s.storeIdsForQuery(), s.allOwners(),
                s.ownerIdsForQuery()).stream().collect(Collectors.toMap(CollectionTask::contractId, Function.identity()));
        List<Payment> later = payments.paidAfter(ArrearsAnalyst.trendDays(today).get(0), s.allStores(),
                s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery());
        return ArrearsAnalyst.of(inScope, open, later, today, this::lastContact);
    }

    private ArrearsAnalyst.LastContact lastContact(List<CollectionTask> customerTasks) {
        String note = notes.findFirstByTaskIdInOrderByAtDescIdDesc(customerTasks.stream().map(CollectionTask::id).toList())
                .map(CollectionNote::text).orElse(null);
        LocalDate promised = customerTasks.stream().map(CollectionTask::promisedOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new ArrearsAnalyst.LastContact(note, promised);
    }
}
