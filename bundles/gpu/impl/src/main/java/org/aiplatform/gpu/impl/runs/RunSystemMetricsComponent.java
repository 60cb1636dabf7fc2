package org.aiplatform.gpu.impl.runs;

import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.tracking.api.TrackingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Logs GPU system metrics into runs while the tracking service is there; tracking is optional for GPU monitoring
 * (the reference is optional and greedy: the component restarts when tracking comes or goes).
 */
@Component(configurationPid = RunSystemMetricsComponent.PID)
public class RunSystemMetricsComponent {
    static final String PID = "org.aiplatform.gpu";

    /** Its key of the GPU monitor's configuration (described there for the metatype). */
    @interface Config {
        int system_metrics_seconds() default 10;
    }

    private final AutoCloseable subscription;

    @Activate
    public RunSystemMetricsComponent(@Reference GpuMonitor monitor,
                                     @Reference(cardinality = ReferenceCardinality.OPTIONAL,
                                         policyOption = ReferencePolicyOption.GREEDY) TrackingService tracking,
                                     Config config) {
        if (tracking == null) {
            this.subscription = null;
        } else {
            RunSystemMetrics metrics = new RunSystemMetrics(tracking, config.system_metrics_seconds() * 1000L);
            this.subscription = monitor.subscribe(metrics::sampled);
        }
    }

    @Deactivate
    void stop() throws Exception {
        if (subscription != null) {
            subscription.close();
        }
    }
}
