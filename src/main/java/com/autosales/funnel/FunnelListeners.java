package com.autosales.funnel;

import com.autosales.customers.CustomersMerged;
import com.autosales.leads.LeadCreated;
import com.autosales.org.EmployeeView;
import com.autosales.org.OrgDirectory;
import com.autosales.showroom.ReceptionLogged;
import com.autosales.testdrives.TestDriveCompleted;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the funnel from the other modules' events, each after its record was committed, in its own transaction
 * (a failed delivery is retried by the event publication log; a repeated one is ignored by the recorder).
 */
@Component
class FunnelListeners {

    private static final Logger log = LoggerFactory.getLogger(FunnelListeners.class);

    private final FunnelRecorder recorder;
    private final FunnelEntries entries;
    private final OrgDirectory org;
    private final Clock clock;

    FunnelListeners(FunnelRecorder recorder, FunnelEntries entries, OrgDirectory org, Clock clock) {
        this.recorder = recorder;
        this.entries = entries;
        this.org = org;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReceptionLogged visit) {
        recorder.record(FunnelStage.VISIT, RecordLinks.RECEPTION, visit.receptionId(), visit.storeId(),
                visit.consultantEmployeeId(), visit.customerId(), null, sourceOf(visit.source()),
                visit.occurredAt());
    }

    /** Events logged before LeadCreated carried its time are dated on delivery. */
    @ApplicationModuleListener
    void on(LeadCreated lead) {
        recorder.record(FunnelStage.LEAD, RecordLinks.LEAD, lead.leadId(), lead.storeId(), lead.ownerEmployeeId(),
                lead.customerId(), lead.leadId(), sourceOf(lead.source()),
                lead.occurredAt() != null ? lead.occurredAt() : clock.instant());
    }

    @ApplicationModuleListener
    void on(TestDriveCompleted drive) {
        Optional<Long> store = Optional.ofNullable(drive.storeId()).or(() -> storeOf(drive.consultantEmployeeId()));
        if (store.isEmpty()) {
            log.warn("Test drive {} left out of the funnel: its store is unknown", drive.testDriveId());
            return;
        }
        recorder.record(FunnelStage.TEST_DRIVE, RecordLinks.TEST_DRIVE, drive.testDriveId(), store.get(),
                drive.consultantEmployeeId(), drive.customerId(), drive.leadId(), drive.occurredAt());
    }

    @ApplicationModuleListener
    void on(CustomersMerged merged) {
        entries.repointCustomer(merged.mergedId(), merged.survivorId());
    }

    private static FunnelSource sourceOf(Enum<?> source) {
        return FunnelSource.of(source == null ? null : source.name());
    }

    /** For drives published before their event named the store: the consultant's store. */
    private Optional<Long> storeOf(Long employeeId) {
        return org.employee(employeeId).map(EmployeeView::unitId).flatMap(org::storeOf);
    }
}
