package com.autosales.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission ({@code <module>:<action>}) a page or API endpoint needs. Checked by the access
 * module before the request body is read or validated, so a user without it gets 403, never a
 * validation error. On a class it applies to every handler method without its own.
 * <p>
 * It lives in the shared kernel, like {@link NavItem}'s authority, so that modules the access
 * module itself depends on (org, audit) can protect their routes without a dependency cycle.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
public @interface RequiresPermission {

    String value();
}
