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

    private static final Color DRAFT = new Color(0xB0, 0x20, 0x20);

    private final SalesPdfTables tables;
    private final OrgDirectory org;

    QuotePdf(MessageSource messages, OrgDirectory org) {
        this.tables = new SalesPdfTables(messages);
        this.org = org;
    }

    byte[] render(QuoteView q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(tables.text("sales.pdf.title") + " " + q.number());
        document.open();
        String company = org.unit(q.storeId()).map(UnitView::name).orElse("AutoSales");
        Paragraph header = new Paragraph(company, CjkFont.bold(16));
        header.setAlignment(Element.ALIGN_CENTER);
        document.add(header);
        Paragraph title = new Paragraph(tables.text("sales.pdf.title"), CjkFont.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        if (!q.mayBeGivenToCustomer()) {
            Font draft = CjkFont.bold(12);
            draft.setColor(DRAFT);
            Paragraph mark = new Paragraph(tables.text("sales.pdf.draft"), draft);
            mark.setAlignment(Element.ALIGN_CENTER);
            document.add(mark);
        }
        Paragraph meta = new Paragraph(tables.text("sales.pdf.meta", q.number(), q.versionNo(), q.quoteDate(),
                q.validUntil() == null ? "—" : q.validUntil()), CjkFont.of(9));
        meta.setSpacingAfter(10);
        document.add(meta);

        PdfPTable parties = SalesPdfTables.table(45, 10);
        tables.row(parties, "sales.customer", q.customerName());
        tables.row(parties, "sales.vehicle", q.trimLabel());
        tables.row(parties, "sales.colours", q.exteriorColour() + " / " + q.interiorColour());
        if (q.vin() != null) {
            tables.row(parties, "sales.vin", q.vin());
        }
        tables.row(parties, "sales.consultant", q.ownerName());
        document.add(parties);

        QuoteFigures f = q.figures();
        PdfPTable prices = SalesPdfTables.table(45, 10);
        tables.heading(prices, "sales.breakdown");
        SalesPdfTables.amount(prices, tables.text("sales.msrp"), f.msrp());
        SalesPdfTables.amount(prices, tables.text("sales.discount") + "（" + f.discountPercent() + "）", f.discount().times(java.math.BigDecimal.ONE.negate()));
        SalesPdfTables.amount(prices, tables.text("sales.vehicle-price"), f.vehiclePrice());
        q.packages().forEach(p -> SalesPdfTables.amount(prices, tables.text("sales.package") + "：" + p.name(), p.price()));
        SalesPdfTables.amount(prices, tables.text("sales.insurance"), f.insurance());
        SalesPdfTables.amount(prices, tables.text("sales.registration-fee"), f.registrationFee());
        if (q.tradeIn() != null) {
            SalesPdfTables.amount(prices, tables.text("sales.trade-in") + "：" + q.tradeIn().brandModel()
                    + (q.tradeIn().plateOrVin() == null ? "" : " " + q.tradeIn().plateOrVin()),
                    q.tradeIn().appraisedValue().times(java.math.BigDecimal.ONE.negate()));
        }
        tables.total(prices, "sales.amount-due", f.amountDue());
        document.add(prices);

        PdfPTable payment = SalesPdfTables.table(45, 10);
        tables.heading(payment, "sales.payment");
        tables.row(payment, "sales.payment-method", tables.text("sales.payment." + q.paymentMethod()));
        if (f.financePlan() != null) {
            SalesPdfTables.amount(payment, tables.text("sales.down-payment"), f.downPayment());
            SalesPdfTables.amount(payment, tables.text("sales.financed-amount"), f.financedAmount());
            tables.row(payment, "sales.term", tables.text("sales.term.months", f.financePlan().termMonths()));
            tables.row(payment, "sales.annual-rate", f.financePlan().annualRate().toString());
            SalesPdfTables.amount(payment, tables.text("sales.monthly-payment"), f.financePlan().monthlyPayment());
            SalesPdfTables.amount(payment, tables.text("sales.total-interest"), f.financePlan().totalInterest());
        }
        SalesPdfTables.amount(payment, tables.text("sales.due-before-loan"), f.dueBeforeLoan());
        document.add(payment);

        Paragraph note = new Paragraph(tables.text("sales.pdf.note", q.validityDays()), CjkFont.of(9));
        note.setSpacingBefore(12);
        document.add(note);
        document.add(new Paragraph(tables.text("sales.pdf.signatures"), CjkFont.of(10)));
        document.close();
        return out.toByteArray();
    }
}
