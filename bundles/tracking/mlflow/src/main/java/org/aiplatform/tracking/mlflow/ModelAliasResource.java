package org.aiplatform.tracking.mlflow;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.RegisteredModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** MLflow's {@code registered-models/alias}: set (POST), delete (DELETE) and resolve (GET) a model's alias. */
@Component(service = ModelAliasResource.class)
@JaxrsResource
@JaxrsApplicationSelect(MlflowRest.APPLICATION_SELECT)
@Path("mlflow/registered-models/alias")
@Produces(MediaType.APPLICATION_JSON)
public class ModelAliasResource {
    private final MlflowCalls calls;
    private final ModelRegistry registry;

    @Activate
    public ModelAliasResource(@Reference MlflowCalls calls, @Reference ModelRegistry registry) {
        this.calls = calls;
        this.registry = registry;
    }

    @POST
    public Response set(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String alias = request.requiredString("alias");
        int version = RegistryCalls.version(request);
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.setAlias(model.id(), alias, version);
        return MlflowJson.empty();
    }

    @DELETE
    public Response delete(String body, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.body(body);
        String alias = request.requiredString("alias");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.WRITE);
        registry.deleteAlias(model.id(), alias);
        return MlflowJson.empty();
    }

    @GET
    public Response get(@Context UriInfo uri, @Context SecurityContext security, @Context HttpHeaders headers) {
        MlflowRequest request = MlflowRequest.query(uri.getQueryParameters());
        String alias = request.requiredString("alias");
        RegisteredModel model = RegistryCalls.model(registry, calls.open(security, headers), request,
            MlflowRest.READ);
        return MlflowJson.ok(MlflowJson.object().set("model_version",
            RegistryViews.version(registry.resolveAlias(model.id(), alias))));
    }
}
