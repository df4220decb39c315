package com.autosales.delivery;

import com.autosales.org.OrgDirectory;
import com.autosales.org.UnitView;
import com.autosales.sales.ContractView;
import com.autosales.shared.Money;
import com.autosales.shared.documents.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 交车确认单 in Chinese, for the customer to keep: the car, the money, each checklist with who checked what and
 * when, the calls that follow, and the customer's signature.
 */
@Component
class DeliveryPdf {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Color SHADE = new Color(0xF3, 0xF6, 0xFA);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final OrgDirectory org;
    private final Clock clock;

    DeliveryPdf(MessageSource messages, OrgDirectory org, Clock clock) {
        this.messages = messages;
        this.org = org;
        this.clock = clock;
    }

    byte[] render(DeliveryView d, byte[] signature) {
        ContractView c = d.contract();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("delivery.pdf.title") + " " + c.number());
        document.open();
        String company = org.unit(c.storeId()).map(UnitView::name).orElse("AutoSales");
        Paragraph header = new Paragraph(company + " · " + text("delivery.pdf.title"), CjkFont.bold(15));
        header.setAlignment(Element.ALIGN_CENTER);
        header.setSpacingAfter(4);
        document.add(header);
        Paragraph meta = new Paragraph(text("delivery.pdf.meta", c.number(), time(d.deliveredAt()),
                text(d.status().messageKey())), CjkFont.of(9));
        meta.setAlignment(Element.ALIGN_CENTER);
        meta.setSpacingAfter(10);
        document.add(meta);

        PdfPTable car = table();
        heading(car, "delivery.pdf.vehicle");
        row(car, "delivery.customer", c.buyerName() + (c.buyerPhone() == null ? "" : " · " + c.buyerPhone()));
        row(car, "delivery.vehicle", c.trimLabel() + " · " + c.exteriorColour() + " / " + c.interiorColour());
        row(car, "delivery.vin", c.vin());
        row(car, "delivery.consultant", c.ownerName());
        row(car, "delivery.appointment", time(d.appointmentAt())
                + (d.appointmentPlace() == null ? "" : " · " + d.appointmentPlace()));
        if (d.substituteVin() != null && d.substitutionState() == SubstitutionState.APPROVED) {
            row(car, "delivery.substitution", d.substituteVin() + " · " + d.substitutionReason());
        }
        document.add(car);

        PdfPTable money = table();
        heading(money, "delivery.pdf.payment");
        if (d.clearance() != null) {
            row(money, "delivery.expected", yuan(d.clearance().expected()));
            row(money, "delivery.received", yuan(d.clearance().received()));
            row(money, "delivery.balance", yuan(d.clearance().balance()));
        }
        if (d.releaseReason() != null) {
            row(money, "delivery.released", d.releasedBy() + " · " + time(d.releasedAt()) + " · " + d.releaseReason());
        }
        document.add(money);

        for (ChecklistGroup group : d.checklists()) {
            document.add(checklist(group));
        }
        document.add(signatures(d, signature));
        Paragraph footer = new Paragraph(text("delivery.pdf.footer", time(clock.instant())), CjkFont.of(8));
        footer.setSpacingBefore(10);
        document.add(footer);
        document.close();
        return out.toByteArray();
    }

    private PdfPTable checklist(ChecklistGroup group) {
        PdfPTable table = new PdfPTable(new float[] {46, 12, 22, 20});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        PdfPCell title = cell(text(group.stage().messageKey()) + "（" + group.done() + "/" + group.lines().size() + "）",
                CjkFont.bold(10), SHADE);
        title.setColspan(4);
        table.addCell(title);
        for (ChecklistGroup.Line line : group.lines()) {
            table.addCell(cell(line.label() + (line.note() == null ? "" : "（" + line.note() + "）"), CjkFont.of(9), null));
            table.addCell(cell(text(line.checked() ? "delivery.pdf.checked" : "delivery.pdf.unchecked"), CjkFont.of(9), null));
            table.addCell(cell(line.checkedBy() == null ? "" : line.checkedBy(), CjkFont.of(9), null));
            table.addCell(cell(time(line.checkedAt()), CjkFont.of(9), null));
        }
        return table;
    }

    private PdfPTable signatures(DeliveryView d, byte[] signature) {
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        PdfPCell customer = new PdfPCell();
        customer.setPadding(6);
        customer.addElement(new Paragraph(text("delivery.pdf.customer-confirms"), CjkFont.of(9)));
        if (signature != null) {
            try {
                Image image = Image.getInstance(signature);
                image.scaleToFit(180, 70);
                customer.addElement(image);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        customer.addElement(new Paragraph(text("delivery.pdf.customer-sign",
                d.receiverName() == null ? "" : d.receiverName(), time(d.confirmedAt())), CjkFont.of(9)));
        table.addCell(customer);
        PdfPCell store = new PdfPCell();
        store.setPadding(6);
        store.addElement(new Paragraph(text("delivery.pdf.store-sign", d.deliveredBy() == null ? "" : d.deliveredBy(),
                time(d.deliveredAt())), CjkFont.of(9)));
        table.addCell(store);
        return table;
    }

    private static PdfPTable table() {
        PdfPTable table = new PdfPTable(new float[] {24, 76});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        return table;
    }

    private void heading(PdfPTable table, String key) {
        PdfPCell cell = cell(text(key), CjkFont.bold(10), SHADE);
        cell.setColspan(2);
        table.addCell(cell);
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(text(key), CjkFont.of(9), null));
        table.addCell(cell(value == null || value.isBlank() ? "—" : value, CjkFont.of(9), null));
    }

    private static PdfPCell cell(String text, Font font, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(3);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private String time(Instant at) {
        return at == null ? "—" : MINUTES.format(at.atZone(clock.getZone()));
    }

    private static String yuan(Money value) {
        return (value.isNegative() ? "-" : "") + "¥" + String.format(Locale.ROOT, "%,.2f", value.amount().abs());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
