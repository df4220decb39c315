package com.autosales.vehicles;

import com.autosales.shared.documents.XlsxWorkbook;
import com.autosales.shared.web.Formats;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 库存台账导出 — the stock book as the reader sees it: a summary sheet (per model: opening, each kind in and out, closing,
 * with the purchase cost beside each count if they may see costs, and the totals) and a sheet of the documents.
 */
@Component
class StockBookExcel {

    private final MessageSource messages;
    private final Formats formats;

    StockBookExcel(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    void respond(StockBook book, Locale locale, HttpServletResponse response) throws IOException {
        String filename = "stock-book-" + book.from().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + book.to().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        XlsxWorkbook.send(response, filename, workbook -> {
            summary(workbook.sheet(text("vehicles.book.sheet.summary", locale), summaryHeaders(book, locale)), book, locale);
            documents(workbook.sheet(text("vehicles.book.sheet.documents", locale), documentHeaders(book, locale)), book,
                    locale);
        });
    }

    private List<String> summaryHeaders(StockBook book, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("vehicles.book.brand-series", locale), text("vehicles.model", locale)));
        for (String key : measureKeys()) {
            headers.add(text(key, locale));
            if (book.withCost()) {
                headers.add(text(key, locale) + " · " + text("vehicles.purchase-cost", locale));
            }
        }
        if (book.reconciling()) {
            headers.add(text("vehicles.book.on-book-now", locale));
            headers.add(text("vehicles.book.difference", locale));
        }
        return headers;
    }

    /** The figures of a row in the order of {@link #measureKeys()}. */
    private static List<BookFigure> measures(StockBook.Row row) {
        List<BookFigure> figures = new ArrayList<>(List.of(row.opening()));
        BookKind.inbounds().forEach(k -> figures.add(row.kinds().get(k)));
        figures.add(row.inbound());
        BookKind.outbounds().forEach(k -> figures.add(row.kinds().get(k)));
        figures.add(row.outbound());
        figures.add(row.closing());
        return figures;
    }

    private static List<String> measureKeys() {
        List<String> keys = new ArrayList<>(List.of("vehicles.book.opening"));
        BookKind.inbounds().forEach(k -> keys.add(k.messageKey()));
        keys.add("vehicles.book.inbound-total");
        BookKind.outbounds().forEach(k -> keys.add(k.messageKey()));
        keys.add("vehicles.book.outbound-total");
        keys.add("vehicles.book.closing");
        return keys;
    }

    private void summary(XlsxWorkbook.Sheet sheet, StockBook book, Locale locale) {
        sheet.width(0, 20);
        sheet.width(1, 24);
        for (StockBook.Group group : book.groups()) {
            for (StockBook.Row row : group.rows()) {
                sheet.row(cells(book, group.brandSeries(), row.model(), row));
            }
        }
        sheet.boldRow(cells(book, text("vehicles.book.total", locale), null, book.total()));
    }

    private static List<Object> cells(StockBook book, String brandSeries, String model, StockBook.Row row) {
        List<Object> cells = new ArrayList<>(List.of(brandSeries));
        cells.add(model);
        for (BookFigure figure : measures(row)) {
            cells.add(figure.units());
            if (book.withCost()) {
                cells.add(figure.cost());
            }
        }
        if (book.reconciling()) {
            cells.add(row.onBookNow().units());
            cells.add(row.onBookNow().units() - row.closing().units());
        }
        return cells;
    }

    private List<String> documentHeaders(StockBook book, Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("vehicles.book.date", "vehicles.book.kind", "vehicles.document", "vehicles.vin",
                "vehicles.trim", "vehicles.exterior", "vehicles.interior", "vehicles.book.store",
                "vehicles.book.counterpart", "vehicles.detail.by", "vehicles.note")) {
            headers.add(text(key, locale));
        }
        if (book.withCost()) {
            headers.add(text("vehicles.purchase-cost", locale));
        }
        return headers;
    }

    private void documents(XlsxWorkbook.Sheet sheet, StockBook book, Locale locale) {
        sheet.width(3, 20);
        sheet.width(4, 44);
        for (StockBook.Line line : book.documents()) {
            List<Object> cells = new ArrayList<>(List.of(formats.dateTime(line.at()), text(line.kind().messageKey(), locale)));
            cells.addAll(Arrays.asList(line.document(), line.vin().value(), line.trim(), line.exteriorColour(),
                    line.interiorColour(), line.store(), line.counterpartStore(), line.by(), line.note()));
            if (book.withCost()) {
                cells.add(line.purchaseCost());
            }
            sheet.row(cells);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
