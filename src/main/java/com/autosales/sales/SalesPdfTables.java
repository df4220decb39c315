package com.autosales.sales;

import com.autosales.shared.Money;
import com.autosales.shared.documents.CjkFont;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The two-column tables of the customer's sales documents (quote, contract), labelled in Chinese. */
class SalesPdfTables {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Color SHADE = new Color(0xF3, 0xF6, 0xFA);

    private final MessageSource messages;

    SalesPdfTables(MessageSource messages) {
        this.messages = messages;
    }

    static PdfPTable table(float labelWidth, float spacingAfter) {
        PdfPTable table = new PdfPTable(new float[] {labelWidth, 100 - labelWidth});
        table.setWidthPercentage(100);
        table.setSpacingAfter(spacingAfter);
        return table;
    }

    void heading(PdfPTable table, String key) {
        PdfPCell cell = cell(text(key), CjkFont.bold(10), SHADE);
        cell.setColspan(2);
        table.addCell(cell);
    }

    void row(PdfPTable table, String key, String value) {
        table.addCell(cell(text(key), CjkFont.of(10), null));
        table.addCell(cell(value == null || value.isBlank() ? "—" : value, CjkFont.of(10), null));
    }

    static void amount(PdfPTable table, String label, Money value) {
        table.addCell(cell(label, CjkFont.of(10), null));
        PdfPCell cell = cell(yuan(value), CjkFont.of(10), null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    /** The total line, bold on the shade. */
    void total(PdfPTable table, String key, Money value) {
        table.addCell(cell(text(key), CjkFont.bold(11), SHADE));
        PdfPCell cell = cell(yuan(value), CjkFont.bold(11), SHADE);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    static String yuan(Money value) {
        String sign = value.isNegative() ? "-" : "";
        return sign + "¥" + String.format(Locale.ROOT, "%,.2f", value.amount().abs());
    }

    static PdfPCell cell(String text, Font font, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
