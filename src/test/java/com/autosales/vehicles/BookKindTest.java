package com.autosales.vehicles;

import static com.autosales.vehicles.StockStatus.DELIVERED;
import static com.autosales.vehicles.StockStatus.DEMO;
import static com.autosales.vehicles.StockStatus.IN_STOCK;
import static com.autosales.vehicles.StockStatus.IN_TRANSIT;
import static com.autosales.vehicles.StockStatus.ORDERED;
import static com.autosales.vehicles.StockStatus.RESERVED;
import static com.autosales.vehicles.StockStatus.RETURNED;
import static com.autosales.vehicles.StockStatus.SOLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Which status change is which document of the stock book, derived from where the car was and where it goes. */
class BookKindTest {

    @Test
    void aCarComingFromTheFactoryIsAFactoryReceipt() {
        assertThat(BookKind.of(null, IN_STOCK)).isEqualTo(BookKind.FACTORY_IN);
        assertThat(BookKind.of(ORDERED, IN_STOCK)).isEqualTo(BookKind.FACTORY_IN);
        assertThat(BookKind.of(IN_TRANSIT, IN_STOCK)).isEqualTo(BookKind.FACTORY_IN);
    }

    @Test
    void aDemoCarBackOrACustomersReturnIsAReturnReceipt() {
        assertThat(BookKind.of(DEMO, IN_STOCK)).isEqualTo(BookKind.RETURN_IN);
        assertThat(BookKind.of(DELIVERED, IN_STOCK)).isEqualTo(BookKind.RETURN_IN);
    }

    @Test
    void handingOverBecomingADemoCarOrGoingBackToTheFactoryAreOutbound() {
        assertThat(BookKind.of(SOLD, DELIVERED)).isEqualTo(BookKind.SALE_OUT);
        assertThat(BookKind.of(IN_STOCK, DEMO)).isEqualTo(BookKind.DEMO_OUT);
        assertThat(BookKind.of(IN_STOCK, RETURNED)).isEqualTo(BookKind.FACTORY_RETURN_OUT);
    }

    @Test
    void changesThatKeepACarOnOrOffTheBookAreNoDocument() {
        assertThat(BookKind.of(IN_STOCK, RESERVED)).isNull();
        assertThat(BookKind.of(RESERVED, IN_STOCK)).isNull();
        assertThat(BookKind.of(RESERVED, SOLD)).isNull();
        assertThat(BookKind.of(ORDERED, IN_TRANSIT)).isNull();
        assertThat(BookKind.of(ORDERED, RETURNED)).isNull();
        assertThat(BookKind.of(IN_TRANSIT, RETURNED)).isNull();
        assertThat(BookKind.of(null, ORDERED)).isNull();
        assertThat(BookKind.of(null, IN_TRANSIT)).isNull();
    }

    @Test
    void everyLegalChangeMovesTheBookByItsKind() {
        for (StockStatus from : StockStatus.values()) {
            for (StockStatus to : StockStatus.values()) {
                if (StockStatusMachine.allows(from, to)) {
                    BookKind kind = BookKind.of(from, to);
                    int delta = kind == null ? 0 : kind.delta();
                    assertThat(delta).as(from + " -> " + to).isEqualTo(onBook(to) - onBook(from));
                }
            }
        }
    }

    @Test
    void theBookHoldsWhatStandsInTheStoreOwnedAndNotHandedOver() {
        assertThat(EnumSet.allOf(StockStatus.class).stream().filter(StockStatus::onBook)).containsExactly(IN_STOCK, RESERVED, SOLD);
        assertThat(BookKind.inbounds()).containsExactly(BookKind.FACTORY_IN, BookKind.TRANSFER_IN, BookKind.RETURN_IN);
        assertThat(BookKind.outbounds()).containsExactly(BookKind.SALE_OUT, BookKind.TRANSFER_OUT, BookKind.DEMO_OUT,
                BookKind.FACTORY_RETURN_OUT);
    }

    private static int onBook(StockStatus status) {
        return status.onBook() ? 1 : 0;
    }
}
