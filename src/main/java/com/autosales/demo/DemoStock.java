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
 * bucket has cars, one of them reserved for a contract and one a demo car, 3 in transit and 2 ordered.
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

    private final StockSetup stock;
    private final Clock clock;

    DemoStock(StockSetup stock, Clock clock) {
        this.stock = stock;
        this.clock = clock;
    }

    void create(Long store, Map<String, Long> trims) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < VEHICLES.length; i++) {
            String[] f = VEHICLES[i].split("\\|", -1);
            boolean arrived = f[6].chars().allMatch(Character::isDigit);
            StockStatus status = arrived ? StockStatus.IN_STOCK : StockStatus.valueOf(f[6]);
            LocalDate arrival = arrived ? today.minusDays(Long.parseLong(f[6])) : null;
            String document = (arrived ? "RK" : "CG") + today.getYear() + String.format("%04d", i + 1);
            stock.receive(store, vin(f[1], i), f[2] + String.format("%06d", 318_400 + i * 37), trims.get(f[0]), f[3], f[4],
                    null, f[5].isEmpty() ? null : f[5], arrival, status, document);
        }
        stock.reserve(vin(VEHICLES[0].split("\\|")[1], 0), "HT-2025-0088");
        stock.move(vin(VEHICLES[8].split("\\|")[1], 8), StockStatus.DEMO, "SJ-2025-003", "展厅试驾车");
    }

    /** A VIN of the manufacturer and model code, model year 2025 (S), plant N, serial by position, its check digit computed. */
    static Vin vin(String wmiAndVds, int position) {
        String draft = wmiAndVds + "0SN" + String.format("%06d", 183_200 + position * 17);
        return Vin.of(draft.substring(0, 8) + Vin.checkDigitOf(draft) + draft.substring(9));
    }
}
