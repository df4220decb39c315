package com.autosales.demo;

import com.autosales.vehicles.StockSetup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The last three months' vehicle sales of 上海浦东4S店 (31 cars received, sold and delivered), so the clerk's factory
 * order for next month comes with believable suggestions and the stock book of those months has sales in it.
 */
@Component
class DemoSalesHistory {

    /** trim key | WMI+VDS | engine prefix | exterior | interior | cars sold in the three months. */
    private static final String[] SALES = {
        "lavida-auto|LSVAN4EW|DLF|极地白|黑色|9", "tiguan-2wd|LSVAJ6BN|DPL|珍珠白|黑色|6",
        "camry-elite|LVGBB4AE|A25|铂金珍珠白|米色|5", "passat-elite|LSVAC6C1|DPL|极地白|米色|3",
        "highlander-elite|LVGCC6DF|A25|冷艳黑|黑色|3", "tiguan-4wd|LSVAJ8BN|DKX|曜石黑|黑色|3",
        "id4-pro|LSVUW3E2|EBK|珍珠白|黑色|2"};
    /** Positions of these VINs' serials, clear of the current stock's. */
    private static final int FIRST_POSITION = 100;

    private final StockSetup stock;
    private final Clock clock;

    DemoSalesHistory(StockSetup stock, Clock clock) {
        this.stock = stock;
        this.clock = clock;
    }

    /** A car of this history: its trim key, delivery day and contract number. */
    record Sold(String trimKey, LocalDate soldOn, String contractNumber) {
    }

    List<Sold> create(Long store, Map<String, Long> trims) {
        List<Sold> history = new ArrayList<>();
        YearMonth thisMonth = YearMonth.now(clock);
        int position = FIRST_POSITION;
        int contract = 1;
        for (String line : SALES) {
            String[] f = line.split("\\|");
            int sold = Integer.parseInt(f[5]);
            for (int n = 0; n < sold; n++, position++, contract++) {
                YearMonth month = thisMonth.minusMonths(3 - n % 3);
                LocalDate soldOn = month.atDay(Math.min(month.lengthOfMonth(), 3 + (position * 7) % 24));
                stock.soldEarlier(store, DemoStock.vin(f[1], position), f[2] + String.format("%06d", 520_000 + position * 13),
                        trims.get(f[0]), f[3], f[4], soldOn.minusDays(18 + n % 9),
                        String.format("HT-%s-%03d", month.toString().replace("-", ""), contract), soldOn, soldOn.plusDays(4));
                history.add(new Sold(f[0], soldOn.plusDays(4),
                        String.format("HT-%s-%03d", month.toString().replace("-", ""), contract)));
            }
        }
        return history;
    }
}
