package com.autosales.vehicles;

import static com.autosales.vehicles.StockStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole table of legal status changes, and nothing else. */
class StockStatusMachineTest {

    private static final Map<StockStatus, Set<StockStatus>> EXPECTED = Map.of(
            ORDERED, EnumSet.of(IN_TRANSIT, IN_STOCK, RETURNED),
            IN_TRANSIT, EnumSet.of(IN_STOCK, RETURNED),
            IN_STOCK, EnumSet.of(RESERVED, DEMO, RETURNED),
            RESERVED, EnumSet.of(IN_STOCK, SOLD),
            SOLD, EnumSet.of(DELIVERED),
            DEMO, EnumSet.of(IN_STOCK),
            DELIVERED, EnumSet.of(IN_STOCK),
            RETURNED, EnumSet.noneOf(StockStatus.class));

    @Test
    void allowsExactlyTheChangesOfTheTable() {
        for (StockStatus from : StockStatus.values()) {
            for (StockStatus to : StockStatus.values()) {
                assertThat(StockStatusMachine.allows(from, to)).as(from + " -> " + to)
                        .isEqualTo(EXPECTED.get(from).contains(to));
            }
        }
    }

    @Test
    void reservingAndReleasingAreNotPlainTransitions() {
        assertThat(StockStatusMachine.plainTargets(IN_STOCK)).containsExactly(DEMO, RETURNED);
        assertThat(StockStatusMachine.plainTargets(RESERVED)).containsExactly(SOLD);
        assertThat(StockStatusMachine.isReservation(IN_STOCK, RESERVED)).isTrue();
        assertThat(StockStatusMachine.isReservation(RESERVED, IN_STOCK)).isTrue();
        assertThat(StockStatusMachine.isReservation(DEMO, IN_STOCK)).isFalse();
    }

    @Test
    void aDeliveredCarComesBackOnlyIntoStockAsTheCustomersReturn() {
        assertThat(StockStatusMachine.plainTargets(DELIVERED)).containsExactly(IN_STOCK);
        assertThatThrownBy(() -> StockStatusMachine.check(DELIVERED, SOLD)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("vehicles.transition-not-allowed"));
    }

    @Test
    void aCarReturnedToTheFactoryIsFinal() {
        assertThat(StockStatusMachine.plainTargets(RETURNED)).isEmpty();
        assertThatThrownBy(() -> StockStatusMachine.check(RETURNED, IN_STOCK)).isInstanceOf(DomainException.class);
    }

    @Test
    void onlyStandingVehiclesAge() {
        assertThat(EnumSet.allOf(StockStatus.class).stream().filter(StockStatus::ages)).containsExactly(IN_STOCK, RESERVED, DEMO);
    }
}
