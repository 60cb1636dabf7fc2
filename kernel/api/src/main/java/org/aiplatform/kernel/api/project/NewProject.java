package org.aiplatform.kernel.api.project;

/**
 * What a caller gives to create a project.
 *
 * @param name the unique name: 1 to 100 letters (any script), digits, spaces, {@code . _ -}, starting with a
 *             letter or digit
 * @param description free text up to 4000 characters, may be null
 * @since 1.0.0
 */
public record NewProject(String name, String description) {
}
