package org.aiplatform.kernel.api.health;

/**
 * The state of one platform bundle.
 *
 * @param symbolicName the bundle symbolic name
 * @param version the bundle version
 * @param state the OSGi state: {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, {@code STARTING}, …
 * @param unsatisfiedComponents DS components of the bundle that wait for a reference or configuration
 * @since 1.0.0
 */
public record BundleHealth(String symbolicName, String version, String state,
                           java.util.List<String> unsatisfiedComponents) {

    /** @return true when the bundle is active and all its components are satisfied */
    public boolean isReady() {
        return "ACTIVE".equals(state) && unsatisfiedComponents.isEmpty();
    }
}
