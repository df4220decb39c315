package com.autosales.customers;

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
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 客户档案卡 as a printable A4 portrait PDF: the card's fields, its store and owner, who printed it and when. */
@Component
class CustomerCardPdf {

    private static final Color LABEL = new Color(0xF3, 0xF6, 0xFA);
    private static final Color MUTED = new Color(0x6C, 0x75, 0x7D);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Clock clock;

    CustomerCardPdf(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** The card as the reader sees it (phone already masked or not); {@code storeName} and {@code printedBy} may be null. */
    byte[] render(CustomerSummary customer, String storeName, String printedBy, Locale locale) {
        DateTimeFormatter format = DATE_TIME.withZone(clock.getZone());
        String none = text("common.none", locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("customer.card.title", locale) + " · " + customer.name());
        document.open();

        Paragraph store = new Paragraph(storeName == null ? "" : storeName, muted(10));
        document.add(store);
        Paragraph title = new Paragraph(text("customer.card.title", locale), CjkFont.bold(18));
        title.setSpacingBefore(4);
        document.add(title);
        Paragraph name = new Paragraph(customer.name(), CjkFont.bold(14));
        name.setSpacingBefore(6);
        name.setSpacingAfter(14);
        document.add(name);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("customer.name", customer.name());
        fields.put("customer.kind", text("customer.kind." + customer.kind(), locale));
        fields.put("customer.phone", customer.phone() == null ? none : customer.phone());
        fields.put("customer.lifecycle", text("customer.lifecycle." + customer.lifecycle(), locale));
        fields.put("customer.grade", customer.grade() == null ? text("customer.grade.none", locale)
                : text("customer.grade." + customer.grade(), locale));
        fields.put("customer.owner", customer.ownerName() == null ? none : customer.ownerName());
        fields.put("customer.card.store", storeName == null ? none : storeName);
        fields.put("customer.created-at", customer.createdAt() == null ? none : format.format(customer.createdAt()));

        PdfPTable table = new PdfPTable(new float[] {28, 72});
        table.setWidthPercentage(100);
        fields.forEach((key, value) -> {
            PdfPCell label = new PdfPCell(new Phrase(text(key, locale), CjkFont.bold(10)));
            label.setBackgroundColor(LABEL);
            label.setPadding(7);
            table.addCell(label);
            PdfPCell cell = new PdfPCell(new Phrase(value, CjkFont.of(10)));
            cell.setPadding(7);
            table.addCell(cell);
        });
        document.add(table);

        Paragraph printed = new Paragraph(text("customer.card.printed", locale,
                printedBy == null ? none : printedBy, format.format(clock.instant())), muted(9));
        printed.setSpacingBefore(18);
        printed.setAlignment(Element.ALIGN_RIGHT);
        document.add(printed);
        Paragraph confidential = new Paragraph(text("customer.card.confidential", locale), muted(8));
        confidential.setAlignment(Element.ALIGN_RIGHT);
        document.add(confidential);
        document.close();
        return out.toByteArray();
    }

    private static Font muted(float size) {
        Font font = CjkFont.of(size);
        font.setColor(MUTED);
        return font;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
