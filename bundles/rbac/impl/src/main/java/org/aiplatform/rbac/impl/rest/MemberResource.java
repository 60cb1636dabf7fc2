package org.aiplatform.rbac.impl.rest;

import java.util.Locale;

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

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
import org.aiplatform.kernel.api.security.Permissions;
import org.aiplatform.rbac.api.GroupService;
import org.aiplatform.rbac.api.Member;
import org.aiplatform.rbac.api.MembershipService;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.RbacMessages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/projects/{id}/members}: per-project roles of users and groups. A root resource of its own beside
 * the kernel's {@code projects} resource: JAX-RS matches the root path with the most literal characters first, so
 * {@code projects/{id}/members...} comes here and everything else under {@code projects} to the kernel.
 * POST adds a member (409 when it already is one); PUT sets a member's role whether or not it was one.
 */
@Component(service = MemberResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@Path("projects/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members", description = "Project members: the roles users and groups hold in one project")
public class MemberResource {
    private final MembershipService members;
    private final UserService users;
    private final GroupService groups;

    @Activate
    public MemberResource(@Reference MembershipService members, @Reference UserService users,
                          @Reference GroupService groups) {
        this.members = members;
        this.users = users;
        this.groups = groups;
    }

    /**
     * @param type {@code user} or {@code group}
     * @param id the user or group (id or name)
     * @param role the role in the project
     */
    public record NewMember(String type, String id, String role) {
    }

    /** @param role the role in the project */
    public record MemberRole(String role) {
    }

    @GET
    @RequiresPermission(value = Permissions.PROJECTS_READ, projectParam = "id")
    @Operation(summary = "List a project's members: users first, then groups, by name")
    public Page<Member> list(@PathParam("id") String projectId) {
        return new Page<>(members.members(projectId), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = Permissions.PROJECTS_ADMIN, projectParam = "id")
    @Operation(summary = "Add a user or group with a role (409 when already a member: PUT changes the role)")
    public Response add(@PathParam("id") String projectId, NewMember member, @Context SecurityContext security,
                        @Context UriInfo uri) {
        NewMember body = Rest.required(member);
        SubjectType type = Subjects.type(body.type());
        String subjectId = Subjects.id(users, groups, type, Rest.field(body.id(), "id"));
        String role = Rest.field(body.role(), "role");
        if (members.members(projectId).stream().anyMatch(m -> m.type() == type && m.id().equals(subjectId))) {
            throw RbacMessages.get().error(ErrorCode.RESOURCE_ALREADY_EXISTS, "member.exists", body.id());
        }
        Member added = members.grant(projectId, type, subjectId, role, Callers.of(security).user().id());
        return Response.created(uri.getAbsolutePathBuilder().path(type.name().toLowerCase(Locale.ROOT))
            .path(subjectId).build()).entity(added).build();
    }

    @PUT
    @Path("{type}/{subject_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(value = Permissions.PROJECTS_ADMIN, projectParam = "id")
    @Operation(summary = "Set the role of a user or group in the project, adding it when it is not a member")
    public Member put(@PathParam("id") String projectId, @PathParam("type") String type,
                      @PathParam("subject_id") String subject, MemberRole role, @Context SecurityContext security) {
        SubjectType subjectType = Subjects.type(type);
        String newRole = Rest.field(Rest.required(role).role(), "role");
        return members.grant(projectId, subjectType, Subjects.id(users, groups, subjectType, subject), newRole,
            Callers.of(security).user().id());
    }

    @DELETE
    @Path("{type}/{subject_id}")
    @RequiresPermission(value = Permissions.PROJECTS_ADMIN, projectParam = "id")
    @Operation(summary = "Remove a user or group from the project")
    public Response remove(@PathParam("id") String projectId, @PathParam("type") String type,
                           @PathParam("subject_id") String subject, @Context SecurityContext security) {
        SubjectType subjectType = Subjects.type(type);
        members.revoke(projectId, subjectType, Subjects.id(users, groups, subjectType, subject),
            Callers.of(security).user().id());
        return Response.noContent().build();
    }
}
