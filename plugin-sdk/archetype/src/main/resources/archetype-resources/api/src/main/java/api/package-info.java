/**
 * The API of the ${pluginId} plugin: what other bundles may call. The only exported package of the plugin; bump
 * its version as baselining asks (a new method on a provider type is a minor bump).
 *
 * @since 1.0.0
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package ${package}.api;
