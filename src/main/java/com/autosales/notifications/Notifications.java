package com.autosales.notifications;

/** The one way modules notify people. Call it inside the business transaction: the notice commits with it. */
public interface Notifications {

    void send(Notice notice);
}
