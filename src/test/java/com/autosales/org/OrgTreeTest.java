package com.autosales.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.autosales.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Where units may sit, move and close: the rules, without a database. */
class OrgTreeTest {

    private static final OrgTree.Node GROUP = node(1L, null, UnitKind.GROUP, null, "华东汽车集团");
    private static final OrgTree.Node STORE = node(2L, 1L, UnitKind.STORE, StoreType.DEALERSHIP, "上海浦东4S店");
    private static final OrgTree.Node SALES = node(3L, 2L, UnitKind.DEPARTMENT, null, "销售部");
    private static final OrgTree.Node TEAM = node(4L, 3L, UnitKind.TEAM, null, "销售一组");
    private static final OrgTree.Node SERVICE = node(5L, 2L, UnitKind.DEPARTMENT, null, "售后服务部");
    private static final OrgTree.Node DISTRIBUTOR = node(6L, 1L, UnitKind.STORE, StoreType.DISTRIBUTOR, "华东配件经销中心");
    private static final OrgTree.Node PARTS_SALES = node(7L, 6L, UnitKind.DEPARTMENT, null, "配件销售部");
    private static final OrgTree.Node EAST = node(8L, 7L, UnitKind.REGION, null, "华东大区");

    private final OrgTree tree = new OrgTree(List.of(GROUP, STORE, SALES, TEAM, SERVICE, DISTRIBUTOR, PARTS_SALES, EAST));

    private static OrgTree.Node node(Long id, Long parent, UnitKind kind, StoreType type, String name) {
        return new OrgTree.Node(id, parent, kind, type, name, true);
    }

    private static String chinese(DomainException e) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:messages", "classpath:i18n/org", "classpath:i18n/customers");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages.getMessage(e.messageKey(), e.args(), Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aDepartmentCannotMoveUnderItsOwnTeam() {
        assertThatThrownBy(() -> tree.checkMove(SALES.id(), TEAM.id(), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit.move-cycle");
                    assertThat(chinese(e)).contains("“销售部”", "“销售一组”", "循环");
                });
    }

    @Test
    void aUnitCannotMoveUnderItself() {
        assertThatThrownBy(() -> tree.checkMove(TEAM.id(), TEAM.id(), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.unit.move-cycle"));
    }

    @Test
    void aTeamCannotHangDirectlyUnderTheGroup() {
        assertThatThrownBy(() -> tree.checkMove(TEAM.id(), GROUP.id(), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit.wrong-parent");
                    assertThat(chinese(e)).isEqualTo("小组不能设在“华东汽车集团”（集团）下面。");
                });
    }

    @Test
    void aTeamMovesFreelyBetweenDepartmentsOfItsStore() {
        assertThatCode(() -> tree.checkMove(TEAM.id(), SERVICE.id(), 5)).doesNotThrowAnyException();
    }

    @Test
    void aTeamWithPeopleCannotMoveToAnotherStoreAndTheReasonSaysHowMany() {
        assertThatThrownBy(() -> tree.checkMove(TEAM.id(), EAST.id(), 3))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit.move-across-stores");
                    assertThat(chinese(e)).contains("3 名在职人员", "“上海浦东4S店”", "“华东配件经销中心”");
                });
    }

    @Test
    void anEmptyTeamMayMoveToAnotherStore() {
        assertThatCode(() -> tree.checkMove(TEAM.id(), EAST.id(), 0)).doesNotThrowAnyException();
    }

    @Test
    void theGroupNeverMoves() {
        assertThatThrownBy(() -> tree.checkMove(GROUP.id(), STORE.id(), 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.unit.group-is-root"));
    }

    @Test
    void salesRegionsAndDistrictsExistOnlyInADistributor() {
        assertThatThrownBy(() -> tree.checkPlacement(UnitKind.REGION, null, SALES.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit.sales-area-needs-distributor");
                    assertThat(chinese(e)).isEqualTo("销售区域只能设在配件经销商下。");
                });
        assertThatCode(() -> tree.checkPlacement(UnitKind.REGION, null, PARTS_SALES.id())).doesNotThrowAnyException();
        assertThatCode(() -> tree.checkPlacement(UnitKind.DISTRICT, null, EAST.id())).doesNotThrowAnyException();
        assertThatThrownBy(() -> tree.checkPlacement(UnitKind.TERRITORY, null, EAST.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.unit.wrong-parent"));
    }

    @Test
    void aNewStoreNeedsAStoreType() {
        assertThatThrownBy(() -> tree.checkPlacement(UnitKind.STORE, null, GROUP.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.unit.store-type-required"));
    }

    @Test
    void closingIsRefusedWhilePeopleAndCustomersRemainAndTheReasonNamesBothCounts() {
        List<OrgTree.Blocker> blockers = List.of(new OrgTree.Blocker("org.unit.blocker.people", 3),
                new OrgTree.Blocker("customer.owned-count", 12));
        assertThatThrownBy(() -> OrgTree.checkClose(TEAM, blockers))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit.close-refused");
                    assertThat(chinese(e)).isEqualTo("不能撤销“销售一组”：其下仍有 3 名在职人员、12 个客户档案。请先调走人员、移交记录后再撤销。");
                });
    }

    @Test
    void closingIsRefusedForCustomersAloneWithoutMentioningPeople() {
        List<OrgTree.Blocker> blockers = List.of(new OrgTree.Blocker("org.unit.blocker.people", 0),
                new OrgTree.Blocker("customer.owned-count", 2));
        assertThatThrownBy(() -> OrgTree.checkClose(TEAM, blockers))
                .isInstanceOfSatisfying(DomainException.class, e ->
                        assertThat(chinese(e)).contains("2 个客户档案").doesNotContain("在职人员"));
    }

    @Test
    void anEmptyUnitMayClose() {
        assertThatCode(() -> OrgTree.checkClose(TEAM, List.of(new OrgTree.Blocker("org.unit.blocker.people", 0))))
                .doesNotThrowAnyException();
    }

    @Test
    void theGroupCannotClose() {
        assertThatThrownBy(() -> OrgTree.checkClose(GROUP, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.unit.group-is-root"));
    }

    @Test
    void theStoreOfATeamIsFoundAboveIt() {
        assertThat(tree.storeOf(TEAM.id())).contains(STORE);
        assertThat(tree.storeOf(GROUP.id())).isEmpty();
        assertThat(tree.subtree(SALES.id())).containsExactly(SALES.id(), TEAM.id());
    }
}
