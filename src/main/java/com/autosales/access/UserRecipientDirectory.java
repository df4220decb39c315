package com.autosales.access;

import com.autosales.notifications.RecipientDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the notification centre a user's e-mail address, if they have one and may still log in. */
@Component
class UserRecipientDirectory implements RecipientDirectory {

    private final UserAccounts users;

    UserRecipientDirectory(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::enabled)
                .map(UserAccount::email)
                .filter(email -> !email.isBlank());
    }
}
