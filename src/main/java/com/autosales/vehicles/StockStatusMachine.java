package com.autosales.vehicles;

import static com.autosales.vehicles.StockStatus.DELIVERED;
import static com.autosales.vehicles.StockStatus.DEMO;
import static com.autosales.vehicles.StockStatus.IN_STOCK;
import static com.autosales.vehicles.StockStatus.IN_TRANSIT;
import static com.autosales.vehicles.StockStatus.ORDERED;
import static com.autosales.vehicles.StockStatus.RESERVED;
import static com.autosales.vehicles.StockStatus.RETURNED;
import static com.autosales.vehicles.StockStatus.SOLD;

import com.autosales.shared.DomainException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 状态流转 — the legal status changes of a stock vehicle. Reserving (in stock → reserved) and releasing (reserved → in
 * stock) belong to a contract and go only through {@link StockManagement#reserve} / {@link StockManagement#release};
 * every other legal change is a plain transition. A delivered car comes back into stock only when the customer returns
 * it (退车); returned (to the factory) is final.
 */
final class StockStatusMachine {

    private static final Map<StockStatus, Set<StockStatus>> LEGAL = new EnumMap<>(StockStatus.class);

    static {
        LEGAL.put(ORDERED, EnumSet.of(IN_TRANSIT, IN_STOCK, RETURNED));
        LEGAL.put(IN_TRANSIT, EnumSet.of(IN_STOCK, RETURNED));
        LEGAL.put(IN_STOCK, EnumSet.of(RESERVED, DEMO, RETURNED));
        LEGAL.put(RESERVED, EnumSet.of(IN_STOCK, SOLD));
        LEGAL.put(SOLD, EnumSet.of(DELIVERED));
        LEGAL.put(DEMO, EnumSet.of(IN_STOCK));
        LEGAL.put(DELIVERED, EnumSet.of(IN_STOCK));
        LEGAL.put(RETURNED, EnumSet.noneOf(StockStatus.class));
    }

    private StockStatusMachine() {
    }

    static boolean allows(StockStatus from, StockStatus to) {
        return LEGAL.get(from).contains(to);
    }

    /** Whether the change is a reservation or its release, which need a contract reference. */
    static boolean isReservation(StockStatus from, StockStatus to) {
        return (from == IN_STOCK && to == RESERVED) || (from == RESERVED && to == IN_STOCK);
    }

    /** The plain transitions open from a status (without reserving and releasing), in lifecycle order. */
    static Set<StockStatus> plainTargets(StockStatus from) {
        Set<StockStatus> targets = EnumSet.noneOf(StockStatus.class);
        LEGAL.get(from).stream().filter(to -> !isReservation(from, to)).forEach(targets::add);
        return targets;
    }

    /** Refuses an illegal change with both statuses in the reader's language. */
    static void check(StockStatus from, StockStatus to) {
        if (!allows(from, to)) {
            throw new DomainException("vehicles.transition-not-allowed", label(from), label(to));
        }
    }

    static DefaultMessageSourceResolvable label(StockStatus status) {
        return new DefaultMessageSourceResolvable(new String[] {status.messageKey()}, status.name());
    }
}
