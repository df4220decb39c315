package com.autosales.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.payments.PaymentClearance.Clearance;
import com.autosales.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryGateTest {

    private static final Clearance PAID = new Clearance(Money.of(200_000), Money.of(200_000), Money.ZERO,
            Money.of(200_000), Money.of(200_000), Money.ZERO, Money.ZERO);
    private static final Clearance UNPAID = new Clearance(Money.of(200_000), Money.of(5_000), Money.of(195_000),
            Money.of(200_000), Money.of(5_000), Money.ZERO, Money.ZERO);

    private static ChecklistGroup.Line line(long id, boolean required, boolean checked) {
        return new ChecklistGroup.Line(id, "item " + id, required, checked, checked ? "张顾问" : null,
                checked ? Instant.parse("2026-05-01T02:00:00Z") : null, null, false);
    }

    private static List<ChecklistGroup> checklists(boolean pdiDone, boolean ceremonyDone, boolean handoverDone) {
        return List.of(new ChecklistGroup(ChecklistStage.PDI, List.of(line(1, true, pdiDone), line(2, false, false))),
                new ChecklistGroup(ChecklistStage.CEREMONY, List.of(line(3, true, ceremonyDone))),
                new ChecklistGroup(ChecklistStage.HANDOVER, List.of(line(4, true, handoverDone))));
    }

    @Test
    void aFreshSheetListsEverythingMissingInTheOrderStaffDealWithIt() {
        DeliveryGate gate = DeliveryGate.of(false, checklists(false, true, false), false, null, false);

        assertThat(gate.blockers()).containsExactly("delivery.gate.no-vehicle", "delivery.gate.checklist.PDI",
                "delivery.gate.checklist.HANDOVER", "delivery.gate.not-signed", "delivery.gate.unpaid");
        assertThat(gate.open()).isFalse();
        assertThat(gate.paymentCleared()).isFalse();
    }

    @Test
    void anOptionalItemLeftUntickedDoesNotHoldTheCarBack() {
        DeliveryGate gate = DeliveryGate.of(true, checklists(true, true, true), true, PAID, false);

        assertThat(gate.blockers()).isEmpty();
        assertThat(gate.open()).isTrue();
        assertThat(gate.paymentCleared()).isTrue();
    }

    @Test
    void moneyStillOwedBlocksUntilTheManagerReleasesTheCar() {
        assertThat(DeliveryGate.of(true, checklists(true, true, true), true, UNPAID, false).blockers())
                .containsExactly("delivery.gate.unpaid");

        DeliveryGate released = DeliveryGate.of(true, checklists(true, true, true), true, UNPAID, true);
        assertThat(released.open()).isTrue();
        assertThat(released.paymentCleared()).isFalse();
        assertThat(released.released()).isTrue();
    }

    @Test
    void theReleaseDoesNotReplaceTheSignatureOrTheChecks() {
        DeliveryGate gate = DeliveryGate.of(true, checklists(true, false, true), false, UNPAID, true);

        assertThat(gate.blockers()).containsExactly("delivery.gate.checklist.CEREMONY", "delivery.gate.not-signed");
    }
}
