package org.aiplatform.rbac.impl;

import java.util.Optional;

import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.impl.service.MembershipServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A project's creator becomes its admin member; a deleted project's members are dropped. */
@Component(property = {EventConstants.EVENT_TOPIC + "=" + ProjectService.TOPIC_CREATED,
    EventConstants.EVENT_TOPIC + "=" + ProjectService.TOPIC_DELETED})
public class ProjectOwners implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectOwners.class);

    private final MembershipServiceImpl members;
    private final RbacCore core;
    private final UserService users;

    @Activate
    public ProjectOwners(@Reference MembershipServiceImpl members, @Reference RbacCore core,
                         @Reference UserService users) {
        this.members = members;
        this.core = core;
        this.users = users;
    }

    @Override
    public void handleEvent(Event event) {
        String projectId = (String) event.getProperty(ProjectService.PROJECT_ID);
        String actor = (String) event.getProperty(ProjectService.ACTOR);
        try {
            if (ProjectService.TOPIC_DELETED.equals(event.getTopic())) {
                members.forgetProject(projectId);
            } else if (actor != null) {
                account(actor).ifPresent(id -> members.grant(projectId, SubjectType.USER, id, Role.ADMIN, "system"));
            }
        } catch (RuntimeException e) {
            LOG.warn("Project {} {}: members not updated: {}", projectId, event.getTopic(), e.toString());
        }
    }

    /** @return the account id: REST passes the id, console commands the console user's name (a local user: none) */
    private Optional<String> account(String actor) {
        return core.access().access(actor).isPresent() ? Optional.of(actor)
            : users.findByUsername(actor).map(User::id);
    }
}
