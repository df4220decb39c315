package com.autosales.sales;

/** Whose quote it is: the lead it was made for, its customer, store and consultant. */
record QuoteOwner(Long leadId, Long customerId, String customerName, Long storeId, Long ownerEmployeeId,
        String ownerName) {
}
