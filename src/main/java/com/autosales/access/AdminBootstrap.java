package com.autosales.access;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production install without demo data needs a first login: with
 * {@code AUTOSALES_BOOTSTRAP_ADMIN_PASSWORD} set and no users yet, creates {@code admin}.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccessSetup setup;
    private final String password;

    AdminBootstrap(AccessSetup setup, @Value("${autosales.bootstrap.admin-password:}") String password) {
        this.setup = setup;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!setup.isFirstRun()) {
            return;
        }
        if (password.isBlank()) {
            log.warn("No users yet. Set AUTOSALES_BOOTSTRAP_ADMIN_PASSWORD to create the first 'admin' login.");
            return;
        }
        setup.createUser(new AccessSetup.NewUser("admin", password, "Administrator", null, null, null, List.of("admin")));
        log.info("Created the first login 'admin'.");
    }
}
