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
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 汽车销售合同 in Chinese, A4: the store's header, number and date, seller and buyer, the vehicle, the price breakdown,
 * payment and deposit, delivery date, the terms and the signature blocks. A contract not yet signed is marked as a draft.
 */
@Component
class ContractPdf {

    private static final Color DRAFT = new Color(0xB0, 0x20, 0x20);

    private final SalesPdfTables tables;
    private final OrgDirectory org;

    ContractPdf(MessageSource messages, OrgDirectory org) {
        this.tables = new SalesPdfTables(messages);
        this.org = org;
    }

    /** @param edition 0 for a draft, 1 as signed, 2… after each approved amendment */
    byte[] render(ContractView c, int edition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(tables.text("sales.contract.pdf.title") + " " + c.number());
        document.open();
        String company = org.unit(c.storeId()).map(UnitView::name).orElse("AutoSales");
        centered(document, company, CjkFont.bold(16));
        centered(document, tables.text("sales.contract.pdf.title"), CjkFont.bold(14));
        if (edition == 0) {
            Font draft = CjkFont.bold(12);
            draft.setColor(DRAFT);
            centered(document, tables.text("sales.contract.pdf.draft"), draft);
        }
        Paragraph meta = new Paragraph(tables.text("sales.contract.pdf.meta", c.number(),
                c.signedOn() == null ? "—" : c.signedOn().toString(), edition <= 1 ? "" : tables.text("sales.contract.pdf.edition", edition)),
                CjkFont.of(9));
        meta.setSpacingAfter(8);
        document.add(meta);

        PdfPTable parties = SalesPdfTables.table(40, 6);
        tables.heading(parties, "sales.contract.parties");
        tables.row(parties, "sales.contract.seller", company);
        tables.row(parties, "sales.contract.buyer", c.buyerName());
        tables.row(parties, "sales.contract.buyer-id", c.buyerIdNumber());
        tables.row(parties, "sales.contract.buyer-phone", c.buyerPhone());
        tables.row(parties, "sales.contract.buyer-address", c.buyerAddress());
        document.add(parties);

        PdfPTable vehicle = SalesPdfTables.table(40, 6);
        tables.heading(vehicle, "sales.vehicle");
        tables.row(vehicle, "sales.trim", c.trimLabel());
        tables.row(vehicle, "sales.colours", c.exteriorColour() + " / " + c.interiorColour());
        tables.row(vehicle, "sales.contract.configuration", c.configuration());
        tables.row(vehicle, "sales.vin", c.vin());
        if (c.packages() != null && !c.packages().isBlank()) {
            tables.row(vehicle, "sales.packages", c.packages());
        }
        document.add(vehicle);

        QuoteFigures f = c.figures();
        PdfPTable prices = SalesPdfTables.table(40, 6);
        tables.heading(prices, "sales.breakdown");
        SalesPdfTables.amount(prices, tables.text("sales.msrp"), f.msrp());
        SalesPdfTables.amount(prices, tables.text("sales.discount"), f.discount().times(BigDecimal.ONE.negate()));
        SalesPdfTables.amount(prices, tables.text("sales.vehicle-price"), f.vehiclePrice());
        SalesPdfTables.amount(prices, tables.text("sales.packages"), f.packagesTotal());
        SalesPdfTables.amount(prices, tables.text("sales.insurance"), f.insurance());
        SalesPdfTables.amount(prices, tables.text("sales.registration-fee"), f.registrationFee());
        if (f.tradeInValue().amount().signum() != 0) {
            SalesPdfTables.amount(prices, tables.text("sales.trade-in") + (c.tradeIn() == null ? "" : "：" + c.tradeIn()),
                    f.tradeInValue().times(BigDecimal.ONE.negate()));
        }
        tables.total(prices, "sales.contract.total", f.amountDue());
        document.add(prices);

        PdfPTable payment = SalesPdfTables.table(40, 6);
        tables.heading(payment, "sales.payment");
        tables.row(payment, "sales.payment-method", tables.text("sales.payment." + c.paymentMethod()));
        SalesPdfTables.amount(payment, tables.text("sales.contract.deposit"), c.depositAmount());
        if (f.financePlan() != null) {
            SalesPdfTables.amount(payment, tables.text("sales.down-payment"), f.downPayment());
            SalesPdfTables.amount(payment, tables.text("sales.financed-amount"), f.financedAmount());
            tables.row(payment, "sales.term", tables.text("sales.term.months", f.financePlan().termMonths()));
            tables.row(payment, "sales.annual-rate", f.financePlan().annualRate().toString());
            SalesPdfTables.amount(payment, tables.text("sales.monthly-payment"), f.financePlan().monthlyPayment());
        }
        SalesPdfTables.amount(payment, tables.text("sales.due-before-loan"), f.dueBeforeLoan());
        tables.row(payment, "sales.contract.delivery-date", c.deliveryDate().toString());
        document.add(payment);

        Paragraph termsHeading = new Paragraph(tables.text("sales.contract.terms"), CjkFont.bold(11));
        termsHeading.setSpacingBefore(4);
        document.add(termsHeading);
        for (String line : c.terms().split("\\R")) {
            if (!line.isBlank()) {
                Paragraph term = new Paragraph(line.strip(), CjkFont.of(9));
                term.setSpacingAfter(2);
                document.add(term);
            }
        }
        document.add(signatures(company));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable signatures(String company) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setKeepTogether(true);
        PdfPCell seller = SalesPdfTables.cell(tables.text("sales.contract.pdf.seller-sign", company), CjkFont.of(10), null);
        PdfPCell buyer = SalesPdfTables.cell(tables.text("sales.contract.pdf.buyer-sign"), CjkFont.of(10), null);
        seller.setMinimumHeight(64);
        buyer.setMinimumHeight(64);
        table.addCell(seller);
        table.addCell(buyer);
        return table;
    }

    private static void centered(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        document.add(p);
    }
}
