package com.autosales.vehicles;

import com.autosales.access.RecordScope;
import com.autosales.shared.Money;
import com.autosales.shared.Vin;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stock book from the movements with a {@link BookKind}: a movement belongs to the book of the store it
 * happened in, so every query is limited to the reader's stores by the movement's store.
 */
@Component
@Transactional(readOnly = true)
class StockBookQueries {

    private static final String BOOK_MOVEMENTS = " from stock_movement m join stock_vehicle v on v.id = m.vehicle_id"
            + " join vehicle_trim t on t.id = v.trim_id where m.book_kind is not null";

    /** How many documents of a kind a model had, and the purchase cost of their vehicles. */
    record KindSum(Long modelId, BookKind kind, BookFigure figure) {
    }

    /** One inbound or outbound document. */
    record Document(Long movementId, Instant at, BookKind kind, String document, Long vehicleId, Vin vin, Long trimId,
            String exteriorColour, String interiorColour, Long storeId, Long counterpartStoreId, String by, String note,
            Long vehicleStoreId, Money purchaseCost) {
    }

    private final NamedParameterJdbcTemplate sql;

    StockBookQueries(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    /** The documents per model and kind from {@code start} ({@code null}: ever) until before {@code end}. */
    List<KindSum> sums(RecordScope scope, Instant start, Instant end) {
        MapSqlParameterSource params = new MapSqlParameterSource("end", StockScopeSql.utc(end));
        String where = (start == null ? "" : " and m.moved_at >= :start") + " and m.moved_at < :end"
                + StockScopeSql.andStoreIn("m.store_id", scope, params);
        if (start != null) {
            params.addValue("start", StockScopeSql.utc(start));
        }
        return sql.query("select t.model_id, m.book_kind, count(*), sum(v.purchase_cost)" + BOOK_MOVEMENTS + where
                + " group by t.model_id, m.book_kind", params, (rs, n) -> new KindSum(rs.getLong(1),
                        BookKind.valueOf(rs.getString(2)), new BookFigure(rs.getLong(3), Money.of(rs.getBigDecimal(4)))));
    }

    /** What stands on the book now (in stock, reserved, sold) per model. */
    Map<Long, BookFigure> onBookNow(RecordScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("statuses",
                StockStatus.ON_BOOK.stream().map(Enum::name).toList());
        Map<Long, BookFigure> figures = new HashMap<>();
        sql.query("select t.model_id, count(*), sum(v.purchase_cost) from stock_vehicle v join vehicle_trim t"
                + " on t.id = v.trim_id where v.status in (:statuses)" + StockScopeSql.andStoreIn("v.store_id", scope, params)
                + " group by t.model_id", params, rs -> {
                    figures.put(rs.getLong(1), new BookFigure(rs.getLong(2), Money.of(rs.getBigDecimal(3))));
                });
        return figures;
    }

    /** The documents of [start, end) in the order they happened. */
    List<Document> documents(RecordScope scope, Instant start, Instant end) {
        MapSqlParameterSource params = new MapSqlParameterSource("start", StockScopeSql.utc(start))
                .addValue("end", StockScopeSql.utc(end));
        String where = " and m.moved_at >= :start and m.moved_at < :end" + StockScopeSql.andStoreIn("m.store_id", scope, params);
        return sql.query("select m.id, m.moved_at, m.book_kind, m.document, v.id, v.vin, v.trim_id, v.exterior_colour,"
                + " v.interior_colour, m.store_id, m.counterpart_store_id, coalesce(m.moved_by_name, m.moved_by), m.note,"
                + " v.store_id, v.purchase_cost" + BOOK_MOVEMENTS + where + " order by m.moved_at, m.id", params,
                (rs, n) -> new Document(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        BookKind.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5), new Vin(rs.getString(6)),
                        rs.getLong(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                        rs.getObject(11, Long.class), rs.getString(12), rs.getString(13), rs.getLong(14),
                        Money.of(rs.getBigDecimal(15))));
    }
}
