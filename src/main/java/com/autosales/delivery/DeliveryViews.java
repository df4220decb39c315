package com.autosales.delivery;

import com.autosales.leads.AftercareCalls;
import com.autosales.payments.PaymentClearance;
import com.autosales.payments.PaymentClearance.Clearance;
import com.autosales.sales.ContractManagement;
import com.autosales.sales.ContractView;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.surveys.SurveyOccasion;
import com.autosales.surveys.SurveyScheduling;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Puts a delivery's page together from its own records and what sales, payments, leads and surveys know of it. */
@Component
class DeliveryViews {

    private final ChecklistItems items;
    private final DeliveryChecks checks;
    private final ContractManagement contracts;
    private final PaymentClearance clearance;
    private final AftercareCalls aftercare;
    private final SurveyScheduling surveys;

    DeliveryViews(ChecklistItems items, DeliveryChecks checks, ContractManagement contracts, PaymentClearance clearance,
            AftercareCalls aftercare, SurveyScheduling surveys) {
        this.items = items;
        this.checks = checks;
        this.contracts = contracts;
        this.clearance = clearance;
        this.aftercare = aftercare;
        this.surveys = surveys;
    }

    DeliveryView of(Delivery d, Locale locale) {
        ContractView contract = contracts.get(d.contractId());
        List<ChecklistGroup> checklists = checklists(d, locale);
        Clearance money = clearanceOf(d.contractId());
        DeliveryGate gate = DeliveryGate.of(contract.vin() != null, checklists, d.signed(), money, d.releasedAt() != null);
        return new DeliveryView(d.id(), d.status(), contract, d.appointmentAt(), d.appointmentPlace(),
                d.appointmentNote(), d.substituteVin(), d.substitutionReason(), d.substitutionState(),
                d.substitutionComment(), d.releaseReason(), d.releasedBy(), d.releasedAt(), d.receiverName(),
                d.signed() && d.signature() != null, d.confirmedAt(), d.deliveredAt(), d.deliveredBy(), checklists, gate,
                money, d.leadId() == null ? List.of() : aftercare.planned(d.leadId()),
                surveys.of(SurveyOccasion.DELIVERY, d.id()).orElse(null), d.version());
    }

    /**
     * The active items of each stage, plus retired ones this delivery ticked while they were on the list. Once the
     * car is out, the sheet shows what was ticked then.
     */
    List<ChecklistGroup> checklists(Delivery d, Locale locale) {
        Map<Long, DeliveryCheck> ticked = checks.findByDeliveryId(d.id()).stream()
                .collect(Collectors.toMap(DeliveryCheck::itemId, Function.identity()));
        List<ChecklistItem> all = items.findAllByOrderByStageAscPositionAscIdAsc();
        List<ChecklistGroup> groups = new ArrayList<>();
        for (ChecklistStage stage : ChecklistStage.values()) {
            List<ChecklistGroup.Line> lines = all.stream()
                    .filter(i -> i.stage() == stage && (i.active() || ticked.containsKey(i.id())))
                    .filter(i -> d.status() == DeliveryStatus.PREPARING || ticked.containsKey(i.id()))
                    .map(i -> line(i, ticked.get(i.id()), locale)).toList();
            groups.add(new ChecklistGroup(stage, lines));
        }
        return groups;
    }

    private static ChecklistGroup.Line line(ChecklistItem item, DeliveryCheck check, Locale locale) {
        return new ChecklistGroup.Line(item.id(), item.labelFor(locale), item.required() && item.active(), check != null,
                check == null ? null : check.checkedByName(), check == null ? null : check.checkedAt(),
                check == null ? null : check.note(), check != null && check.hasPhoto());
    }

    private Clearance clearanceOf(Long contractId) {
        try {
            return clearance.of(contractId);
        } catch (RecordNotFoundException receivablesNotOpenYet) {
            return null;
        }
    }
}
