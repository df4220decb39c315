package com.autosales.payments;

import com.autosales.access.CurrentUsers;
import com.autosales.access.RecordScope;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.audit.FieldChange;
import com.autosales.shared.DomainException;
import com.autosales.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 催款 for readers: the open collection tasks in my scope, oldest overdue first, and the notes of each contact. */
@Service
@Transactional(readOnly = true)
public class CollectionManagement {

    private final CollectionTasks tasks;
    private final CollectionNotes notes;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final Clock clock;

    CollectionManagement(CollectionTasks tasks, CollectionNotes notes, CurrentUsers currentUsers, AuditTrail audit,
            Clock clock) {
        this.tasks = tasks;
        this.notes = notes;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('payments:view')")
    public List<CollectionTaskView> open() {
        RecordScope s = currentUsers.scope();
        LocalDate today = LocalDate.now(clock);
        return tasks.open(s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery()).stream()
                .map(t -> t.view(today, notes.findByTaskIdOrderByAtDesc(t.id()).stream().map(CollectionNote::view).toList()))
                .toList();
    }

    /**
     * 催款记录 — what the customer said, the day they promised to pay (today or later) and, optionally, why the money is
     * overdue (the task's cause is set or changed; without one it stays).
     */
    @Transactional
    @PreAuthorize("hasAuthority('payments:view')")
    public void note(Long taskId, String text, LocalDate promisedOn, ArrearsCause cause) {
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new DomainException("payments.collection.note-required");
        }
        RecordScope s = currentUsers.scope();
        CollectionTask task = tasks.findVisible(taskId, s.allStores(), s.storeIdsForQuery(), s.allOwners(), s.ownerIdsForQuery())
                .orElseThrow(() -> new RecordNotFoundException("collection-task", taskId));
        task.promised(promisedOn, LocalDate.now(clock));
        ArrearsCause before = task.cause();
        task.causedBy(cause);
        notes.save(new CollectionNote(task.id(), text, promisedOn, cause, currentUsers.current().displayName(),
                clock.instant()));
        audit.record(AuditRecord.of("collection-task", task.id(), "NOTE", task.contractNumber(),
                FieldChange.of("promisedOn", null, promisedOn), FieldChange.of("cause", before, task.cause())));
    }
}
