package com.autosales.vehicles;

import com.autosales.shared.documents.XlsxWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 库存导出 — the filtered stock list as the reader sees it (their stores, cost only if allowed) in a streaming workbook;
 * text cells never start a formula.
 */
@Component
class StockExcelExport {

    private static final int BATCH = 500;

    private final StockQueries queries;
    private final CostVisibility costs;
    private final MessageSource messages;
    private final Clock clock;

    StockExcelExport(StockQueries queries, CostVisibility costs, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.costs = costs;
        this.messages = messages;
        this.clock = clock;
    }

    void respond(StockFilter filter, Locale locale, HttpServletResponse response) throws IOException {
        boolean withCost = costs.readerMaySeeCost();
        List<String> columns = new ArrayList<>(List.of("vehicles.vin", "vehicles.engine-no", "vehicles.trim",
                "vehicles.exterior", "vehicles.interior", "vehicles.status", "vehicles.location", "vehicles.arrival-date",
                "vehicles.age-days", "vehicles.contract-ref"));
        if (withCost) {
            columns.add("vehicles.purchase-cost");
        }
        String filename = "stock-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        XlsxWorkbook.send(response, filename, workbook -> {
            XlsxWorkbook.Sheet sheet = workbook.sheet(text("vehicles.stock.title", locale),
                    columns.stream().map(c -> text(c, locale)).toList());
            sheet.width(2, 44);
            queries.forEachMatch(filter, BATCH, batch -> batch.forEach(v -> sheet.row(Arrays.asList(v.vin() == null ? text("vehicles.vin-pending", locale) : v.vin().value(),
                    v.engineNo(), v.trim(), v.exteriorColour(), v.interiorColour(), text(v.status().messageKey(), locale),
                    v.location(), v.arrivalDate() == null ? null : v.arrivalDate().toString(), v.ageDays(),
                    v.contractRef(), withCost ? v.purchaseCost() : null))));
        });
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
