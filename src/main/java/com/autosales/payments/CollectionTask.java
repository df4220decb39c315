package com.autosales.payments;

import com.autosales.shared.DomainException;
import com.autosales.shared.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** 催款任务 — the consultant's task to collect a contract's overdue money; open until nothing is overdue. */
@Entity
@Table(name = "collection_task")
class CollectionTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long contractId;
    private Long openContractId;
    private String contractNumber;
    private String customerName;
    private Long storeId;
    private Long ownerEmployeeId;
    private Money overdueAmount;
    private LocalDate oldestDueOn;
    private LocalDate openedOn;
    private LocalDate escalatedOn;
    private LocalDate promisedOn;
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private ArrearsCause cause;
    @Version
    private long version;

    protected CollectionTask() {
    }

    CollectionTask(ReceivableAccount account, Money overdue, LocalDate oldestDue, LocalDate today) {
        this.contractId = account.contractId();
        this.openContractId = account.contractId();
        this.contractNumber = account.contractNumber();
        this.customerName = account.customerName();
        this.storeId = account.storeId();
        this.ownerEmployeeId = account.ownerEmployeeId();
        this.openedOn = today;
        update(overdue, oldestDue);
    }

    void update(Money overdue, LocalDate oldestDue) {
        overdueAmount = overdue;
        oldestDueOn = oldestDue;
    }

    /** Due for escalation: open this many days and not escalated yet. */
    boolean escalationDue(LocalDate today, int afterDays) {
        return escalatedOn == null && !openedOn.plusDays(afterDays).isAfter(today);
    }

    void escalated(LocalDate today) {
        escalatedOn = today;
    }

    void promised(LocalDate day, LocalDate today) {
        if (day != null && day.isBefore(today)) {
            throw new DomainException("payments.collection.promise-in-past");
        }
        if (day != null) {
            promisedOn = day;
        }
    }

    /** A contact note may set or change the cause; without one the cause recorded before stays. */
    void causedBy(ArrearsCause newCause) {
        if (newCause != null) {
            cause = newCause;
        }
    }

    void close(LocalDate today) {
        closedOn = today;
        openContractId = null;
    }

    CollectionTaskView view(LocalDate today, java.util.List<CollectionTaskView.Note> notes) {
        return new CollectionTaskView(id, contractId, contractNumber, customerName, ownerEmployeeId, overdueAmount,
                oldestDueOn, java.time.temporal.ChronoUnit.DAYS.between(oldestDueOn, today), openedOn, escalatedOn,
                promisedOn, closedOn, cause, notes, version);
    }

    Long id() { return id; }
    Long contractId() { return contractId; }
    String contractNumber() { return contractNumber; }
    String customerName() { return customerName; }
    Long ownerEmployeeId() { return ownerEmployeeId; }
    Money overdueAmount() { return overdueAmount; }
    LocalDate promisedOn() { return promisedOn; }
    ArrearsCause cause() { return cause; }
    long version() { return version; }
}
