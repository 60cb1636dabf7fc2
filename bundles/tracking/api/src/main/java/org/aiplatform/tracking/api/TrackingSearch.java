package org.aiplatform.tracking.api;

import java.util.Collection;
import java.util.List;

import org.aiplatform.kernel.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds runs and experiments with the filter language of MLflow's search, plus OR, NOT and parentheses:
 * {@code metrics.}, {@code params.}, {@code tags.} and {@code attributes.} identifiers (keys with other characters
 * quoted with double quotes or backticks), {@code = != < <= > >= LIKE ILIKE IN NOT IN IS NULL IS NOT NULL}.
 * Metrics compare as numbers on each run's latest value; params, tags and text attributes as strings. Callers check
 * permissions; the service does not.
 *
 * @since 1.1.0
 */
@ProviderType
public interface TrackingSearch {

    /**
     * @param query experiments, filter, order and page
     * @return one page of matching runs with their params, tags and latest metrics
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a bad filter, order or page token
     *         (the message says what was expected where), RESOURCE_DOES_NOT_EXIST for an unknown experiment
     */
    Page<RunDetails> searchRuns(RunQuery query);

    /**
     * @param query projects, filter, order and page
     * @return one page of matching experiments with their tags
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE for a bad filter, order or page token
     */
    Page<Experiment> searchExperiments(ExperimentQuery query);

    /**
     * @param runIds run ids, at most 1000
     * @return the runs with what they logged, in the order asked (each id once)
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST when one of them does not exist,
     *         INVALID_PARAMETER_VALUE for more than 1000 ids
     */
    List<RunDetails> runDetails(Collection<String> runIds);
}
