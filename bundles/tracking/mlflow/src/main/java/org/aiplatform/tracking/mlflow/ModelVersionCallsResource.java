package org.aiplatform.tracking.mlflow;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelVersion;
import org.aiplatform.tracking.api.NewModelVersion;
import org.aiplatform.tracking.api.RegisteredModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * MLflow's model-versions calls, on the models of the request's project: tracking:read to read, tracking:write to
 * change. A version's run must belong to that project.
 */
@Component(service = ModelVersionCallsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/model-versions")
@Produces(MediaType.APPLICATION_JSON)
public class ModelVersionCallsResource {
    private static final int DEFAULT_PAGE = 1000;

    private final MlflowCalls calls;
    private final ModelRegistry registry;

    @Activate
    public ModelVersionCallsResource(@Reference MlflowCalls calls, @Reference ModelRegistry registry) {
        this.calls = calls;
        this.registry = registry;
    }

    @POST
    @Path("create")
    public Response create(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        NewModelVersion spec = new NewModelVersion(request.requiredString("source"), request.string("run_id"),
            request.string("run_link"), request.string("description"), RegistryCalls.tags(request));
        MlflowCall call = calls.open(security, headers);
        RegisteredModel model = RegistryCalls.model(registry, call, request, MlflowRest.WRITE);
        ModelVersion created = registry.createVersion(model.id(), spec, call.caller().user().username());
        return version(created);
    }

    @GET
    @Path("get")
    public Response get(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        int version = RegistryCalls.version(request);
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.READ);
        return version(registry.getVersion(model.id(), version));
    }

    @PATCH
    @Path("update")
    public Response update(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        int version = RegistryCalls.version(request);
        String description = request.string("description");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        return version(registry.updateVersion(model.id(), version, description, null));
    }

    @DELETE
    @Path("delete")
    public Response delete(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        int version = RegistryCalls.version(request);
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.deleteVersion(model.id(), version);
        return MlflowJson.empty();
    }

    @POST
    @Path("transition-stage")
    public Response transition(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        int version = RegistryCalls.version(request);
        String stage = request.requiredString("stage");
        Boolean archive = request.bool("archive_existing_versions");
        if (archive == null) {
            request.requiredString("archive_existing_versions"); // MLflow's "Missing value for required parameter"
        }
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        return version(registry.transitionStage(model.id(), version, RegistryCalls.stage(stage), archive));
    }

    @GET
    @Path("search")
    public Response search(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        MlflowCall call = calls.open(security, headers);
        call.caller().check(MlflowRest.READ, call.projectId());
        Page<ModelVersion> page = registry.searchVersions(RegistryFilter.parse(call.projectId(),
            request.string("filter"), true), RegistryCalls.page(request, DEFAULT_PAGE));
        ObjectNode json = MlflowJson.object();
        ArrayNode versions = json.putArray("model_versions");
        page.items().forEach(v -> versions.add(RegistryViews.version(v)));
        if (page.nextPageToken() != null) {
            json.put("next_page_token", page.nextPageToken());
        }
        return MlflowJson.ok(json);
    }

    @GET
    @Path("get-download-uri")
    public Response downloadUri(@Context UriInfo uri, @Context SecurityContext security,
                                @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        int version = RegistryCalls.version(request);
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.READ);
        return MlflowJson.ok(MlflowJson.object().put("artifact_uri", registry.getVersion(model.id(), version)
            .source()));
    }

    @POST
    @Path("set-tag")
    public Response setTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        int version = RegistryCalls.version(request);
        String key = request.requiredString("key");
        String value = request.requiredString("value");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.setVersionTag(model.id(), version, key, value);
        return MlflowJson.empty();
    }

    @DELETE
    @Path("delete-tag")
    public Response deleteTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        int version = RegistryCalls.version(request);
        String key = request.requiredString("key");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.deleteVersionTag(model.id(), version, key);
        return MlflowJson.empty();
    }

    private static Response version(ModelVersion v) {
        return MlflowJson.ok(MlflowJson.object().set("model_version", RegistryViews.version(v)));
    }
}
