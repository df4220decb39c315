package com.autosales.commission;

import com.autosales.shared.documents.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 提成导出 — for payroll: one sheet with a row per line (person, contract, rule, base, rate or amount, multiplier,
 * amount, how it came about), a subtotal row per person and the grand total last. Headers in Chinese, the payroll office's
 * language; amounts and rates are numeric cells, text never starts a formula.
 */
@Component
class StatementExcel {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> COLUMNS = List.of("employee", "month", "status", "delivered-on", "contract",
            "customer", "vehicle", "rule", "kind", "base", "rate", "unit-amount", "multiplier", "attainment", "amount",
            "explanation");

    private final MessageSource messages;
    private final LineExplanation explanation;

    StatementExcel(MessageSource messages, LineExplanation explanation) {
        this.messages = messages;
        this.explanation = explanation;
    }

    byte[] render(String title, List<StatementView> statements) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(SpreadsheetText.safe(title).replaceAll("[\\\\/?*\\[\\]:]", "-"));
            write(sheet.createRow(0), COLUMNS.stream().map(c -> (Object) text("commission.xlsx." + c)).toList(), bold);
            sheet.createFreezePane(0, 1);
            BigDecimal grand = BigDecimal.ZERO.setScale(2);
            for (StatementView s : statements) {
                for (LineView l : s.lines()) {
                    write(sheet.createRow(sheet.getLastRowNum() + 1), Arrays.asList(s.employeeName(), s.month(),
                            text(s.status().messageKey()), l.deliveredOn() == null ? null : l.deliveredOn().toString(),
                            l.contractNumber(), l.customerName(), l.trimLabel(),
                            l.kind() == CommissionKind.ADJUSTMENT ? l.addedBy() : l.ruleName(), text(l.kind().messageKey()),
                            l.base(), l.rate(), l.unitAmount(), l.multiplier(),
                            l.multiplier() == null ? null : s.attainmentPercent(), l.amount(), explanation.of(l, s, ZH)), null);
                }
                List<Object> subtotal = new ArrayList<>(Arrays.asList(new Object[COLUMNS.size()]));
                subtotal.set(0, s.employeeName());
                subtotal.set(1, s.month());
                subtotal.set(2, text("commission.xlsx.subtotal"));
                subtotal.set(COLUMNS.indexOf("amount"), s.total());
                write(sheet.createRow(sheet.getLastRowNum() + 1), subtotal, bold);
                grand = grand.add(s.total());
            }
            List<Object> total = new ArrayList<>(Arrays.asList(new Object[COLUMNS.size()]));
            total.set(0, text("commission.xlsx.total"));
            total.set(COLUMNS.indexOf("amount"), grand);
            write(sheet.createRow(sheet.getLastRowNum() + 1), total, bold);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, (c == 6 || c == 7 ? 30 : c == 15 ? 60 : 14) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(c);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(SpreadsheetText.safe(value.toString()));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ZH);
    }
}
