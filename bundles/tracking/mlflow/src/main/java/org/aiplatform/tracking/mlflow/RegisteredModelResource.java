package org.aiplatform.tracking.mlflow;

import java.util.Map;

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
import org.aiplatform.tracking.api.RegisteredModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * MLflow's registered-models calls. A model is named within the request's project (see {@link MlflowProjects});
 * reading takes tracking:read there, changing tracking:write, deleting a model tracking:admin.
 */
@Component(service = RegisteredModelResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/registered-models")
@Produces(MediaType.APPLICATION_JSON)
public class RegisteredModelResource {
    private static final int DEFAULT_PAGE = 100;

    private final MlflowCalls calls;
    private final ModelRegistry registry;

    @Activate
    public RegisteredModelResource(@Reference MlflowCalls calls, @Reference ModelRegistry registry) {
        this.calls = calls;
        this.registry = registry;
    }

    @POST
    @Path("create")
    public Response create(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String name = request.requiredString("name");
        Map<String, String> tags = RegistryCalls.tags(request);
        MlflowCall call = calls.open(security, headers);
        call.caller().check(MlflowRest.WRITE, call.projectId());
        RegisteredModel created = registry.createModel(call.projectId(), name, request.string("description"), tags,
            call.caller().user().username());
        return MlflowJson.ok(MlflowJson.object().set("registered_model", RegistryCalls.view(registry, created)));
    }

    @GET
    @Path("get")
    public Response get(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers),
            MlflowRequest.query(uri.getQueryParameters()), MlflowRest.READ);
        return MlflowJson.ok(MlflowJson.object().set("registered_model", RegistryCalls.view(registry, model)));
    }

    @POST
    @Path("rename")
    public Response rename(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String newName = request.requiredString("new_name");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        RegisteredModel renamed = registry.updateModel(model.id(), newName, null, null);
        return MlflowJson.ok(MlflowJson.object().set("registered_model", RegistryCalls.view(registry, renamed)));
    }

    @PATCH
    @Path("update")
    public Response update(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        String description = request.string("description");
        RegisteredModel updated = registry.updateModel(model.id(), null, description == null ? "" : description,
            null);
        return MlflowJson.ok(MlflowJson.object().set("registered_model", RegistryCalls.view(registry, updated)));
    }

    @DELETE
    @Path("delete")
    public Response delete(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers),
            MlflowRequest.body(body), MlflowRest.ADMIN);
        registry.deleteModel(model.id());
        return MlflowJson.empty();
    }

    @GET
    @Path("search")
    public Response search(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        MlflowCall call = calls.open(security, headers);
        call.caller().check(MlflowRest.READ, call.projectId());
        Page<RegisteredModel> page = registry.searchModels(RegistryFilter.parse(call.projectId(),
            request.string("filter"), false), RegistryCalls.page(request, DEFAULT_PAGE));
        ObjectNode json = MlflowJson.object();
        ArrayNode models = json.putArray("registered_models");
        page.items().forEach(m -> models.add(RegistryCalls.view(registry, m)));
        if (page.nextPageToken() != null) {
            json.put("next_page_token", page.nextPageToken());
        }
        return MlflowJson.ok(json);
    }

    @GET
    @Path("get-latest-versions")
    public Response latestVersions(@Context UriInfo uri, @Context SecurityContext security,
                                   @Context HttpHeaders headers) {
        return latest(MlflowRequest.query(uri.getQueryParameters()), security, headers);
    }

    @POST
    @Path("get-latest-versions")
    public Response latestVersionsByPost(String body, @Context SecurityContext security,
                                         @Context HttpHeaders headers) {
        return latest(MlflowRequest.body(body), security, headers);
    }

    @POST
    @Path("set-tag")
    public Response setTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String key = request.requiredString("key");
        String value = request.requiredString("value");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.setModelTag(model.id(), key, value);
        return MlflowJson.empty();
    }

    @DELETE
    @Path("delete-tag")
    public Response deleteTag(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String key = request.requiredString("key");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.deleteModelTag(model.id(), key);
        return MlflowJson.empty();
    }

    private Response latest(MlflowRequest request, SecurityContext security, HttpHeaders headers) {
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.READ);
        ObjectNode json = MlflowJson.object();
        ArrayNode versions = json.putArray("model_versions");
        registry.latestVersions(model.id(), RegistryCalls.stages(request.strings("stages")))
            .forEach(v -> versions.add(RegistryViews.version(v)));
        return MlflowJson.ok(json);
    }
}
