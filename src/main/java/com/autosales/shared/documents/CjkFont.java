package com.autosales.shared.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Chinese-capable font every PDF uses: WenQuanYi Micro Hei (Apache-2.0), shipped inside the
 * app so PDFs look the same on every server, whatever fonts it has. It also covers Latin text.
 */
public final class CjkFont {

    private static final BaseFont BASE = load();

    private CjkFont() {
    }

    public static Font of(float size) {
        return new Font(BASE, size);
    }

    public static Font bold(float size) {
        return new Font(BASE, size, Font.BOLD);
    }

    public static BaseFont base() {
        return BASE;
    }

    private static BaseFont load() {
        try (InputStream in = CjkFont.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            if (in == null) {
                throw new IllegalStateException("fonts/wqy-microhei.ttc missing from the classpath");
            }
            // OpenPDF reads a font from bytes only when the name ends in .ttf / .ttc,N
            return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
