package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNamesTest {

    @Test
    void aChineseNameBecomesFullPinyinAndInitials() {
        assertThat(ChineseNames.fullPinyin("张三")).isEqualTo("zhangsan");
        assertThat(ChineseNames.initials("张三")).isEqualTo("zs");
    }

    @Test
    void latinLettersAndDigitsInACompanyNameAreKept() {
        assertThat(ChineseNames.fullPinyin("浦江物流A8有限公司")).isEqualTo("pujiangwuliua8youxiangongsi");
        assertThat(ChineseNames.initials("4S店")).isEqualTo("4sd");
    }

    @Test
    void umlautIsWrittenAsV() {
        assertThat(ChineseNames.fullPinyin("吕")).isEqualTo("lv");
    }

    @Test
    void phoneNumbersCompareByTheirDigits() {
        assertThat(PhoneNumbers.normalise("+86 139-1234 0001")).isEqualTo("13912340001");
        assertThat(PhoneNumbers.normalise("008613912340001")).isEqualTo("13912340001");
        assertThat(PhoneNumbers.normalise("021-5888 1234")).isEqualTo("02158881234");
        assertThat(PhoneNumbers.normalise(" ")).isNull();
    }
}
