package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void partOfAPhoneNumberIsSearchedByItsDigits() {
        assertThat(SearchTerms.of("139-1234").digits()).isEqualTo("%1391234%");
        assertThat(SearchTerms.of(" +86 (139) 1234 ").digits()).isEqualTo("%1391234%");
    }

    @Test
    void aNameWithDigitsInItIsNotAPhoneSearch() {
        assertThat(SearchTerms.of("车队123组").digits()).isEqualTo("~");
        assertThat(SearchTerms.of("export-d35ddd5b").digits()).isEqualTo("~");
    }

    @Test
    void fewerThanThreeDigitsMatchNoPhone() {
        assertThat(SearchTerms.of("13").digits()).isEqualTo("~");
    }

    @Test
    void pinyinIgnoresSpacesAndCase() {
        assertThat(SearchTerms.of("Zhang San").pinyin()).isEqualTo("%zhangsan%");
    }
}
