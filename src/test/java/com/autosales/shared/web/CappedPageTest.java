package com.autosales.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class CappedPageTest {

    private static List<Integer> rows(int n) {
        return Collections.nCopies(n, 1);
    }

    @Test
    void aCountBelowTheCapIsExact() {
        CappedPage<Integer> page = new CappedPage<>(rows(20), PageRequest.of(0, 20), 57, 1000);
        assertThat(page.isCapped()).isFalse();
        assertThat(page.getTotalElements()).isEqualTo(57);
        assertThat(page.getTotalPages()).isEqualTo(3);
    }

    @Test
    void aCountAboveTheCapSaysSoAndAFullPageAlwaysHasANextOne() {
        CappedPage<Integer> first = new CappedPage<>(rows(20), PageRequest.of(0, 20), 1001, 1000);
        assertThat(first.isCapped()).isTrue();
        assertThat(first.hasNext()).isTrue();
        CappedPage<Integer> deep = new CappedPage<>(rows(20), PageRequest.of(80, 20), 1001, 1000);
        assertThat(deep.hasNext()).as("page 81 of a list longer than the cap").isTrue();
        CappedPage<Integer> last = new CappedPage<>(rows(7), PageRequest.of(90, 20), 1001, 1000);
        assertThat(last.hasNext()).isFalse();
    }
}
