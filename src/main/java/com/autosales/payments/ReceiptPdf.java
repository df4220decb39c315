package com.autosales.payments;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.Money;
import com.autosales.shared.documents.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 收款收据 in Chinese, A5 landscape: the store, receipt number, payer, contract, what for, how, the amount, who recorded it. */
@Component
class ReceiptPdf {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final OrgDirectory org;

    ReceiptPdf(MessageSource messages, OrgDirectory org) {
        this.messages = messages;
        this.org = org;
    }

    byte[] render(PaymentView p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5.rotate(), 36, 36, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("payments.receipt.title") + " " + p.number());
        document.open();
        String company = org.unit(p.storeId()).map(UnitView::name).orElse("AutoSales");
        Paragraph header = new Paragraph(company + " · " + text("payments.receipt.title"), CjkFont.bold(14));
        header.setAlignment(Element.ALIGN_CENTER);
        header.setSpacingAfter(8);
        document.add(header);
        PdfPTable table = new PdfPTable(new float[] {30, 70});
        table.setWidthPercentage(100);
        row(table, "payments.receipt.number", p.number());
        row(table, "payments.paid-on", p.paidOn().toString());
        row(table, "payments.payer", p.payer());
        row(table, "payments.contract", p.contractNumber() + (p.customerName() == null ? "" : " · " + p.customerName()));
        row(table, "payments.kind", text("payments.kind." + p.kind()));
        row(table, "payments.method", text("payments.method." + p.method()));
        row(table, "payments.reference", p.reference());
        PdfPCell label = new PdfPCell(new Phrase(text("payments.amount"), CjkFont.bold(12)));
        PdfPCell amount = new PdfPCell(new Phrase(yuan(p.amount()), CjkFont.bold(12)));
        label.setPadding(5);
        amount.setPadding(5);
        table.addCell(label);
        table.addCell(amount);
        row(table, "payments.note", p.note());
        document.add(table);
        Paragraph footer = new Paragraph(text("payments.receipt.footer", p.recordedBy()), CjkFont.of(9));
        footer.setSpacingBefore(14);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private void row(PdfPTable table, String key, String value) {
        PdfPCell label = new PdfPCell(new Phrase(text(key), CjkFont.of(10)));
        PdfPCell cell = new PdfPCell(new Phrase(value == null || value.isBlank() ? "—" : value, CjkFont.of(10)));
        label.setPadding(4);
        cell.setPadding(4);
        table.addCell(label);
        table.addCell(cell);
    }

    private static String yuan(Money value) {
        return (value.isNegative() ? "-" : "") + "¥" + String.format(Locale.ROOT, "%,.2f", value.amount().abs());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
