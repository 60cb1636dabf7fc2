package org.aiplatform.rbac.impl.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.rbac.api.Group;
import org.aiplatform.rbac.api.GroupService;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.RbacPermissions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/groups}: teams of users, for administrators ({@code rbac:admin}). Groups by id or name. */
@Component(service = GroupResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@RequiresPermission(RbacPermissions.RBAC_ADMIN)
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "groups", description = "Groups of users, made project members as one")
public class GroupResource {
    private final GroupService groups;
    private final UserService users;

    @Activate
    public GroupResource(@Reference GroupService groups, @Reference UserService users) {
        this.groups = groups;
        this.users = users;
    }

    /**
     * @param name the unique name
     * @param description what it is for, optional
     */
    public record NewGroup(String name, String description) {
    }

    @GET
    @Operation(summary = "List the groups by name")
    public Page<Group> list() {
        return new Page<>(groups.list(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a group")
    public Response create(NewGroup group, @Context SecurityContext security, @Context UriInfo uri) {
        NewGroup body = Rest.required(group);
        Group created = groups.create(body.name(), body.description(), Callers.of(security).user().id());
        return Rest.created(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a group (by id or name)")
    public Group get(@PathParam("id") String id) {
        return Subjects.group(groups, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a group with its memberships and project grants")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        groups.delete(Subjects.group(groups, id).id(), Callers.of(security).user().id());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "List a group's members by user name")
    public Page<User> members(@PathParam("id") String id) {
        return new Page<>(groups.members(Subjects.group(groups, id).id()), null);
    }

    @PUT
    @Path("{id}/members/{user_id}")
    @Operation(summary = "Add a user to a group (nothing changes when already a member)")
    public Response addMember(@PathParam("id") String id, @PathParam("user_id") String userId,
                              @Context SecurityContext security) {
        groups.addMember(Subjects.group(groups, id).id(), Subjects.user(users, userId).id(),
            Callers.of(security).user().id());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/members/{user_id}")
    @Operation(summary = "Remove a user from a group")
    public Response removeMember(@PathParam("id") String id, @PathParam("user_id") String userId,
                                 @Context SecurityContext security) {
        groups.removeMember(Subjects.group(groups, id).id(), Subjects.user(users, userId).id(),
            Callers.of(security).user().id());
        return Response.noContent().build();
    }
}
