package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitFormTest {

    @Test
    void blankTextsAreStoredAsNothingAndTextIsTrimmed() {
        VisitForm form = new VisitForm(null, VisitKind.PHONE, "  回访 ", " ", null, null, "\t");
        assertThat(form.purpose()).isEqualTo("回访");
        assertThat(form.result()).isNull();
        assertThat(form.corrections()).isNull();
    }

    @Test
    void theStaleFilterIsOffUnlessAskedForAndCountsAsAFilter() {
        assertThat(ProfileFilter.none().stale()).isFalse();
        assertThat(ProfileFilter.none().any()).isFalse();
        ProfileFilter staleOnly = new ProfileFilter(null, null, null, null, null, null, null, null, null, null, true, null);
        assertThat(staleOnly.any()).isTrue();
        assertThat(staleOnly.query()).isEqualTo("stale=true");
    }
}
