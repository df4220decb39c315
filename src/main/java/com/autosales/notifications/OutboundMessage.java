package com.autosales.notifications;

/** A notification ready for an external channel: the recipient's address data and the rendered text. */
public record OutboundMessage(String recipient, String email, String text, String link) {
}
