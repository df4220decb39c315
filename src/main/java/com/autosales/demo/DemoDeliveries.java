package com.autosales.demo;

import com.autosales.delivery.ChecklistGroup;
import com.autosales.delivery.DeliveryManagement;
import com.autosales.delivery.DeliveryView;
import com.autosales.payments.PaymentChannel;
import com.autosales.payments.PaymentKind;
import com.autosales.payments.PaymentManagement;
import com.autosales.payments.PaymentRequest;
import com.autosales.payments.ReceivableManagement;
import com.autosales.sales.ContractManagement;
import com.autosales.sales.ContractStatus;
import com.autosales.sales.ContractView;
import com.autosales.shared.RecordNotFoundException;
import com.autosales.vehicles.StockVehicleView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 王芳's signed contract on its way to delivery: the finance specialist booked the deposit, 张伟 allocated a car of her
 * colours (or, when the store has none, asked the sales manager to approve one of another colour), made the appointment
 * and ticked the first PDI items — the sheet shows what is still missing.
 * Skipped unless the contract is still waiting for its deposit.
 */
@Component
@Order(32)
@ConditionalOnProperty(name = "autosales.demo.enabled", havingValue = "true")
class DemoDeliveries implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliveries.class);
    private static final int PDI_ITEMS_DONE = 5;

    private final ContractManagement contracts;
    private final ReceivableManagement receivables;
    private final PaymentManagement payments;
    private final DeliveryManagement deliveries;
    private final UserDetailsService users;
    private final Clock clock;

    DemoDeliveries(ContractManagement contracts, ReceivableManagement receivables, PaymentManagement payments,
            DeliveryManagement deliveries, UserDetailsService users, Clock clock) {
        this.contracts = contracts;
        this.receivables = receivables;
        this.payments = payments;
        this.deliveries = deliveries;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ContractView[] found = new ContractView[1];
        DemoSignIn.as(users, "consultant1", () -> contracts.list(ContractStatus.SIGNED, null, "王芳", 0).stream()
                .findFirst().ifPresent(c -> found[0] = c));
        ContractView contract = found[0];
        if (contract == null || !receivablesOpened(contract.id())) {
            return;
        }
        DemoSignIn.as(users, "finance", () -> payments.record("demo-deposit-" + contract.id(), new PaymentRequest(
                contract.id(), PaymentKind.DEPOSIT, PaymentChannel.BANK_TRANSFER, contract.depositAmount().amount(),
                LocalDate.now(clock), contract.buyerName(), "6222021001122334455", null)));
        DemoSignIn.as(users, "consultant1", () -> prepare(contract));
        log.info("Demo delivery of contract {} in preparation", contract.number());
    }

    private void prepare(ContractView contract) {
        Long id = deliveries.idForContract(contract.id());
        List<StockVehicleView> cars = deliveries.candidates(id);
        Optional<StockVehicleView> matching = cars.stream()
                .filter(v -> v.exteriorColour().equals(contract.exteriorColour())
                        && v.interiorColour().equals(contract.interiorColour()))
                .findFirst();
        if (matching.isPresent()) {
            deliveries.allocate(id, matching.get().vin().value());
        } else if (!cars.isEmpty()) {
            deliveries.requestSubstitution(id, cars.get(0).vin().value(),
                    "客户同意改为" + cars.get(0).exteriorColour() + "，可提前两周提车");
        }
        DeliveryView view = deliveries.get(id, Locale.SIMPLIFIED_CHINESE);
        deliveries.schedule(id, view.version(), contract.deliveryDate().atTime(LocalTime.of(10, 0))
                .atZone(clock.getZone()).toInstant(), "新车交付区", "客户携带身份证原件");
        ChecklistGroup pdi = view.checklists().get(0);
        pdi.lines().stream().limit(PDI_ITEMS_DONE).forEach(l -> deliveries.tick(id, l.itemId(), null, null));
    }

    /** The contract's receivables open when its signing has been handled, a moment after the commit. */
    private boolean receivablesOpened(Long contractId) {
        for (int attempt = 0; attempt < 30; attempt++) {
            boolean[] open = new boolean[1];
            DemoSignIn.as(users, "finance", () -> {
                try {
                    open[0] = receivables.of(contractId).expected().amount().compareTo(BigDecimal.ZERO) > 0;
                } catch (RecordNotFoundException notYet) {
                    open[0] = false;
                }
            });
            if (open[0]) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        log.warn("Demo delivery skipped: the receivables of contract {} did not open", contractId);
        return false;
    }
}
