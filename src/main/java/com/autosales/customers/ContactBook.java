package com.autosales.customers;

import java.util.List;

/**
 * 联系方式与地址 — the identity numbers, extra phones, addresses and contacts of one card, masked like the card's
 * phone for readers who may not see them.
 */
public record ContactBook(Long customerId, CustomerKind kind, Identity identity, List<Phone> phones,
        List<Address> addresses, List<Contact> contacts) {

    public record Identity(String idNumber, String registrationNo, long version) {
    }

    public record Phone(Long id, PhoneLabel label, String phone, long version) {
    }

    public record Address(Long id, AddressLabel label, String address, String postalCode, boolean isDefault,
            long version) {
    }

    public record Contact(Long id, String name, String title, String mobile, String officePhone, String email,
            String note, boolean primaryContact, boolean decisionMaker, long version) {
    }
}
