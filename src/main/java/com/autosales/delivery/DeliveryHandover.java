package com.autosales.delivery;

import com.autosales.access.CurrentUser;
import com.autosales.access.CurrentUsers;
import com.autosales.audit.AuditRecord;
import com.autosales.audit.AuditTrail;
import com.autosales.leads.AftercareCalls;
import com.autosales.sales.ContractFulfilment;
import com.autosales.shared.DomainException;
import com.autosales.surveys.SurveyOccasion;
import com.autosales.surveys.SurveyRequest;
import com.autosales.surveys.SurveyScheduling;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 交车 — hands the car over once the gate is open: the contract is delivered (and the car sold and delivered on the
 * stock book), the consultant's calls after 1, 7 and 30 days are planned and customer service's survey scheduled,
 * all in one transaction — or nothing happens.
 */
@Service
@Transactional
public class DeliveryHandover {

    private final DeliveryRecords records;
    private final DeliveryViews views;
    private final ContractFulfilment fulfilment;
    private final AftercareCalls aftercare;
    private final SurveyScheduling surveys;
    private final CurrentUsers currentUsers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int surveyAfterDays;

    DeliveryHandover(DeliveryRecords records, DeliveryViews views, ContractFulfilment fulfilment, AftercareCalls aftercare,
            SurveyScheduling surveys, CurrentUsers currentUsers, AuditTrail audit, ApplicationEventPublisher events,
            Clock clock, @Value("${autosales.delivery.survey-after-days:3}") int surveyAfterDays) {
        this.records = records;
        this.views = views;
        this.fulfilment = fulfilment;
        this.aftercare = aftercare;
        this.surveys = surveys;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.surveyAfterDays = surveyAfterDays;
    }

    @PreAuthorize("hasAuthority('sales:edit')")
    public void handOver(Long id, Long version, String comment) {
        Delivery d = records.visible(id, version);
        d.requirePreparing();
        DeliveryView view = views.of(d, Locale.SIMPLIFIED_CHINESE);
        if (!view.gate().open()) {
            throw new DomainException(view.gate().blockers().get(0));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        CurrentUser me = currentUsers.current();
        fulfilment.deliver(d.contractId(), DeliveryManagement.blankToNull(comment));
        d.delivered(me.displayName(), now);
        if (d.leadId() != null) {
            aftercare.schedule(d.leadId(), today, d.contractNumber());
        }
        surveys.schedule(new SurveyRequest(SurveyOccasion.DELIVERY, d.id(), d.contractNumber(), d.storeId(),
                d.customerId(), d.customerName(), d.ownerEmployeeId(), d.ownerName(), today.plusDays(surveyAfterDays)));
        audit.record(AuditRecord.of("delivery", id, "DELIVERED", d.customerName() + " · " + view.contract().vin()));
        events.publishEvent(new VehicleDelivered(d.id(), d.contractId(), d.contractNumber(), d.storeId(),
                d.ownerEmployeeId(), d.customerId(), view.contract().vin(), now));
    }
}
