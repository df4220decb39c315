package com.autosales.access;

import com.autosales.shared.DomainException;

/** 密码规则 — at least 8 characters with letters and digits, and not the username. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 200
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new DomainException("access.user.weak-password", MIN_LENGTH);
        }
        if (password.equalsIgnoreCase(username)) {
            throw new DomainException("access.user.password-is-username");
        }
    }
}
