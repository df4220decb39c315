package com.autosales.payments;

import com.autosales.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A collection task with its cause (拖欠原因, null until a note records one) and its contact notes, newest first. */
public record CollectionTaskView(Long id, Long contractId, String contractNumber, String customerName,
        Long ownerEmployeeId, Money overdueAmount, LocalDate oldestDueOn, long daysOverdue, LocalDate openedOn,
        LocalDate escalatedOn, LocalDate promisedOn, LocalDate closedOn, ArrearsCause cause, List<Note> notes, long version) {

    /** One contact: what was said, the promised date and the cause recorded with it if any, who, when. */
    public record Note(String text, LocalDate promisedOn, ArrearsCause cause, String by, Instant at) {
    }
}
