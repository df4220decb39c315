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

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Color SHADE = new Color(0xF3, 0xF6, 0xFA);
    private static final Color DRAFT = new Color(0xB0, 0x20, 0x20);

    private final MessageSource messages;
    private final OrgDirectory org;

    ContractPdf(MessageSource messages, OrgDirectory org) {
        this.messages = messages;
        this.org = org;
    }

    /** @param edition 0 for a draft, 1 as signed, 2… after each approved amendment */
    byte[] render(ContractView c, int edition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("sales.contract.pdf.title") + " " + c.number());
        document.open();
        String company = org.unit(c.storeId()).map(UnitView::name).orElse("AutoSales");
        centered(document, company, CjkFont.bold(16));
        centered(document, text("sales.contract.pdf.title"), CjkFont.bold(14));
        if (edition == 0) {
            Font draft = CjkFont.bold(12);
            draft.setColor(DRAFT);
            centered(document, text("sales.contract.pdf.draft"), draft);
        }
        Paragraph meta = new Paragraph(text("sales.contract.pdf.meta", c.number(),
                c.signedOn() == null ? "—" : c.signedOn().toString(), edition <= 1 ? "" : text("sales.contract.pdf.edition", edition)),
                CjkFont.of(9));
        meta.setSpacingAfter(8);
        document.add(meta);

        PdfPTable parties = table();
        heading(parties, "sales.contract.parties");
        row(parties, "sales.contract.seller", company);
        row(parties, "sales.contract.buyer", c.buyerName());
        row(parties, "sales.contract.buyer-id", c.buyerIdNumber());
        row(parties, "sales.contract.buyer-phone", c.buyerPhone());
        row(parties, "sales.contract.buyer-address", c.buyerAddress());
        document.add(parties);

        PdfPTable vehicle = table();
        heading(vehicle, "sales.vehicle");
        row(vehicle, "sales.trim", c.trimLabel());
        row(vehicle, "sales.colours", c.exteriorColour() + " / " + c.interiorColour());
        row(vehicle, "sales.contract.configuration", c.configuration());
        row(vehicle, "sales.vin", c.vin());
        if (c.packages() != null && !c.packages().isBlank()) {
            row(vehicle, "sales.packages", c.packages());
        }
        document.add(vehicle);

        QuoteFigures f = c.figures();
        PdfPTable prices = table();
        heading(prices, "sales.breakdown");
        amount(prices, text("sales.msrp"), f.msrp());
        amount(prices, text("sales.discount"), f.discount().times(BigDecimal.ONE.negate()));
        amount(prices, text("sales.vehicle-price"), f.vehiclePrice());
        amount(prices, text("sales.packages"), f.packagesTotal());
        amount(prices, text("sales.insurance"), f.insurance());
        amount(prices, text("sales.registration-fee"), f.registrationFee());
        if (f.tradeInValue().amount().signum() != 0) {
            amount(prices, text("sales.trade-in") + (c.tradeIn() == null ? "" : "：" + c.tradeIn()),
                    f.tradeInValue().times(BigDecimal.ONE.negate()));
        }
        PdfPCell label = cell(text("sales.contract.total"), CjkFont.bold(11), SHADE);
        prices.addCell(label);
        PdfPCell total = cell(QuotePdf.yuan(f.amountDue()), CjkFont.bold(11), SHADE);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        prices.addCell(total);
        document.add(prices);

        PdfPTable payment = table();
        heading(payment, "sales.payment");
        row(payment, "sales.payment-method", text("sales.payment." + c.paymentMethod()));
        amount(payment, text("sales.contract.deposit"), c.depositAmount());
        if (f.financePlan() != null) {
            amount(payment, text("sales.down-payment"), f.downPayment());
            amount(payment, text("sales.financed-amount"), f.financedAmount());
            row(payment, "sales.term", text("sales.term.months", f.financePlan().termMonths()));
            row(payment, "sales.annual-rate", f.financePlan().annualRate().toString());
            amount(payment, text("sales.monthly-payment"), f.financePlan().monthlyPayment());
        }
        amount(payment, text("sales.due-before-loan"), f.dueBeforeLoan());
        row(payment, "sales.contract.delivery-date", c.deliveryDate().toString());
        document.add(payment);

        Paragraph termsHeading = new Paragraph(text("sales.contract.terms"), CjkFont.bold(11));
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
        PdfPCell seller = cell(text("sales.contract.pdf.seller-sign", company), CjkFont.of(10), null);
        PdfPCell buyer = cell(text("sales.contract.pdf.buyer-sign"), CjkFont.of(10), null);
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

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {40, 60});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        return table;
    }

    private void heading(PdfPTable table, String key) {
        PdfPCell cell = cell(text(key), CjkFont.bold(10), SHADE);
        cell.setColspan(2);
        table.addCell(cell);
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(text(key), CjkFont.of(10), null));
        table.addCell(cell(value == null || value.isBlank() ? "—" : value, CjkFont.of(10), null));
    }

    private static void amount(PdfPTable table, String label, Money value) {
        table.addCell(cell(label, CjkFont.of(10), null));
        PdfPCell cell = cell(QuotePdf.yuan(value), CjkFont.of(10), null);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, Font font, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
