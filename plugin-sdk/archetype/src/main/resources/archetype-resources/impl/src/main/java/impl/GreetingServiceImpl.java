package ${package}.impl;

import ${package}.api.Greeting;
import ${package}.api.GreetingService;
import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Greets with the salutation of {@code etc/${package}.cfg} (key {@code salutation}). */
@Component(service = GreetingService.class, configurationPid = GreetingServiceImpl.PID)
@Designate(ocd = GreetingServiceImpl.Config.class)
public final class GreetingServiceImpl implements GreetingService {
    static final String PID = "${package}";
    static final int MAX_NAME_LENGTH = 64;

    @ObjectClassDefinition(name = "AI Platform plugin ${pluginId}")
    @interface Config {
        @AttributeDefinition(description = "The word greetings start with")
        String salutation() default "Hello";
    }

    private final String salutation;

    @Activate
    public GreetingServiceImpl(Config config) {
        this.salutation = config.salutation();
    }

    @Override
    public Greeting greet(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            // an ApiException reaches REST callers as a 400 with error_code INVALID_PARAMETER_VALUE
            throw new ApiException(ErrorCode.INVALID_PARAMETER_VALUE,
                "name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return new Greeting(trimmed, salutation + ", " + trimmed + "!");
    }
}
