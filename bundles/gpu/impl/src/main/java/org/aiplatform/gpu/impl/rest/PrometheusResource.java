package org.aiplatform.gpu.impl.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.aiplatform.gpu.api.GpuMonitor;
import org.aiplatform.gpu.impl.GpuPermissions;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The GPUs' latest samples in Prometheus' text format, with DCGM exporter names and labels. */
@Component(service = PrometheusResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MetricsApplication.SELECT)
@Path("")
public class PrometheusResource {
    private final GpuMonitor monitor;

    @Activate
    public PrometheusResource(@Reference GpuMonitor monitor) {
        this.monitor = monitor;
    }

    @GET
    @Produces(PrometheusText.CONTENT_TYPE)
    @RequiresPermission(GpuPermissions.READ)
    public String scrape() {
        return PrometheusText.of(monitor.status());
    }
}
