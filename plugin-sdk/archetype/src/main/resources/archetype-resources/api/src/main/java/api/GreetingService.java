package ${package}.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Greets people: the example service of the ${pluginId} plugin, to be replaced with the plugin's own.
 *
 * @since 1.0.0
 */
@ProviderType
public interface GreetingService {
    /** The permission to read greetings over REST, {@code <area>:<action>}. */
    String READ_PERMISSION = "${pluginId}:read";

    /**
     * @param name who to greet, 1 to 64 characters once trimmed
     * @return the greeting
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE when the name is blank or too long
     */
    Greeting greet(String name);
}
