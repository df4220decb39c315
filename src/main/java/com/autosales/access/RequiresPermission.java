package com.autosales.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;

/**
 * Same as {@link com.autosales.shared.web.RequiresPermission}, which new code should use (modules
 * that access depends on cannot use this one without a cycle). Kept so existing controllers work.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@com.autosales.shared.web.RequiresPermission("")
public @interface RequiresPermission {

    @AliasFor(annotation = com.autosales.shared.web.RequiresPermission.class)
    String value();
}
