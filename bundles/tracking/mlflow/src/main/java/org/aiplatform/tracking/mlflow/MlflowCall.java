package org.aiplatform.tracking.mlflow;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.security.Caller;
import org.aiplatform.tracking.api.Experiment;
import org.aiplatform.tracking.api.Run;
import org.aiplatform.tracking.api.TrackingOperations;
import org.aiplatform.tracking.api.TrackingService;

/**
 * One MLflow request: who calls, in which project (resolved lazily, see {@link MlflowProjects}), and lookups of
 * experiments and runs that check the caller's permission in the object's own project. Experiment {@code "0"} is
 * the {@code Default} experiment of the request's project, created on first use; MLflow ids on the wire go through
 * {@link #experimentId(Experiment)} so that experiment reads back as {@code "0"}.
 */
public final class MlflowCall {
    /** MLflow's id of the experiment that always exists. */
    public static final String DEFAULT_EXPERIMENT_ID = "0";
    /** Its name, in every project. */
    public static final String DEFAULT_EXPERIMENT_NAME = "Default";

    private final Caller caller;
    private final String projectHeader;
    private final TrackingService tracking;
    private final TrackingOperations operations;
    private final MlflowProjects projects;
    private String projectId;

    MlflowCall(Caller caller, String projectHeader, TrackingService tracking, TrackingOperations operations,
               MlflowProjects projects) {
        this.caller = caller;
        this.projectHeader = projectHeader;
        this.tracking = tracking;
        this.operations = operations;
        this.projects = projects;
    }

    /** A run with the experiment it belongs to. */
    public record ExperimentRun(Run run, Experiment experiment) {
    }

    /** @return the authenticated caller */
    public Caller caller() {
        return caller;
    }

    /** @return the id of the project this request works in (header, else the default project) */
    public String projectId() {
        if (projectId == null) {
            projectId = projects.resolve(projectHeader);
        }
        return projectId;
    }

    /**
     * @param experimentId an MLflow experiment id; {@code "0"} is the project's Default experiment
     * @param permission what the caller must hold in the experiment's project
     * @return the experiment, deleted or not
     */
    public Experiment experiment(String experimentId, String permission) {
        if (DEFAULT_EXPERIMENT_ID.equals(experimentId)) {
            caller.check(permission, projectId());
            return defaultExperiment();
        }
        Experiment experiment = tracking.getExperiment(experimentId);
        caller.check(permission, experiment.projectId());
        return experiment;
    }

    /**
     * @param name an experiment name in the request's project
     * @param permission what the caller must hold there
     * @return the experiment
     * @throws ApiException RESOURCE_DOES_NOT_EXIST when the project has none of that name
     */
    public Experiment experimentByName(String name, String permission) {
        caller.check(permission, projectId());
        if (DEFAULT_EXPERIMENT_NAME.equals(name)) {
            return defaultExperiment();
        }
        return operations.findExperimentByName(projectId(), name).orElseThrow(() ->
            MlflowMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "experiment.name_not_found", name));
    }

    /**
     * @param runId a run id
     * @param permission what the caller must hold in the run's project
     * @return the run, deleted or not, and its experiment
     */
    public ExperimentRun run(String runId, String permission) {
        Run run = tracking.getRun(runId);
        Experiment experiment = tracking.getExperiment(run.experimentId());
        caller.check(permission, experiment.projectId());
        return new ExperimentRun(run, experiment);
    }

    /** @return the experiment's MLflow id: {@code "0"} for the request project's Default experiment */
    public String experimentId(Experiment experiment) {
        boolean isDefault = DEFAULT_EXPERIMENT_NAME.equals(experiment.name())
            && experiment.projectId().equals(projectId());
        return isDefault ? DEFAULT_EXPERIMENT_ID : experiment.id();
    }

    private Experiment defaultExperiment() {
        String project = projectId();
        return operations.findExperimentByName(project, DEFAULT_EXPERIMENT_NAME).orElseGet(() -> {
            try {
                return tracking.createExperiment(project, DEFAULT_EXPERIMENT_NAME, null, null);
            } catch (ApiException e) {
                if (e.code() != ErrorCode.RESOURCE_ALREADY_EXISTS) {
                    throw e;
                }
                // a concurrent request created it first
                return operations.findExperimentByName(project, DEFAULT_EXPERIMENT_NAME).orElseThrow(() -> e);
            }
        });
    }
}
