package com.autosales.notifications;

import java.util.Optional;

/** Looks up how to reach a user outside the app. Implemented by the access module. */
public interface RecipientDirectory {

    Optional<String> emailOf(String username);
}
