package com.autosales.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageControllerTest {

    @Test
    void returnsToThePageTheUserCameFromWithoutTheLangParameter() {
        assertThat(LanguageController.sameSitePath("http://localhost:8080/customers?q=王&lang=en")).isEqualTo("/customers?q=王");
        assertThat(LanguageController.sameSitePath("http://localhost:8080/customers?lang=en")).isEqualTo("/customers");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertThat(LanguageController.sameSitePath("https://evil.example//phish")).isEqualTo("/");
        assertThat(LanguageController.sameSitePath(null)).isEqualTo("/");
        assertThat(LanguageController.sameSitePath("not a uri ^")).isEqualTo("/");
    }
}
