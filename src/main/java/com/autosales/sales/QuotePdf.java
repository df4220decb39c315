package com.autosales.sales;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.shared.Money;
import com.autosales.shared.documents.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quote for the customer (报价单), in Chinese, A4: company header, customer, vehicle, price breakdown, finance plan,
 * validity, consultant. Never cost or margin. A version not (yet) given to the customer is marked as a draft.
 */
@Component
class QuotePdf {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Color SHADE = new Color(0xF3, 0xF6, 0xFA);
    private static final Color DRAFT = new Color(0xB0, 0x20, 0x20);

    private final MessageSource messages;
    private final OrgDirectory org;

    QuotePdf(MessageSource messages, OrgDirectory org) {
        this.messages = messages;
        this.org = org;
    }

    byte[] render(QuoteView q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("sales.pdf.title") + " " + q.number());
        document.open();
        String company = org.unit(q.storeId()).map(UnitView::name).orElse("AutoSales");
        Paragraph header = new Paragraph(company, CjkFont.bold(16));
        header.setAlignment(Element.ALIGN_CENTER);
        document.add(header);
        Paragraph title = new Paragraph(text("sales.pdf.title"), CjkFont.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        if (!q.mayBeGivenToCustomer()) {
            Font draft = CjkFont.bold(12);
            draft.setColor(DRAFT);
            Paragraph mark = new Paragraph(text("sales.pdf.draft"), draft);
            mark.setAlignment(Element.ALIGN_CENTER);
            document.add(mark);
        }
        Paragraph meta = new Paragraph(text("sales.pdf.meta", q.number(), q.versionNo(), q.quoteDate(),
                q.validUntil() == null ? "—" : q.validUntil()), CjkFont.of(9));
        meta.setSpacingAfter(10);
        document.add(meta);

        PdfPTable parties = table();
        row(parties, "sales.customer", q.customerName());
        row(parties, "sales.vehicle", q.trimLabel());
        row(parties, "sales.colours", q.exteriorColour() + " / " + q.interiorColour());
        if (q.vin() != null) {
            row(parties, "sales.vin", q.vin());
        }
        row(parties, "sales.consultant", q.ownerName());
        document.add(parties);

        QuoteFigures f = q.figures();
        PdfPTable prices = table();
        heading(prices, "sales.breakdown");
        amount(prices, text("sales.msrp"), f.msrp());
        amount(prices, text("sales.discount") + "（" + f.discountPercent() + "）", f.discount().times(java.math.BigDecimal.ONE.negate()));
        amount(prices, text("sales.vehicle-price"), f.vehiclePrice());
        q.packages().forEach(p -> amount(prices, text("sales.package") + "：" + p.name(), p.price()));
        amount(prices, text("sales.insurance"), f.insurance());
        amount(prices, text("sales.registration-fee"), f.registrationFee());
        if (q.tradeIn() != null) {
            amount(prices, text("sales.trade-in") + "：" + q.tradeIn().brandModel()
                    + (q.tradeIn().plateOrVin() == null ? "" : " " + q.tradeIn().plateOrVin()),
                    q.tradeIn().appraisedValue().times(java.math.BigDecimal.ONE.negate()));
        }
        PdfPCell label = cell(text("sales.amount-due"), CjkFont.bold(11), SHADE);
        prices.addCell(label);
        PdfPCell total = cell(yuan(f.amountDue()), CjkFont.bold(11), SHADE);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        prices.addCell(total);
        document.add(prices);

        PdfPTable payment = table();
        heading(payment, "sales.payment");
        row(payment, "sales.payment-method", text("sales.payment." + q.paymentMethod()));
        if (f.financePlan() != null) {
            amount(payment, text("sales.down-payment"), f.downPayment());
            amount(payment, text("sales.financed-amount"), f.financedAmount());
            row(payment, "sales.term", text("sales.term.months", f.financePlan().termMonths()));
            row(payment, "sales.annual-rate", f.financePlan().annualRate().toString());
            amount(payment, text("sales.monthly-payment"), f.financePlan().monthlyPayment());
            amount(payment, text("sales.total-interest"), f.financePlan().totalInterest());
        }
        amount(payment, text("sales.due-before-loan"), f.dueBeforeLoan());
        document.add(payment);

        Paragraph note = new Paragraph(text("sales.pdf.note", q.validityDays()), CjkFont.of(9));
        note.setSpacingBefore(12);
        document.add(note);
        document.add(new Paragraph(text("sales.pdf.signatures"), CjkFont.of(10)));
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {45, 55});
        table.setWidthPercentage(100);
        table.setSpacingAfter(10);
        return table;
    }

    private void heading(PdfPTable table, String key) {
        PdfPCell cell = cell(text(key), CjkFont.bold(10), SHADE);
        cell.setColspan(2);
        table.addCell(cell);
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(text(key), CjkFont.of(10), null));
        table.addCell(cell(value == null ? "—" : value, CjkFont.of(10), null));
    }

    private static void amount(PdfPTable table, String label, Money value) {
        table.addCell(cell(label, CjkFont.of(10), null));
        PdfPCell cell = cell(yuan(value), CjkFont.of(10), null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    static String yuan(Money value) {
        String sign = value.isNegative() ? "-" : "";
        return sign + "¥" + String.format(Locale.ROOT, "%,.2f", value.amount().abs());
    }

    private static PdfPCell cell(String text, Font font, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
