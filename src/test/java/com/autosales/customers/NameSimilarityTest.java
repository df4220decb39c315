package com.autosales.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void namesThatReadTheSameInPinyinAreSimilar() {
        assertThat(NameSimilarity.similar("张三", "章三")).isTrue();
        assertThat(NameSimilarity.similar("张三", "张 三")).isTrue();
    }

    @Test
    void companySuffixesSpacesAndBracketsAreLeftOut() {
        assertThat(NameSimilarity.similar("北京（海淀）汽车有限公司", "北京海淀汽车集团")).isTrue();
        assertThat(NameSimilarity.similar("顺达汽配 股份有限公司", "顺达汽配")).isTrue();
        assertThat(NameSimilarity.similar("苏州顺达集团有限公司", "苏州顺达公司")).isTrue();
    }

    @Test
    void differentNamesAreNotSimilar() {
        assertThat(NameSimilarity.similar("张三", "张三丰")).isFalse();
        assertThat(NameSimilarity.similar("北京海淀汽车", "北京朝阳汽车")).isFalse();
        assertThat(NameSimilarity.similar("有限公司", "")).isFalse();
    }
}
