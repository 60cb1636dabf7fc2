package ${package}.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.osgi.util.converter.Converters;

class GreetingServiceImplTest {
    private final GreetingServiceImpl service = new GreetingServiceImpl(
        Converters.standardConverter().convert(Map.of("salutation", "Hi")).to(GreetingServiceImpl.Config.class));

    @Test
    void greetsWithTheConfiguredSalutation() {
        assertEquals("Hi, Ada!", service.greet("  Ada ").message());
        assertEquals("Ada", service.greet("Ada").name());
    }

    @Test
    void refusesBlankAndOverlongNames() {
        for (String bad : new String[] {null, " ", "x".repeat(GreetingServiceImpl.MAX_NAME_LENGTH + 1)}) {
            ApiException e = assertThrows(ApiException.class, () -> service.greet(bad));
            assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        }
    }
}
