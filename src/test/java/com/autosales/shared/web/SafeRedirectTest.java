package com.autosales.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectTest {

    @Test
    void returnsToThePageTheUserCameFromWithoutTheLangParameter() {
        assertThat(SafeRedirect.back("http://localhost:8080/customers?q=王&lang=en")).isEqualTo("/customers?q=王");
        assertThat(SafeRedirect.back("http://localhost:8080/customers?lang=en")).isEqualTo("/customers");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertThat(SafeRedirect.back("https://evil.example//phish")).isEqualTo("/");
        assertThat(SafeRedirect.back(null)).isEqualTo("/");
        assertThat(SafeRedirect.back("not a uri ^")).isEqualTo("/");
    }
}
