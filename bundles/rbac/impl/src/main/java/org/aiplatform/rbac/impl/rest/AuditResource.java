package org.aiplatform.rbac.impl.rest;

import java.time.Instant;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.kernel.api.audit.AuditQuery;
import org.aiplatform.kernel.api.audit.AuditRecord;
import org.aiplatform.kernel.api.rest.PlatformRest;
import org.aiplatform.kernel.api.rest.RequiresPermission;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/audit}: who did what, when, to what; for auditors ({@code audit:admin}). */
@Component(service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatformRest.APPLICATION_SELECT)
@JSONRequired
@RequiresPermission(RbacPermissions.AUDIT_ADMIN)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The audit log of every platform bundle")
public class AuditResource {
    private final AuditLog audit;
    private final UserService users;

    @Activate
    public AuditResource(@Reference AuditLog audit, @Reference UserService users) {
        this.audit = audit;
        this.users = users;
    }

    /**
     * One audit entry, flat.
     *
     * @param id the sequence number
     * @param at when it was recorded
     * @param actor the user id (or {@code system}, {@code anonymous}) that acted
     * @param action what it did, e.g. {@code auth.login}
     * @param targetType what kind of thing it acted on
     * @param targetId which one
     * @param projectId in which project
     * @param outcome SUCCESS, FAILURE or DENIED
     * @param details small context, never secrets
     */
    public record Entry(long id, Instant at, String actor, String action, String targetType, String targetId,
                        String projectId, AuditOutcome outcome, Map<String, String> details) {

        static Entry of(AuditRecord r) {
            return new Entry(r.id(), r.at(), r.event().actor(), r.event().action(), r.event().targetType(),
                r.event().targetId(), r.event().projectId(), r.event().outcome(), r.event().details());
        }
    }

    @GET
    @Operation(summary = "Search the audit log, newest first")
    public Page<Entry> search(
        @Parameter(description = "Page size, 1 to 1000 (default 100)") @QueryParam("max_results") String maxResults,
        @Parameter(description = "Token from the previous page") @QueryParam("page_token") String pageToken,
        @Parameter(description = "The acting user: user name or id") @QueryParam("user") String user,
        @Parameter(description = "An action (auth.login) or a prefix (auth.*)") @QueryParam("action") String action,
        @Parameter(description = "The target type (user, role, token, ...)") @QueryParam("target_type") String type,
        @Parameter(description = "The target id") @QueryParam("target_id") String targetId,
        @Parameter(description = "The project id") @QueryParam("project_id") String projectId,
        @Parameter(description = "ISO-8601: entries at or after") @QueryParam("from") String from,
        @Parameter(description = "ISO-8601: entries before") @QueryParam("to") String to) {
        PageRequest page = PageRequest.parse(maxResults, pageToken);
        AuditQuery query = AuditFilters.parse(user, action, type, targetId, projectId, from, to,
            name -> users.find(name).or(() -> users.findByUsername(name)).map(User::id).orElse(name));
        return audit.search(query, page).map(Entry::of);
    }
}
