package com.autosales.vehicles;

import com.autosales.shared.Vin;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A trim of its own for each factory-order test (so other tests' sales and stock do not change its figures), its sales
 * history and stock in the clerk's store, and a clean month to draft.
 */
final class FactoryOrderFixtures {

    private final JdbcTemplate jdbc;
    private final CatalogueSetup catalogue;
    private final StockSetup stock;
    private final Clock clock;
    private final StockFixtures fixtures;

    FactoryOrderFixtures(JdbcTemplate jdbc, CatalogueSetup catalogue, StockSetup stock, Clock clock) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.stock = stock;
        this.clock = clock;
        this.fixtures = new StockFixtures(jdbc);
    }

    Long store() {
        return fixtures.pudongStore();
    }

    /** A new trim in white or red, black inside, costing 100,000.00 since a year ago. */
    Long newTrim() {
        String tag = "订单测试" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Long brand = catalogue.brand(tag, "Order test " + tag);
        Long series = catalogue.series(brand, "测试系列", "Test series");
        Long model = catalogue.model(series, "测试车型", 2026);
        return catalogue.trim(model, "标准版", "白色、红色", "黑色", java.util.List.of(), 120_000, 100_000,
                LocalDate.now(clock).minusDays(400));
    }

    /** {@code count} cars of the trim sold and delivered in the sales window of an order drafted today. */
    void soldInWindow(Long trim, String exterior, int count) {
        SalesWindow window = SalesWindow.before(LocalDate.now(clock));
        for (int i = 0; i < count; i++) {
            LocalDate day = window.from().plusDays(5 + i * 7L);
            stock.soldEarlier(store(), StockFixtures.freshVin(), StockFixtures.engineNo(), trim, exterior, "黑色",
                    day.minusDays(20), "HT-TEST-" + i, day, day.plusDays(3));
        }
    }

    Long received(Long trim, String exterior, StockStatus status) {
        return stock.receive(store(), StockFixtures.freshVin(), StockFixtures.engineNo(), trim, exterior, "黑色", null,
                null, LocalDate.now(clock).minusDays(3), status, "RK-FO-TEST");
    }

    String statusOf(Long vehicleId) {
        return fixtures.statusOf(vehicleId);
    }

    Vin vin() {
        return StockFixtures.freshVin();
    }

    /** Removes the clerk's store's order for the month, if an earlier test left one. */
    YearMonth clean(YearMonth month) {
        return FactoryOrderCleanup.clean(jdbc, store(), month);
    }

    YearMonth monthsAhead(int months) {
        return YearMonth.now(clock).plusMonths(months);
    }
}
