package com.autosales.org;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A position template as the form and the API send it. A mutable bean because the form grows and
 * shrinks its list of duties (岗位职责) row by row.
 */
public class PositionForm {

    /** The role codes seeded by V7__role_templates.sql; a position maps to one of them by default. */
    public static final List<String> ROLE_CODES = List.of("admin", "gm", "salesmanager", "consultant", "clerk",
            "finance", "partsplanner", "service", "cs", "director");

    static final int MAX_DUTIES = 20;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "^$|^[a-z0-9][a-z0-9-]*$", message = "{org.position.code.invalid}")
    private String code;

    @NotBlank
    @Size(max = 100)
    private String nameZh;

    @Size(max = 100)
    private String nameEn;

    @NotNull
    private StoreType storeType;

    @NotNull
    @Min(1)
    @Max(9)
    private Integer level;

    private Long reportsToId;

    @Pattern(regexp = "^$|^(admin|gm|salesmanager|consultant|clerk|finance|partsplanner|service|cs|director)$",
            message = "{org.position.role.invalid}")
    private String defaultRoleCode;

    @Valid
    @Size(max = MAX_DUTIES)
    private List<DutyLine> duties = new ArrayList<>();

    /** One row of the duties editor. */
    public static class DutyLine {

        @Size(max = 300)
        private String zh;

        @Size(max = 300)
        private String en;

        public DutyLine() {
        }

        public DutyLine(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        boolean isBlank() {
            return (zh == null || zh.isBlank()) && (en == null || en.isBlank());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh == null ? null : nameZh.trim();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
    }

    public StoreType getStoreType() {
        return storeType;
    }

    public void setStoreType(StoreType storeType) {
        this.storeType = storeType;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public void setReportsToId(Long reportsToId) {
        this.reportsToId = reportsToId;
    }

    public String getDefaultRoleCode() {
        return defaultRoleCode;
    }

    public void setDefaultRoleCode(String defaultRoleCode) {
        this.defaultRoleCode = defaultRoleCode == null || defaultRoleCode.isBlank() ? null : defaultRoleCode.trim();
    }

    public List<DutyLine> getDuties() {
        return duties;
    }

    public void setDuties(List<DutyLine> duties) {
        this.duties = duties == null ? new ArrayList<>() : new ArrayList<>(duties);
    }
}
