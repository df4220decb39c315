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
    void threeOrMoreCharactersAreFoundAnywhereFewerOnlyAtTheStart() {
        assertThat(SearchTerms.of("华通汽车").name()).isEqualTo("%华通汽车%");
        assertThat(SearchTerms.of("Zhang San").pinyin()).isEqualTo("%zhangsan%");
        assertThat(SearchTerms.of("王芳").name()).isEqualTo("王芳%");
        assertThat(SearchTerms.of("zh").pinyin()).isEqualTo("zh%");
    }

    @Test
    void initialsAreMatchedFromTheStart() {
        assertThat(SearchTerms.of("zs").initials()).isEqualTo("zs%");
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertThat(SearchTerms.of("100%").name()).isEqualTo("%100\\%%");
        assertThat(SearchTerms.of("a_b").name()).isEqualTo("%a\\_b%");
    }

    @Test
    void nothingTypedMeansNoSearch() {
        assertThat(SearchTerms.of("  ").isBlank()).isTrue();
        assertThat(SearchTerms.of("z").isBlank()).isFalse();
    }
}
