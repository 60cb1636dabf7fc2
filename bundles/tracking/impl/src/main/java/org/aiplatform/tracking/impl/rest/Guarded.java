package org.aiplatform.tracking.impl.rest;

import java.util.Locale;

import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Lifecycle;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.TrackingService;
import org.aiplatform.tracking.impl.TrackingMessages;

/**
 * What the tracking resources share: the project of an experiment or run is only known after a lookup, so they
 * check the caller's permission there (through the kernel's Authorizer) instead of with a projectParam.
 */
final class Guarded {
    private Guarded() {
    }

    /** @return the experiment, when the caller holds the permission in its project */
    static Experiment experiment(TrackingService tracking, SecurityContext security, String id, String permission) {
        Experiment experiment = tracking.getExperiment(id);
        Callers.of(security).check(permission, experiment.projectId());
        return experiment;
    }

    /** @return the run, when the caller holds the permission in its experiment's project */
    static Run run(TrackingService tracking, SecurityContext security, String id, String permission) {
        Run run = tracking.getRun(id);
        experiment(tracking, security, run.experimentId(), permission);
        return run;
    }

    /** @return the lifecycle filter: active (default), deleted, or null for all */
    static Lifecycle lifecycle(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("active")) {
            return Lifecycle.ACTIVE;
        }
        if (text.equalsIgnoreCase("deleted")) {
            return Lifecycle.DELETED;
        }
        if (text.equalsIgnoreCase("all")) {
            return null;
        }
        throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "rest.lifecycle_filter",
            text.toLowerCase(Locale.ROOT));
    }

    /** A JSON {@code null} body reads as null; it is as missing as no body at all. */
    static <T> T required(T body) {
        if (body == null) {
            throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "rest.body_required");
        }
        return body;
    }
}
