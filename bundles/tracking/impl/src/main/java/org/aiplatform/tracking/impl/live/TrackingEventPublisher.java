package org.aiplatform.tracking.impl.live;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.tracking.api.TrackingEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts tracking events asynchronously (listeners never slow a request) and audits them. */
@Component(service = TrackingEvents.class)
public class TrackingEventPublisher implements TrackingEvents {
    private final EventAdmin events;
    private final AuditLog audit;

    @Activate
    public TrackingEventPublisher(@Reference EventAdmin events, @Reference AuditLog audit) {
        this.events = events;
        this.audit = audit;
    }

    @Override
    public void changed(String actor, String type, String action, String id, String projectId,
                        Map<String, String> details) {
        Map<String, Object> properties = new HashMap<>(details);
        properties.put("id", id);
        properties.put("project_id", projectId);
        properties.put("actor", actor);
        events.postEvent(new Event(TOPIC_PREFIX + type + "/" + action, properties));
        audit.record(AuditEvent.success(actor, "tracking." + type + "." + action.toLowerCase(Locale.ROOT), type, id)
            .inProject(projectId).with(details));
    }
}
