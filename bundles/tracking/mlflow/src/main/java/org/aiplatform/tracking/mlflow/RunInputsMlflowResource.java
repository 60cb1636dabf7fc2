package org.aiplatform.tracking.mlflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.aiplatform.tracking.api.DatasetInput;
import org.aiplatform.tracking.api.RunInputs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * MLflow's {@code runs/log-inputs}: the dataset versions a run used. The context is the input's
 * {@code mlflow.data.context} tag; an {@code aiplatform.dataset_version_id} tag ties it to a platform dataset version.
 */
@Component(service = RunInputsMlflowResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/runs/log-inputs")
@Produces(MediaType.APPLICATION_JSON)
public class RunInputsMlflowResource {
    /** MLflow's tag naming how a run used a dataset (training, eval, ...). */
    static final String CONTEXT_TAG = "mlflow.data.context";
    /** The tag naming the platform dataset version an input is. */
    static final String VERSION_TAG = "aiplatform.dataset_version_id";

    private final MlflowCalls calls;
    private final RunInputs inputs;

    @Activate
    public RunInputsMlflowResource(@Reference MlflowCalls calls, @Reference RunInputs inputs) {
        this.calls = calls;
        this.inputs = inputs;
    }

    @POST
    public Response log(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String runId = request.requiredString("run_id");
        List<DatasetInput> datasets = new ArrayList<>();
        for (MlflowRequest input : request.objects("datasets")) {
            Map<String, String> tags = RegistryCalls.tags(input);
            datasets.add(dataset(input, tags.get(CONTEXT_TAG), tags.get(VERSION_TAG)));
        }
        MlflowRunResource.active(calls.open(security, headers).run(runId, MlflowRest.WRITE));
        if (!datasets.isEmpty()) {
            inputs.logInputs(runId, datasets);
        }
        return MlflowJson.empty();
    }

    private static DatasetInput dataset(MlflowRequest input, String context, String versionId) {
        MlflowRequest d = input.requiredObject("dataset");
        return new DatasetInput(d.requiredString("name"), d.requiredString("digest"), d.requiredString("source_type"),
            d.requiredString("source"), d.string("schema"), d.string("profile"), versionId, context);
    }
}
