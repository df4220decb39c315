package com.autosales.customers;

/**
 * One problem of an import row, in the reader's language.
 *
 * @param row       the row number as Excel shows it (the header is row 1)
 * @param column    the column's label, e.g. 电话 / Phone
 * @param columnRef the column's letter in the file (A, B, …), or empty when the field was not mapped
 * @param duplicate whether the row was left out as a duplicate (of a card or of an earlier row)
 */
public record CustomerImportProblem(int row, String field, String column, String columnRef, String value,
        String reason, boolean duplicate) {
}
