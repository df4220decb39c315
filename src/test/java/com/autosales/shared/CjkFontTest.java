package com.autosales.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.autosales.shared.documents.CjkFont;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    @Test
    void theBundledFontHasChineseAndLatinGlyphs() {
        assertThat(CjkFont.base().charExists('客')).isTrue();
        assertThat(CjkFont.base().charExists('A')).isTrue();
        assertThat(CjkFont.base().charExists('¥')).isTrue();
    }

    @Test
    void aPdfWithChineseTextEmbedsTheFont() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("销售合同 Sales contract ¥158,800.00", CjkFont.of(14)));
        document.close();
        assertThat(out.size()).isGreaterThan(1000);
        Path pdf = Path.of("target/cjk-font-sample.pdf");
        Files.write(pdf, out.toByteArray());
        assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("WenQuanYi");
    }
}
