package com.autosales.leads;

/** How a follow-up reached the customer. */
public enum FollowUpChannel {
    PHONE, VISIT, WECHAT, SMS
}
