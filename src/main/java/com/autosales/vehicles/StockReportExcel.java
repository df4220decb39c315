package com.autosales.vehicles;

import com.autosales.shared.documents.XlsxWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 周库存报表导出 — one workbook, a sheet per section: stock by model and colour, stock age, the week's documents. */
@Component
class StockReportExcel {

    private final MessageSource messages;

    StockReportExcel(MessageSource messages) {
        this.messages = messages;
    }

    void respond(StockReport report, Locale locale, HttpServletResponse response) throws IOException {
        String filename = "stock-report-" + report.asOf().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        XlsxWorkbook.send(response, filename, workbook -> {
            stock(workbook, report, locale);
            ageing(workbook, report, locale);
            week(workbook, report, locale);
        });
    }

    private void stock(XlsxWorkbook workbook, StockReport report, Locale locale) {
        List<String> headers = new ArrayList<>(texts(locale, "vehicles.book.brand-series", "vehicles.model", "vehicles.exterior"));
        StockReportQueries.STANDING.forEach(s -> headers.add(text("vehicles.report.status." + s, locale)));
        headers.add(text("vehicles.report.standing", locale));
        StockReportQueries.COMING.forEach(s -> headers.add(text("vehicles.report.status." + s, locale)));
        XlsxWorkbook.Sheet sheet = workbook.sheet(text("vehicles.report.stock", locale), headers);
        sheet.width(1, 24);
        report.stock().forEach(line -> sheet.row(stockCells(line.brandSeries(), line.model(), line.colour(), line)));
        sheet.boldRow(stockCells(text("vehicles.book.total", locale), null, null, report.stockTotal()));
    }

    private static List<Object> stockCells(String brandSeries, String model, String colour, StockReport.StockLine line) {
        List<Object> cells = new ArrayList<>();
        cells.add(brandSeries);
        cells.add(model);
        cells.add(colour);
        StockReportQueries.STANDING.forEach(s -> cells.add(line.counts().get(s)));
        cells.add(line.standing());
        StockReportQueries.COMING.forEach(s -> cells.add(line.counts().get(s)));
        return cells;
    }

    private void ageing(XlsxWorkbook workbook, StockReport report, Locale locale) {
        List<String> headers = new ArrayList<>(texts(locale, "vehicles.book.brand-series", "vehicles.model"));
        List<String> columns = new ArrayList<>();
        for (AgeBucket bucket : AgeBucket.values()) {
            columns.add(text(bucket.messageKey(), locale));
        }
        columns.add(text("vehicles.book.total", locale));
        for (String column : columns) {
            headers.add(column);
            if (report.withCost()) {
                headers.add(column + " · " + text("vehicles.purchase-cost", locale));
            }
        }
        XlsxWorkbook.Sheet sheet = workbook.sheet(text("vehicles.report.ageing", locale), headers);
        sheet.width(1, 24);
        report.ageing().forEach(line -> sheet.row(ageingCells(line.brandSeries(), line.model(), line, report.withCost())));
        sheet.boldRow(ageingCells(text("vehicles.book.total", locale), null, report.ageingTotal(), report.withCost()));
    }

    private static List<Object> ageingCells(String brandSeries, String model, StockReport.AgeingLine line, boolean withCost) {
        List<Object> cells = new ArrayList<>();
        cells.add(brandSeries);
        cells.add(model);
        List<BookFigure> figures = new ArrayList<>();
        for (AgeBucket bucket : AgeBucket.values()) {
            figures.add(line.buckets().get(bucket));
        }
        figures.add(line.total());
        for (BookFigure figure : figures) {
            cells.add(figure.units());
            if (withCost) {
                cells.add(figure.cost());
            }
        }
        return cells;
    }

    private void week(XlsxWorkbook workbook, StockReport report, Locale locale) {
        XlsxWorkbook.Sheet sheet = workbook.sheet(text("vehicles.report.week", locale),
                texts(locale, "vehicles.book.kind", "vehicles.report.units"));
        sheet.width(0, 24);
        for (BookKind kind : BookKind.inbounds()) {
            sheet.row(List.of(text(kind.messageKey(), locale), report.week().get(kind)));
        }
        sheet.boldRow(List.of(text("vehicles.book.inbound-total", locale), report.weekIn()));
        for (BookKind kind : BookKind.outbounds()) {
            sheet.row(List.of(text(kind.messageKey(), locale), report.week().get(kind)));
        }
        sheet.boldRow(List.of(text("vehicles.book.outbound-total", locale), report.weekOut()));
        sheet.row(List.of(messages.getMessage("vehicles.report.week-range", new Object[] {report.weekFrom(), report.weekTo()},
                locale)));
    }

    private List<String> texts(Locale locale, String... keys) {
        List<String> texts = new ArrayList<>();
        for (String key : keys) {
            texts.add(text(key, locale));
        }
        return texts;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
