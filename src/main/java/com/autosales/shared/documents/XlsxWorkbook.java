package com.autosales.shared.documents;

import com.autosales.shared.Money;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * An export's workbook: streamed (SXSSF), each sheet with a bold frozen header row, then rows whose text never
 * starts a formula ({@link SpreadsheetText}), whose counts and amounts are numbers.
 */
public final class XlsxWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int WINDOW = 100;
    private static final int COLUMN_WIDTH = 16;

    /** Writes a workbook's sheets. */
    public interface Content {
        void write(XlsxWorkbook workbook) throws IOException;
    }

    private final SXSSFWorkbook workbook;
    private final CellStyle bold;

    private XlsxWorkbook(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        this.bold.setFont(font);
    }

    /** Answers the request with a workbook as a download that no cache keeps. */
    public static void send(HttpServletResponse response, String filename, Content content) throws IOException {
        attachment(response, CONTENT_TYPE, filename);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            content.write(new XlsxWorkbook(workbook));
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Makes the response a download of this type and name (UTF-8 names allowed) that no cache keeps. */
    public static void attachment(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** A new sheet with its header row; characters a sheet name may not hold are replaced. */
    public Sheet sheet(String name, List<String> headers) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name, '·'));
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
            row.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, COLUMN_WIDTH * 256);
        }
        sheet.createFreezePane(0, 1);
        return new Sheet(sheet, bold);
    }

    /** A sheet being written, a row at a time. */
    public static final class Sheet {

        private final SXSSFSheet sheet;
        private final CellStyle bold;

        private Sheet(SXSSFSheet sheet, CellStyle bold) {
            this.sheet = sheet;
            this.bold = bold;
        }

        /** A row of values: text, whole numbers, amounts ({@link Money}, {@link BigDecimal}); {@code null} leaves a cell empty. */
        public void row(List<?> values) {
            write(values, false);
        }

        /** A row in bold, for totals. */
        public void boldRow(List<?> values) {
            write(values, true);
        }

        public void width(int column, int characters) {
            sheet.setColumnWidth(column, characters * 256);
        }

        private void write(List<?> values, boolean inBold) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(c);
                if (value instanceof Money money) {
                    cell.setCellValue(money.amount().doubleValue());
                } else if (value instanceof BigDecimal amount) {
                    cell.setCellValue(amount.doubleValue());
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.longValue());
                } else {
                    cell.setCellValue(SpreadsheetText.safe(value.toString()));
                }
                if (inBold) {
                    cell.setCellStyle(bold);
                }
            }
        }
    }
}
