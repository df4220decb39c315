package com.autosales.vehicles;

import com.autosales.shared.Vin;
import java.time.LocalDate;

/**
 * A month of the own model's stock book in two stores, every kind of document once or more. Pudong opens with three
 * cars (A1–A3; a fourth, D, was sold and delivered last month), store B with one (X). This month: three factory
 * receipts in Pudong (N1, N2, and O, ordered → in transit → in stock), one car only in transit (T), A1 sold and
 * delivered, A2 made a demo car and back, A3 returned to the factory, D brought back by its customer, N1 transferred
 * to B, X transferred from B to Pudong, N2 reserved (no document).
 */
final class StockBookMonth {

    static final long COST = 150_000;

    final LocalDate monthStart;
    final Vin a1;
    final Vin a2;
    final Vin a3;
    final Vin d;
    final Vin n1;
    final Vin n2;
    final Vin o;
    final Vin t;
    final Vin x;

    StockBookMonth(StockBookFixtures f, StockSetup setup, StockBookFixtures.OwnModel model, Long pudong, Long storeB,
            LocalDate today) {
        monthStart = today.withDayOfMonth(1);
        LocalDate lastMonth = monthStart.minusDays(12);
        a1 = f.receive(pudong, model, lastMonth, COST);
        a2 = f.receive(pudong, model, lastMonth, COST + 1_000);
        a3 = f.receive(pudong, model, lastMonth, COST + 2_000);
        d = f.receive(pudong, model, monthStart.minusDays(20), COST + 3_000);
        f.sellAndDeliver(d, monthStart.minusDays(8));
        x = f.receive(storeB, model, lastMonth, COST + 4_000);

        n1 = f.receive(pudong, model, today, COST + 5_000);
        n2 = f.receive(pudong, model, today, COST + 6_000);
        o = f.receive(pudong, model, null, COST + 7_000, StockStatus.ORDERED);
        setup.move(o, StockStatus.IN_TRANSIT, "YD-" + f.tag, null);
        setup.move(o, StockStatus.IN_STOCK, "RK-O-" + f.tag, null);
        t = f.receive(pudong, model, null, COST + 8_000, StockStatus.IN_TRANSIT);
        f.sellAndDeliver(a1, today);
        setup.move(a2, StockStatus.DEMO, "SJ-" + f.tag, "展厅试驾车");
        setup.move(a2, StockStatus.IN_STOCK, "SJ-BACK-" + f.tag, null);
        setup.move(a3, StockStatus.RETURNED, "TC-" + f.tag, "质量问题退厂");
        setup.move(d, StockStatus.IN_STOCK, "TH-" + f.tag, "客户退车");
        setup.transfer(n1, storeB, "DB-OUT-" + f.tag, "闵行客户要车", today);
        setup.transfer(x, pudong, "DB-IN-" + f.tag, null, today);
        setup.reserve(n2, "HT-N2-" + f.tag);
    }

    /** Pudong's expected figures: opening, then each kind, closing. */
    static final long PUDONG_OPENING = 3;
    static final long PUDONG_FACTORY_IN = 3;
    static final long PUDONG_TRANSFER_IN = 1;
    static final long PUDONG_RETURN_IN = 2;
    static final long PUDONG_SALE_OUT = 1;
    static final long PUDONG_TRANSFER_OUT = 1;
    static final long PUDONG_DEMO_OUT = 1;
    static final long PUDONG_FACTORY_RETURN_OUT = 1;
    static final long PUDONG_CLOSING = 5;
}
