package com.autosales.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressRegionTest {

    @Test
    void aMunicipalityIsItsOwnCity() {
        assertThat(AddressRegion.of("上海市浦东新区世纪大道100号")).contains("上海市");
        assertThat(AddressRegion.of("北京市朝阳区建国路1号")).contains("北京市");
    }

    @Test
    void aProvinceIsFollowedByItsCity() {
        assertThat(AddressRegion.of("广东省广州市天河区体育西路191号")).contains("广东省广州市");
        assertThat(AddressRegion.of("黑龙江省哈尔滨市南岗区")).contains("黑龙江省哈尔滨市");
    }

    @Test
    void anAutonomousRegionIsFollowedByItsCity() {
        assertThat(AddressRegion.of("内蒙古自治区呼和浩特市新城区")).contains("内蒙古自治区呼和浩特市");
        assertThat(AddressRegion.of("新疆维吾尔自治区乌鲁木齐市天山区")).contains("新疆维吾尔自治区乌鲁木齐市");
    }

    @Test
    void aSpecialAdministrativeRegionStandsAlone() {
        assertThat(AddressRegion.of("香港特别行政区九龙尖沙咀弥敦道1号")).contains("香港特别行政区");
    }

    @Test
    void aProvinceWithoutACityIsTheProvince() {
        assertThat(AddressRegion.of("浙江省")).contains("浙江省");
    }

    @Test
    void spacesAndTheCountryInFrontAreIgnored() {
        assertThat(AddressRegion.of("  中国 江苏省 苏州市 工业园区")).contains("江苏省苏州市");
    }

    @Test
    void plainTextWithoutAProvinceHasNoRegion() {
        assertThat(AddressRegion.of("浦东新区张江路100号")).isEmpty();
        assertThat(AddressRegion.of("Room 5, 100 Zhangjiang Road")).isEmpty();
        assertThat(AddressRegion.of("")).isEmpty();
        assertThat(AddressRegion.of(null)).isEmpty();
    }
}
