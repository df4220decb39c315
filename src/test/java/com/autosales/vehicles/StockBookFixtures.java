package com.autosales.vehicles;

import com.autosales.access.AccessSetup;
import com.autosales.org.OrgSetup;
import com.autosales.org.StoreType;
import com.autosales.shared.Vin;
import com.autosales.support.Logins;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Named fixtures for the stock-book tests: a catalogue model of its own (so a model's book holds exactly what a test
 * recorded, whatever else the demo and other tests put in the store), a second store of the group with its own clerk,
 * and vehicles received, moved and transferred on given days through {@link StockSetup}.
 */
public final class StockBookFixtures {

    public static final String EXTERIOR = "极地白";
    public static final String INTERIOR = "黑色";

    public final String tag = String.valueOf(System.nanoTime() % 100_000_000);
    private final StockSetup setup;
    private final JdbcTemplate jdbc;

    public StockBookFixtures(StockSetup setup, JdbcTemplate jdbc) {
        this.setup = setup;
        this.jdbc = jdbc;
    }

    /** A model of its own with one trim; its id and the trim's. */
    public record OwnModel(Long modelId, Long trimId) {
    }

    public OwnModel ownModel(CatalogueSetup catalogue, LocalDate since) {
        Long brand = catalogue.brand("台账测试" + tag, "Book test " + tag);
        Long series = catalogue.series(brand, "台账车系" + tag, "Book series " + tag);
        Long model = catalogue.model(series, modelName(), 2026);
        Long trim = catalogue.trim(model, "台账版", EXTERIOR + "、曜石黑", INTERIOR, List.of("倒车影像"), 200_000, 180_000, since);
        return new OwnModel(model, trim);
    }

    /** The own model's name, as the pages show it. */
    public String modelName() {
        return "2026款 台账" + tag;
    }

    /** A dealership of the group and its clerk's login ({@code bookclerk<tag>}). */
    public Long secondStore(OrgSetup org, AccessSetup access) {
        Long group = jdbc.queryForObject("select parent_id from org_unit where code = 'SH-PD-4S'", Long.class);
        Long store = org.createStore(group, StoreType.DEALERSHIP, "BOOK-" + tag, "台账测试店" + tag, "Book test store " + tag);
        access.createUser(new AccessSetup.NewUser(secondClerk(), Logins.DEMO_PASSWORD, "调拨测试" + tag, null, null, store,
                List.of("clerk")));
        return store;
    }

    public String secondClerk() {
        return "bookclerk" + tag;
    }

    /** A vehicle of the own model received into a store in stock on a day, at a purchase cost. */
    public Vin receive(Long storeId, OwnModel model, LocalDate arrived, long cost) {
        return receive(storeId, model, arrived, cost, StockStatus.IN_STOCK);
    }

    public Vin receive(Long storeId, OwnModel model, LocalDate arrived, long cost, StockStatus status) {
        Vin vin = StockFixtures.freshVin();
        setup.receive(storeId, vin, StockFixtures.engineNo(), model.trimId(), EXTERIOR, INTERIOR, BigDecimal.valueOf(cost),
                null, arrived, status, "RK-" + tag);
        return vin;
    }

    /** Reserved, sold and handed over on a day. */
    public void sellAndDeliver(Vin vin, LocalDate on) {
        setup.reserve(vin, "HT-" + tag, on);
        setup.move(vin, StockStatus.SOLD, "HT-" + tag, null, on);
        setup.move(vin, StockStatus.DELIVERED, "JC-" + tag, null, on);
    }

    public Long idOf(Vin vin) {
        return jdbc.queryForObject("select id from stock_vehicle where vin = ?", Long.class, vin.value());
    }

    /** The own model's vehicles on a store's book now, counted directly. */
    public long onBook(Long storeId, OwnModel model) {
        return jdbc.queryForObject("select count(*) from stock_vehicle where store_id = ? and trim_id = ?"
                + " and status in ('IN_STOCK', 'RESERVED', 'SOLD')", Long.class, storeId, model.trimId());
    }
}
