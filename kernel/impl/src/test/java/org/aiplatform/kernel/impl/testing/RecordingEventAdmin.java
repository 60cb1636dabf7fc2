package org.aiplatform.kernel.impl.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps the events posted to it, in order. */
public final class RecordingEventAdmin implements EventAdmin {
    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
    }

    public List<Event> events() {
        return events;
    }

    /** @return the topics posted so far, in order */
    public List<String> topics() {
        return events.stream().map(Event::getTopic).toList();
    }
}
