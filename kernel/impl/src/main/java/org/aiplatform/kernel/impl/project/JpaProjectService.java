package org.aiplatform.kernel.impl.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.LockModeType;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditLog;
import org.aiplatform.kernel.api.persistence.JpaTransactions;
import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.api.project.Project;
import org.aiplatform.kernel.api.project.ProjectChanges;
import org.aiplatform.kernel.api.project.ProjectQuery;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.kernel.api.project.ProjectState;
import org.aiplatform.kernel.api.schema.Schema;
import org.aiplatform.kernel.impl.KernelMessages;
import org.aiplatform.kernel.api.persistence.SqlErrors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Projects in {@code aip_project}; each change commits together with its audit entry, then is posted as an event. */
@Component(service = ProjectService.class)
public class JpaProjectService implements ProjectService {
    private final JpaTransactions jpa;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;

    /**
     * @param schema not used: referencing it keeps this service away until the kernel schema is migrated
     */
    @Activate
    public JpaProjectService(@Reference(target = "(osgi.unit.name=aiplatform-kernel)") EntityManagerFactory unit,
                             @Reference(target = "(aiplatform.schema=kernel)") Schema schema,
                             @Reference AuditLog audit, @Reference EventAdmin events) {
        this(new JpaTransactions(unit), audit, events, Clock.systemUTC());
    }

    JpaProjectService(JpaTransactions jpa, AuditLog audit, EventAdmin events, Clock clock) {
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Project create(NewProject project, String actor) {
        String name = ProjectRules.name(project.name());
        String description = ProjectRules.description(project.description());
        Project created = uniqueName(name, () -> jpa.inTransaction(em -> {
            if (findByKey(em, ProjectRules.key(name)).isPresent()) {
                throw ProjectRules.nameTaken(name);
            }
            ProjectEntity entity = new ProjectEntity(newId(), name, description, actor, clock.instant());
            em.persist(entity);
            em.flush(); // a racing creator of the same name fails here, inside the transaction
            audit.record(AuditEvent.success(actor, "project.create", "project", entity.id()).inProject(entity.id())
                .with(Map.of("name", name)));
            return entity.toProject();
        }));
        post(TOPIC_CREATED, created, actor);
        return created;
    }

    @Override
    public Optional<Project> find(String id) {
        if (id == null || id.length() > 32) {
            return Optional.empty();
        }
        return jpa.inTransaction(
            em -> Optional.ofNullable(em.find(ProjectEntity.class, id)).map(ProjectEntity::toProject));
    }

    @Override
    public Optional<Project> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = ProjectRules.lookupKey(name);
        return jpa.inTransaction(em -> findByKey(em, key).map(ProjectEntity::toProject));
    }

    @Override
    public Project get(String id) {
        return find(id).orElseThrow(() -> ProjectRules.notFound(id));
    }

    @Override
    public Page<Project> list(ProjectQuery query, PageRequest page) {
        return jpa.inTransaction(em -> ProjectListing.read(em, query, page));
    }

    @Override
    public Project update(String id, ProjectChanges changes, String actor) {
        if (changes.isEmpty()) {
            throw KernelMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "project.no_changes");
        }
        String newName = changes.name() == null ? null : ProjectRules.name(changes.name());
        String newDescription = ProjectRules.description(changes.description());
        Change change = uniqueName(newName, () -> jpa.inTransaction(em -> {
            ProjectEntity entity = em.find(ProjectEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (entity == null) {
                throw ProjectRules.notFound(id);
            }
            return apply(em, entity, changes, newName, newDescription, actor);
        }));
        if (change.stateChanged()) {
            post(change.after().isActive() ? TOPIC_RESTORED : TOPIC_ARCHIVED, change.after(), actor);
        }
        if (!change.fields().isEmpty()) {
            post(TOPIC_UPDATED, change.after(), actor);
        }
        return change.after();
    }

    private Change apply(EntityManager em, ProjectEntity entity, ProjectChanges changes, String newName,
                         String newDescription, String actor) {
        ProjectState before = entity.state();
        boolean restoring = before == ProjectState.ARCHIVED && changes.state() == ProjectState.ACTIVE;
        boolean editing = newName != null || changes.description() != null;
        if (before == ProjectState.ARCHIVED && editing && !restoring) {
            throw KernelMessages.get().error(ErrorCode.INVALID_STATE, "project.archived", entity.name());
        }
        Map<String, String> details = new HashMap<>();
        List<String> fields = new ArrayList<>();
        if (newName != null && !newName.equals(entity.name())) {
            String key = ProjectRules.key(newName);
            if (!key.equals(ProjectRules.key(entity.name())) && findByKey(em, key).isPresent()) {
                throw ProjectRules.nameTaken(newName);
            }
            details.put("name.old", entity.name());
            details.put("name.new", newName);
            fields.add("name");
            entity.rename(newName);
        }
        if (changes.description() != null && !Objects.equals(newDescription, entity.description())) {
            fields.add("description");
            entity.describe(newDescription);
        }
        boolean stateChanged = changes.state() != null && changes.state() != before;
        if (stateChanged) {
            entity.state(changes.state());
        }
        if (stateChanged || !fields.isEmpty()) {
            entity.touched(clock.instant());
            em.flush();
            String action = !stateChanged ? "project.update"
                : changes.state() == ProjectState.ARCHIVED ? "project.archive" : "project.restore";
            details.put("fields", String.join(",", fields));
            audit.record(AuditEvent.success(actor, action, "project", entity.id()).inProject(entity.id())
                .with(details));
        }
        return new Change(entity.toProject(), stateChanged, fields);
    }

    @Override
    public void delete(String id, String actor) {
        Project deleted = jpa.inTransaction(em -> {
            ProjectEntity entity = id == null ? null : em.find(ProjectEntity.class, id);
            if (entity == null) {
                throw ProjectRules.notFound(id);
            }
            em.remove(entity);
            audit.record(AuditEvent.success(actor, "project.delete", "project", id).inProject(id)
                .with(Map.of("name", entity.name())));
            return entity.toProject();
        });
        post(TOPIC_DELETED, deleted, actor);
    }

    private static Optional<ProjectEntity> findByKey(EntityManager em, String key) {
        return em.createQuery("select p from ProjectEntity p where p.nameKey = :key", ProjectEntity.class)
            .setParameter("key", key).getResultList().stream().findFirst();
    }

    /** Two writers can pass the name check at once; the unique index then refuses the second one. */
    private static <T> T uniqueName(String name, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (name != null && SqlErrors.isUniqueViolation(e)) {
                throw ProjectRules.nameTaken(name);
            }
            throw e;
        }
    }

    private void post(String topic, Project project, String actor) {
        events.postEvent(new Event(topic, Map.of(PROJECT_ID, project.id(), PROJECT_NAME, project.name(),
            ACTOR, actor)));
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** What an update did. */
    private record Change(Project after, boolean stateChanged, List<String> fields) {
    }
}
