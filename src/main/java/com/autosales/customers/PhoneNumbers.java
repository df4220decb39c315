package com.autosales.customers;

/** Phone numbers compared by their digits: {@code +86 139-1234 0001} and {@code 13912340001} are the same. */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
