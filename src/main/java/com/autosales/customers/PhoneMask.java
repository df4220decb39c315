package com.autosales.customers;

/** 138****5678: keeps the first three and last four digits. */
final class PhoneMask {

    private PhoneMask() {
    }

    static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
