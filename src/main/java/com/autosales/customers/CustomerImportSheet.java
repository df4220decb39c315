package com.autosales.customers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's SAX reader (XSSFReader + XSSFSheetXMLHandler):
 * only the current row is in memory, so 100,000 rows read in a small heap.
 */
final class CustomerImportSheet {

    /** One row: its number as Excel shows it (1 = the header) and its cell texts by column index (0 = A). */
    interface RowHandler {
        void row(int rowNo, List<String> cells);
    }

    /** Thrown by a handler to stop reading early (e.g. after the header). */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** The file is not a readable .xlsx workbook. */
    static final class Unreadable extends RuntimeException {
        Unreadable(Throwable cause) {
            super(cause);
        }
    }

    /** The package of Apache POI's own exceptions. */
    private static final String POI = org.apache.poi.EmptyFileException.class.getPackageName();

    private CustomerImportSheet() {
    }

    /** The header row's texts (row 1), or an empty list for an empty sheet. */
    static List<String> headers(byte[] file) {
        List<String> headers = new ArrayList<>();
        read(file, (rowNo, cells) -> {
            if (rowNo == 1) {
                headers.addAll(cells);
            }
            throw new Stop();
        });
        return headers;
    }

    /** How many rows the first sheet has (a quick pass that looks at row elements only), for the progress bar. */
    static int countRows(byte[] file) {
        int[] count = {0};
        withSheet(file, (pkg, reader, sheet) -> {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("row".equals(localName)) {
                        count[0]++;
                    }
                }
            });
            parser.parse(new InputSource(sheet));
        });
        return count[0];
    }

    /** Hands every row of the first sheet to the handler, in order; empty rows in between are skipped by the file. */
    static void read(byte[] file, RowHandler handler) {
        withSheet(file, (pkg, reader, sheet) -> {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
                    new DataFormatter(java.util.Locale.ROOT), false));
            parser.parse(new InputSource(sheet));
        });
    }

    private interface SheetWork {
        void run(OPCPackage pkg, XSSFReader reader, InputStream sheet) throws Exception;
    }

    private static void withSheet(byte[] file, SheetWork work) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                work.run(pkg, reader, sheet);
            }
        } catch (Stop stop) {
            // the handler has what it wanted
        } catch (Unreadable e) {
            throw e;
        } catch (RuntimeException e) {
            // POI's own exceptions mean a broken or foreign file; anything else comes from the row handler
            if (e.getClass().getName().startsWith(POI) || e instanceof IllegalArgumentException) {
                throw new Unreadable(e);
            }
            throw e;
        } catch (Exception e) {
            throw new Unreadable(e);
        }
    }

    /** Collects the cells of one row by column (cells may be missing; their reference says where each one is). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int next;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? next : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.trim();
            if (cells.size() == column) {
                cells.add(value);
            } else {
                cells.set(column, value);
            }
            next = column + 1;
        }
    }
}
