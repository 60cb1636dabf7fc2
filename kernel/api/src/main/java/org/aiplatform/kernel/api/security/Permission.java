package org.aiplatform.kernel.api.security;

import java.util.Objects;

/**
 * A permission a bundle checks on its endpoints, declared so that role editors can list it.
 *
 * @param name the permission string, {@code <area>:<action>}
 * @param description what it allows, in English
 * @since 1.0.0
 */
public record Permission(String name, String description) {

    /**
     * @param name the permission string
     * @param description what it allows
     */
    public Permission {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9_-]*:[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("permission must look like <area>:<action>: " + name);
        }
    }
}
