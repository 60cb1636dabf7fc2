package org.aiplatform.kernel.impl.health;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aiplatform.kernel.api.health.BundleHealth;
import org.aiplatform.kernel.api.health.HealthIndicator;
import org.aiplatform.kernel.api.health.HealthReport;
import org.aiplatform.kernel.api.health.HealthResult;
import org.aiplatform.kernel.api.health.HealthService;
import org.aiplatform.kernel.api.health.HealthStatus;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ready means: every {@link HealthIndicator} is UP and every platform bundle ({@code org.aiplatform.*}) is active
 * with no Declarative Services component waiting for a reference or failed in activation.
 */
@Component(service = HealthService.class)
public class HealthServiceImpl implements HealthService {
    static final String PLATFORM_PREFIX = "org.aiplatform.";
    private static final Logger LOG = LoggerFactory.getLogger(HealthServiceImpl.class);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Map<HealthIndicator, Boolean> indicators = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public HealthServiceImpl(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.put(indicator, Boolean.TRUE);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @Override
    public HealthReport report() {
        List<HealthResult> checks = new ArrayList<>();
        for (HealthIndicator indicator : indicators.keySet()) {
            checks.add(run(indicator));
        }
        checks.sort(Comparator.comparing(HealthResult::name));
        List<BundleHealth> bundles = bundles();
        boolean ready = checks.stream().allMatch(c -> c.status() == HealthStatus.UP)
            && bundles.stream().allMatch(BundleHealth::isReady);
        return new HealthReport(ready ? HealthStatus.UP : HealthStatus.DOWN, ready, clock.instant(), checks, bundles);
    }

    private static HealthResult run(HealthIndicator indicator) {
        try {
            return indicator.check();
        } catch (RuntimeException e) {
            LOG.warn("Health indicator {} failed", indicator.getClass().getName(), e);
            return HealthResult.down(indicator.getClass().getSimpleName(), "check failed: " + e);
        }
    }

    private List<BundleHealth> bundles() {
        List<BundleHealth> out = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            boolean fragment = bundle.getHeaders("").get("Fragment-Host") != null;
            if (name != null && name.startsWith(PLATFORM_PREFIX) && !fragment) {
                out.add(new BundleHealth(name, bundle.getVersion().toString(), BundleStates.name(bundle.getState()),
                    unsatisfied(bundle)));
            }
        }
        out.sort(Comparator.comparing(BundleHealth::symbolicName));
        return out;
    }

    private List<String> unsatisfied(Bundle bundle) {
        List<String> waiting = new ArrayList<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                    || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    waiting.add(description.name);
                }
            }
        }
        return waiting;
    }
}
