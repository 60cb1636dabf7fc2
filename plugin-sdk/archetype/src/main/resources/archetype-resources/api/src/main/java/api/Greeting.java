package ${package}.api;

/**
 * A greeting, as the REST API and the console show it.
 *
 * @param name who is greeted
 * @param message the greeting itself
 * @since 1.0.0
 */
public record Greeting(String name, String message) {
}
