package com.autosales.approvals;

/** The person asking for an approval, as the org knew them when they asked. */
record Requester(String username, String name, Long employeeId, Long storeId) {
}
