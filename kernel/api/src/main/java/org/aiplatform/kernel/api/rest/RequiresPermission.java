package org.aiplatform.kernel.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checked by the kernel's filter before the method runs: the caller must hold {@link #value()} globally or, when
 * {@link #projectParam()} names a path parameter, in the project that parameter holds. A denied call answers 403
 * and the method never runs. Methods whose project is only known after a lookup check with
 * {@link org.aiplatform.kernel.api.security.Caller#check(String, String)} instead.
 *
 * @since 1.0.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {

    /** @return the permission string, {@code <area>:<action>} */
    String value();

    /** @return the name of the path parameter that holds the project id; empty for a global check */
    String projectParam() default "";
}
