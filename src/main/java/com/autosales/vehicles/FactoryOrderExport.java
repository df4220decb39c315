package com.autosales.vehicles;

import com.autosales.shared.documents.XlsxWorkbook;
import com.autosales.shared.DomainException;
import com.autosales.shared.documents.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 订单导出 — an approved factory order as the manufacturer's order system takes it: one row per trim and colours with
 * a quantity, as a workbook or as CSV (UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right).
 */
@Component
class FactoryOrderExport {

    private static final List<String> COLUMNS = List.of("vehicles.order.no", "vehicles.order.month", "vehicles.order.store",
            "vehicles.trim", "vehicles.exterior", "vehicles.interior", "vehicles.order.quantity", "vehicles.note");

    private final MessageSource messages;

    FactoryOrderExport(MessageSource messages) {
        this.messages = messages;
    }

    void xlsx(FactoryOrderView order, Locale locale, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = rows(order);
        XlsxWorkbook.send(response, order.orderNo() + ".xlsx", workbook -> {
            XlsxWorkbook.Sheet sheet = workbook.sheet(order.orderNo(), COLUMNS.stream().map(k -> text(k, locale)).toList());
            sheet.width(COLUMNS.indexOf("vehicles.trim"), 44);
            rows.forEach(sheet::row);
        });
    }

    void csv(FactoryOrderView order, Locale locale, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = rows(order);
        XlsxWorkbook.attachment(response, "text/csv;charset=UTF-8", order.orderNo() + ".csv");
        OutputStream out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(csvLine(COLUMNS.stream().map(k -> text(k, locale)).toList()));
        for (List<Object> values : rows) {
            writer.write(csvLine(values.stream().map(v -> SpreadsheetText.safe(String.valueOf(v))).toList()));
        }
        writer.flush();
    }

    /** The order's rows with a quantity; refused until the order is approved. */
    private static List<List<Object>> rows(FactoryOrderView order) {
        if (!order.status().exportable()) {
            throw new DomainException("vehicles.order.export-not-approved");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (FactoryOrderView.Line line : order.lines()) {
            if (line.quantity() > 0) {
                rows.add(List.of(order.orderNo(), order.month().toString(), order.storeName(), line.trim(),
                        line.exteriorColour(), line.interiorColour(), line.quantity(),
                        line.note() == null ? "" : line.note()));
            }
        }
        return rows;
    }

    static String csvLine(List<String> values) {
        List<String> quoted = values.stream().map(v -> v == null ? "" : v)
                .map(v -> v.chars().anyMatch(c -> c == '"' || c == ',' || c == '\n' || c == '\r')
                        ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .toList();
        return String.join(",", quoted) + "\r\n";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
