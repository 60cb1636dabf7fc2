package org.aiplatform.gpu.api;

import java.util.List;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The GPUs of this node: live samples, history and alerts. Without a GPU or an NVIDIA driver it reports
 * {@code available: false} with the reason and everything else is empty.
 *
 * @since 1.0.0
 */
@ProviderType
public interface GpuMonitor {
    /** EventAdmin topic of a fired alert; the properties are {@link GpuAlert}'s components. */
    String TOPIC_ALERT_FIRED = "org/aiplatform/gpu/alert/FIRED";
    /** EventAdmin topic of an acknowledged alert. */
    String TOPIC_ALERT_ACKNOWLEDGED = "org/aiplatform/gpu/alert/ACKNOWLEDGED";
    /** EventAdmin topic of a resolved alert. */
    String TOPIC_ALERT_RESOLVED = "org/aiplatform/gpu/alert/RESOLVED";

    /** @return availability, driver and the latest sample of every GPU */
    GpuStatus status();

    /**
     * @param index a GPU index
     * @return its recent samples, oldest first, from the live ring buffer
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST for an unknown GPU
     */
    List<GpuSample> recent(int index);

    /**
     * @param index a GPU index
     * @param from epoch ms, inclusive
     * @param to epoch ms, exclusive
     * @param stepMillis bucket width; 0 chooses the finest resolution kept for that range
     * @return the history in buckets of the step, oldest first
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a bad range or too many buckets
     */
    List<HistoryPoint> history(int index, long from, long to, long stepMillis);

    /** @return the compute processes on every GPU now */
    List<GpuProcess> processes();

    /**
     * @param state only alerts in this state, or null for all
     * @param limit at most this many, newest first
     * @return alerts
     */
    List<GpuAlert> alerts(GpuAlert.State state, int limit);

    /**
     * @param id an alert id
     * @param user who acknowledges it
     * @return the alert, acknowledged unless it was resolved
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST for an unknown alert
     */
    GpuAlert acknowledge(long id, String user);

    /**
     * @param id an alert id
     * @param user who resolves it
     * @return the alert, resolved
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST for an unknown alert
     */
    GpuAlert resolve(long id, String user);

    /**
     * @param listener called with every new sample of all GPUs, on the sampler's thread: it must not block
     * @return closing it stops the calls
     */
    AutoCloseable subscribe(Consumer<List<GpuSample>> listener);
}
