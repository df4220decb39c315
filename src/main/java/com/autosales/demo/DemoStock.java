package com.autosales.demo;

import com.autosales.shared.Vin;
import com.autosales.vehicles.StockSetup;
import com.autosales.vehicles.StockStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 25 stock vehicles of 上海浦东4S店 with valid VINs (check digit computed): 20 arrived 3–150 days ago so every ageing
 * bucket has cars, one of them reserved for a contract and one made a demo car this month, 3 in transit and 2 ordered.
 * For this month's stock book (库存台账) five more arrived 25–70 days ago: three sold and handed over this month, one
 * sold and waiting for its handover, one transferred to 上海闵行4S店. Every change is recorded on its day.
 */
@Component
class DemoStock {

    /** trim key | WMI+VDS (8 characters) | engine prefix | exterior | interior | location | days since arrival (or IN_TRANSIT / ORDERED). */
    private static final String[] VEHICLES = {
        "tiguan-2wd|LSVAJ6BN|DPL|珍珠白|黑色|主展厅|3", "tiguan-2wd|LSVAJ6BN|DPL|星空蓝|棕色|二号库|8",
        "tiguan-4wd|LSVAJ8BN|DKX|曜石黑|黑色|主展厅|15", "passat-elite|LSVAC6C1|DPL|极地白|米色|二号库|22",
        "passat-luxury|LSVAC8C1|DKX|星空蓝|黑色|主展厅|28", "lavida-auto|LSVAN4EW|DLF|极地白|黑色|二号库|35",
        "lavida-auto|LSVAN4EW|DLF|天青蓝|灰色|二号库|41", "lavida-star|LSVAN6EW|DLF|火山红|黑色|主展厅|47",
        "id4-pure|LSVUW1E2|EBJ|极光绿|浅灰|主展厅|55", "id4-pro|LSVUW3E2|EBK|珍珠白|黑色|二号库|59",
        "camry-elite|LVGBB4AE|A25|铂金珍珠白|米色|主展厅|64", "camry-hybrid|LVGBB6AE|A25|冷艳黑|黑色|二号库|70",
        "highlander-elite|LVGCC6DF|A25|暗夜灰|黑色|二号库|78", "tiguan-2wd|LSVAJ6BN|DPL|钛金灰|黑色|二号库|85",
        "lavida-star|LSVAN6EW|DLF|钛金灰|灰色|二号库|89", "passat-elite|LSVAC6C1|DPL|月光金|米色|二号库|96",
        "camry-elite|LVGBB4AE|A25|极地蓝|黑色|二号库|105", "highlander-luxury|LVGCC8DF|A25|琥珀棕|棕色|主展厅|118",
        "lavida-auto|LSVAN4EW|DLF|曜石黑|黑色|二号库|132", "id4-pro|LSVUW3E2|EBK|星空蓝|浅灰|二号库|150",
        "tiguan-4wd|LSVAJ8BN|DKX|珍珠白|棕色|在途|IN_TRANSIT", "passat-luxury|LSVAC8C1|DKX|曜石黑|米色|在途|IN_TRANSIT",
        "camry-hybrid|LVGBB6AE|A25|铂金珍珠白|米色|在途|IN_TRANSIT", "id4-pure|LSVUW1E2|EBJ|珍珠白|黑色||ORDERED",
        "highlander-elite|LVGCC6DF|A25|冷艳黑|黑色||ORDERED"};

    /** The same fields (days since arrival last), for the cars that leave the stock this month. */
    private static final String[] SOLD_THIS_MONTH = {
        "tiguan-2wd|LSVAJ6BN|DPL|极地白|黑色|二号库|26", "passat-elite|LSVAC6C1|DPL|曜石黑|黑色|二号库|38",
        "lavida-auto|LSVAN4EW|DLF|极地白|灰色|主展厅|45", "camry-elite|LVGBB4AE|A25|冷艳黑|黑色|二号库|70"};
    private static final String TRANSFERRED = "id4-pro|LSVUW3E2|EBK|极光绿|黑色|二号库|33";

    private final StockSetup stock;
    private final Clock clock;

    DemoStock(StockSetup stock, Clock clock) {
        this.stock = stock;
        this.clock = clock;
    }

    void create(Long store, Long sisterStore, Map<String, Long> trims) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < VEHICLES.length; i++) {
            receive(store, trims, VEHICLES[i], i, today);
        }
        stock.reserve(vin(VEHICLES[0].split("\\|")[1], 0), "HT-2025-0088");
        stock.move(vin(VEHICLES[8].split("\\|")[1], 8), StockStatus.DEMO, "SJ-2025-003", "展厅试驾车", thisMonth(today, 2, 3));
        for (int i = 0; i < SOLD_THIS_MONTH.length; i++) {
            Vin vin = receive(store, trims, SOLD_THIS_MONTH[i], VEHICLES.length + i, today);
            LocalDate sold = thisMonth(today, i, SOLD_THIS_MONTH.length);
            String contract = "HT-" + today.getYear() + "-" + String.format("%04d", 101 + i);
            stock.reserve(vin, contract, sold);
            stock.move(vin, StockStatus.SOLD, contract, null, sold);
            if (i < SOLD_THIS_MONTH.length - 1) {
                stock.move(vin, StockStatus.DELIVERED, "JC" + today.getYear() + String.format("%04d", 101 + i), "客户提车", sold);
            }
        }
        int position = VEHICLES.length + SOLD_THIS_MONTH.length;
        Vin transferred = receive(store, trims, TRANSFERRED, position, today);
        stock.transfer(transferred, sisterStore, "DB" + today.getYear() + "0001", "闵行店客户订购极光绿", thisMonth(today, 1, 2));
    }

    private Vin receive(Long store, Map<String, Long> trims, String line, int position, LocalDate today) {
        String[] f = line.split("\\|", -1);
        boolean arrived = f[6].chars().allMatch(Character::isDigit);
        StockStatus status = arrived ? StockStatus.IN_STOCK : StockStatus.valueOf(f[6]);
        LocalDate arrival = arrived ? today.minusDays(Long.parseLong(f[6])) : null;
        String document = (arrived ? "RK" : "CG") + today.getYear() + String.format("%04d", position + 1);
        Vin vin = vin(f[1], position);
        stock.receive(store, vin, f[2] + String.format("%06d", 318_400 + position * 37), trims.get(f[0]), f[3], f[4],
                null, f[5].isEmpty() ? null : f[5], arrival, status, document);
        return vin;
    }

    /** The {@code part}-th of {@code parts} days of this month so far (the 1st on the 1st). */
    private static LocalDate thisMonth(LocalDate today, int part, int parts) {
        return today.withDayOfMonth(1).plusDays((long) (today.getDayOfMonth() - 1) * part / parts);
    }

    /** A VIN of the manufacturer and model code, model year 2025 (S), plant N, serial by position, its check digit computed. */
    static Vin vin(String wmiAndVds, int position) {
        String draft = wmiAndVds + "0SN" + String.format("%06d", 183_200 + position * 17);
        return Vin.of(draft.substring(0, 8) + Vin.checkDigitOf(draft) + draft.substring(9));
    }
}
