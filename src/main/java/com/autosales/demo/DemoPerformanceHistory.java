package com.autosales.demo;

import com.autosales.funnel.FunnelRecorder;
import com.autosales.funnel.FunnelSource;
import com.autosales.funnel.FunnelStage;
import com.autosales.performance.SalesHistoryImport;
import com.autosales.performance.SalesHistoryImport.HistoricSale;
import com.autosales.vehicles.TrimPrice;
import com.autosales.vehicles.VehicleCatalogue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo store's sales of the thirteen months before this one, as taken over from the previous dealer system, so the
 * reports have a trend, a previous month and the same month last year: the last three months are exactly the cars
 * of {@link DemoSalesHistory}; the ten before follow the Chinese market's seasons (Spring Festival dip, 金九银十).
 * The funnel gets the way to each sale too (three visits, two leads, a test drive, a quote, the order, the delivery).
 * Off in tests ({@code autosales.demo.history=false}), whose figures are pinned.
 */
@Component
@ConditionalOnProperty(name = "autosales.demo.history", havingValue = "true", matchIfMissing = true)
class DemoPerformanceHistory {

    private static final double[] SEASON = {1.2, 0.6, 0.9, 0.9, 1.0, 1.1, 0.8, 0.9, 1.1, 1.2, 1.1, 1.3};
    private static final List<String> TRIMS = List.of("lavida-auto", "lavida-auto", "lavida-star", "tiguan-2wd",
            "tiguan-4wd", "passat-elite", "camry-elite", "camry-hybrid", "highlander-elite", "id4-pro");
    private static final FunnelSource[] SOURCES = {FunnelSource.WALK_IN, FunnelSource.WALK_IN, FunnelSource.WALK_IN,
        FunnelSource.WALK_IN, FunnelSource.ONLINE, FunnelSource.ONLINE, FunnelSource.ONLINE, FunnelSource.PHONE,
        FunnelSource.PHONE, FunnelSource.REFERRAL, FunnelSource.REFERRAL, FunnelSource.EVENT};

    private final SalesHistoryImport history;
    private final FunnelRecorder funnel;
    private final VehicleCatalogue catalogue;
    private final Clock clock;

    DemoPerformanceHistory(SalesHistoryImport history, FunnelRecorder funnel, VehicleCatalogue catalogue, Clock clock) {
        this.history = history;
        this.funnel = funnel;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    void create(Long store, Map<String, Long> trims, List<DemoSalesHistory.Sold> recent, List<Long> customers1,
            List<Long> customers2, Long consultant1, Long consultant2) {
        Random random = new Random(20261207L);
        List<DemoSalesHistory.Sold> sales = new ArrayList<>(recent);
        YearMonth thisMonth = YearMonth.now(clock);
        for (int back = 4; back <= 13; back++) {
            YearMonth month = thisMonth.minusMonths(back);
            int units = (int) Math.round(10 * SEASON[month.getMonthValue() - 1]);
            for (int n = 1; n <= units; n++) {
                LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                sales.add(new DemoSalesHistory.Sold(TRIMS.get(random.nextInt(TRIMS.size())), day,
                        String.format("HT-%s-%03d", month.toString().replace("-", ""), 200 + n)));
            }
        }
        int i = 0;
        for (DemoSalesHistory.Sold sold : sales) {
            boolean first = i++ % 5 < 3; // consultant1 sells three cars in five
            Long consultant = first ? consultant1 : consultant2;
            List<Long> customers = first ? customers1 : customers2;
            // a fleet buyer (the last cards of consultant2) takes every third of consultant2's cars
            Long customer = !first && i % 3 == 0 ? customers.get(customers.size() - 2)
                    : customers.get(random.nextInt(customers.size()));
            record(store, trims.get(sold.trimKey()), sold, consultant, customer, random);
        }
    }

    private void record(Long store, Long trimId, DemoSalesHistory.Sold sold, Long consultant, Long customer,
            Random random) {
        TrimPrice price = catalogue.priceOn(trimId, LocalDate.now(clock)).orElseThrow();
        BigDecimal list = price.price().amount();
        BigDecimal discount = list.multiply(BigDecimal.valueOf(2 + random.nextInt(5))).movePointLeft(2)
                .setScale(-2, java.math.RoundingMode.HALF_UP).setScale(2);
        BigDecimal extras = BigDecimal.valueOf(1500 + 500L * random.nextInt(6)).setScale(2);
        BigDecimal margin = list.subtract(price.cost().amount()).subtract(discount).add(extras);
        LocalDate ordered = sold.soldOn().minusDays(10 + random.nextInt(15));
        String label = catalogue.trim(trimId, Locale.SIMPLIFIED_CHINESE).label();
        Long id = history.record(new HistoricSale(sold.contractNumber(), store, consultant, customer, ordered,
                sold.soldOn(), trimId, label, random.nextInt(3) == 0, list, discount, margin));
        FunnelSource source = SOURCES[random.nextInt(SOURCES.length)];
        ZoneId zone = clock.getZone();
        // the way there: three visits and two leads for every sale, one test drive
        for (int k = 0; k < 3; k++) {
            funnel.record(FunnelStage.VISIT, "history", id * 10 - k, store, consultant, k == 0 ? customer : null, null,
                    source, ordered.minusDays(25 + 3L * k).atTime(10, 0).atZone(zone).toInstant());
        }
        for (int k = 0; k < 2; k++) {
            funnel.record(FunnelStage.LEAD, "history", id * 10 - k, store, consultant, k == 0 ? customer : null, null,
                    source, ordered.minusDays(20 + 3L * k).atTime(10, 30).atZone(zone).toInstant());
        }
        funnel.record(FunnelStage.TEST_DRIVE, "history", id, store, consultant, customer, null, source,
                ordered.minusDays(15).atTime(14, 0).atZone(zone).toInstant());
        funnel.record(FunnelStage.QUOTE, "history", id, store, consultant, customer, null, source,
                ordered.minusDays(7).atTime(16, 0).atZone(zone).toInstant());
        funnel.record(FunnelStage.ORDER, "history", id, store, consultant, customer, null, source,
                ordered.atTime(11, 0).atZone(zone).toInstant());
        funnel.record(FunnelStage.DELIVERY, "history", id, store, consultant, customer, null, source,
                sold.soldOn().atTime(15, 0).atZone(zone).toInstant());
    }
}
