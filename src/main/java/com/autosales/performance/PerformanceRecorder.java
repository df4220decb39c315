package com.autosales.performance;

import static com.autosales.performance.PerformanceMetric.COLLECTIONS;
import static com.autosales.performance.PerformanceMetric.FOLLOW_UPS;
import static com.autosales.performance.PerformanceMetric.FOLLOW_UPS_ON_TIME;
import static com.autosales.performance.PerformanceMetric.NEW_CUSTOMERS;
import static com.autosales.performance.PerformanceMetric.NEW_LEADS;
import static com.autosales.performance.PerformanceMetric.ORDERS;
import static com.autosales.performance.PerformanceMetric.SATISFACTION;
import static com.autosales.performance.PerformanceMetric.TEST_DRIVES;

import com.autosales.leads.FollowUpRecorded;
import com.autosales.leads.LeadCreated;
import com.autosales.payments.PaymentRecorded;
import com.autosales.sales.ContractCancelled;
import com.autosales.sales.ContractSigned;
import com.autosales.showroom.ReceptionLogged;
import com.autosales.surveys.SurveyAnswered;
import com.autosales.testdrives.TestDriveCompleted;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns what happens elsewhere into facts (deliveries: {@link SaleRecorder}). */
@Component
class PerformanceRecorder {

    private final FactBook facts;
    private final Clock clock;

    PerformanceRecorder(FactBook facts, Clock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ContractSigned e) {
        facts.book(ORDERS, e.storeId(), e.ownerEmployeeId(), e.signedOn(), BigDecimal.ONE, e.total().amount(),
                "contract", e.contractId());
    }

    /** A signed contract cancelled takes its order back (a contract cancelled before signing never counted). */
    @ApplicationModuleListener
    void on(ContractCancelled e) {
        if (facts.booked(ORDERS, "contract", e.contractId())) {
            facts.book(ORDERS, e.storeId(), ownerOfOrder(e.contractId()), day(e.cancelledAt()), BigDecimal.ONE.negate(),
                    amountOfOrder(e.contractId()).negate(), "contract-cancelled", e.contractId());
        }
    }

    @ApplicationModuleListener
    void on(PaymentRecorded e) {
        facts.book(COLLECTIONS, e.storeId(), e.ownerEmployeeId(), e.paidOn(), BigDecimal.ONE, e.amount().amount(),
                "payment", e.paymentId());
    }

    @ApplicationModuleListener
    void on(ReceptionLogged e) {
        if (e.firstVisit()) {
            facts.count(NEW_CUSTOMERS, e.storeId(), e.consultantEmployeeId(), day(e.occurredAt()), "reception", e.receptionId());
        }
    }

    @ApplicationModuleListener
    void on(LeadCreated e) {
        facts.count(NEW_LEADS, e.storeId(), e.ownerEmployeeId(), day(e.occurredAt()), "lead", e.leadId());
    }

    @ApplicationModuleListener
    void on(TestDriveCompleted e) {
        facts.count(TEST_DRIVES, e.storeId(), e.consultantEmployeeId(), day(e.occurredAt()), "test-drive", e.testDriveId());
    }

    @ApplicationModuleListener
    void on(FollowUpRecorded e) {
        facts.count(FOLLOW_UPS, e.storeId(), e.ownerEmployeeId(), e.doneOn(), "follow-up", e.followUpId());
        if (e.onTime()) {
            facts.count(FOLLOW_UPS_ON_TIME, e.storeId(), e.ownerEmployeeId(), e.doneOn(), "follow-up", e.followUpId());
        }
    }

    @ApplicationModuleListener
    void on(SurveyAnswered e) {
        facts.book(SATISFACTION, e.storeId(), e.subjectEmployeeId(), e.answeredOn(), BigDecimal.ONE,
                BigDecimal.valueOf(e.overall()), "survey", e.surveyId());
    }

    private Long ownerOfOrder(Long contractId) {
        return facts.order(contractId).employeeId();
    }

    private BigDecimal amountOfOrder(Long contractId) {
        return facts.order(contractId).amount();
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
