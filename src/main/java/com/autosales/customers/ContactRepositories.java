package com.autosales.customers;

/**
 * Search conditions over the contact tables, shared by the customer list's queries (alias {@code c} = the
 * customer): any extra phone or contact phone containing {@code :digits}, an ID / credit code starting with
 * {@code :code}.
 */
final class ContactRepositories {

    static final String OTHER_PHONES_OR_IDENTITY =
            " or exists (select 1 from CustomerPhone xp where xp.customerId = c.id and xp.phoneNormalized like :digits)"
            + " or exists (select 1 from CustomerContact xk where xk.customerId = c.id"
            + " and (xk.mobileNormalized like :digits or xk.officeNormalized like :digits))"
            + " or exists (select 1 from CustomerIdentity xi where xi.customerId = c.id"
            + " and (xi.idNumber like :code or xi.registrationNo like :code))";

    private ContactRepositories() {
    }
}
