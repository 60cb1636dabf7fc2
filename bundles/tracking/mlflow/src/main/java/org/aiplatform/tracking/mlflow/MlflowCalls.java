package org.aiplatform.tracking.mlflow;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.tracking.api.TrackingOperations;
import org.aiplatform.tracking.api.TrackingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Opens the {@link MlflowCall} of a request: its caller, its project and the lookups that check permissions. */
@Component(service = MlflowCalls.class)
public class MlflowCalls {
    private final TrackingService tracking;
    private final TrackingOperations operations;
    private final MlflowProjects projects;

    @Activate
    public MlflowCalls(@Reference TrackingService tracking, @Reference TrackingOperations operations,
                       @Reference MlflowProjects projects) {
        this.tracking = tracking;
        this.operations = operations;
        this.projects = projects;
    }

    /**
     * @param security the request's {@code @Context SecurityContext}
     * @param headers the request's {@code @Context HttpHeaders} (for {@code X-AIP-Project})
     * @return the call
     */
    public MlflowCall open(SecurityContext security, HttpHeaders headers) {
        return new MlflowCall(Callers.of(security), headers.getHeaderString(MlflowRest.PROJECT_HEADER), tracking,
            operations, projects);
    }
}
