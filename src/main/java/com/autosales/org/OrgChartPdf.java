package com.autosales.org;

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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The org chart as a printable A4 landscape PDF: one row per unit, indented by level, with its people. */
@Component
class OrgChartPdf {

    private static final Color HEADER = new Color(0xE9, 0xEC, 0xEF);
    private static final Color STORE = new Color(0xF3, 0xF6, 0xFA);
    private static final Color VACANT = new Color(0xB3, 0x5C, 0x00);

    private final MessageSource messages;

    OrgChartPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(List<OrgChartNode> roots, Locale locale, ZonedDateTime at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("org.chart.title", locale));
        document.open();
        String title = text("org.chart.title", locale)
                + (roots.size() == 1 ? " · " + roots.get(0).name() : "");
        document.add(new Paragraph(title, CjkFont.bold(16)));
        int headcount = roots.stream().mapToInt(OrgChartNode::headcount).sum();
        Paragraph meta = new Paragraph(text("org.chart.pdf.generated", locale,
                at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), headcount), CjkFont.of(9));
        meta.setSpacingAfter(8);
        document.add(meta);
        PdfPTable table = new PdfPTable(new float[] {30, 10, 11, 8, 41});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("org.unit.name", "org.unit.kind", "org.chart.headcount-plan", "org.chart.vacancies",
                "org.chart.people")) {
            PdfPCell cell = new PdfPCell(new Phrase(text(key, locale), CjkFont.bold(9)));
            cell.setBackgroundColor(HEADER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        roots.forEach(root -> rows(table, root, locale));
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private void rows(PdfPTable table, OrgChartNode node, Locale locale) {
        Color shade = node.kind() == UnitKind.STORE || node.kind() == UnitKind.GROUP ? STORE : null;
        PdfPCell name = cell(node.name(), node.depth() <= 1 ? CjkFont.bold(9) : CjkFont.of(9), shade);
        name.setPaddingLeft(4 + node.depth() * 12f);
        table.addCell(name);
        table.addCell(cell(text("org.kind." + node.kind().name(), locale), CjkFont.of(8), shade));
        String plan = node.plannedHeadcount() == null ? String.valueOf(node.headcount())
                : node.headcount() + " / " + node.plannedHeadcount();
        PdfPCell planCell = cell(plan, CjkFont.of(9), shade);
        planCell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(planCell);
        Font vacancyFont = CjkFont.of(9);
        if (node.vacancies() > 0) {
            vacancyFont.setColor(VACANT);
        }
        PdfPCell vacancies = cell(node.vacancies() > 0 ? String.valueOf(node.vacancies()) : "-", vacancyFont, shade);
        vacancies.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(vacancies);
        String people = node.people().stream()
                .map(p -> p.name() + (p.positionName() == null ? "" : "（" + p.positionName() + "）")
                        + (p.status() == EmployeeStatus.ON_LEAVE ? " " + text("org.status.ON_LEAVE", locale) : ""))
                .collect(Collectors.joining("、"));
        table.addCell(cell(people, CjkFont.of(9), shade));
        node.children().forEach(child -> rows(table, child, locale));
    }

    private static PdfPCell cell(String text, Font font, Color shade) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        if (shade != null) {
            cell.setBackgroundColor(shade);
        }
        return cell;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
