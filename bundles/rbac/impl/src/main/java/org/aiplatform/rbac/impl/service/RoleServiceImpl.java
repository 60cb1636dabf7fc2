package org.aiplatform.rbac.impl.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.security.Permission;
import org.aiplatform.kernel.api.security.PermissionProvider;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.auth.Patterns;
import org.aiplatform.rbac.impl.store.RoleEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Roles in {@code rbac_role}; the permissions they can name come from every bundle's PermissionProvider. */
@Component(service = RoleService.class)
public class RoleServiceImpl implements RoleService {
    private final RbacCore core;
    private final List<PermissionProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public RoleServiceImpl(@Reference RbacCore core) {
        this.core = core;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(PermissionProvider provider) {
        providers.add(provider);
    }

    void removeProvider(PermissionProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<Role> list() {
        List<Role> roles = new ArrayList<>(core.jpa().inTransaction(em -> em.createQuery(
            "select r from RoleEntity r", RoleEntity.class).getResultList().stream().map(RoleEntity::toRole).toList()));
        roles.sort(Comparator.comparing((Role r) -> !r.builtIn()).thenComparing(Role::name));
        return roles;
    }

    @Override
    public Optional<Role> find(String name) {
        return name == null ? Optional.empty()
            : core.jpa().inTransaction(em -> Optional.ofNullable(em.find(RoleEntity.class, name)).map(RoleEntity::toRole));
    }

    @Override
    public Role create(String name, String description, Set<String> permissions, String actor) {
        String checked = Rules.roleName(name);
        Set<String> patterns = patterns(permissions);
        Role role = Conflicts.unique(() -> core.jpa().inTransaction(em -> {
            if (em.find(RoleEntity.class, checked) != null) {
                throw Conflicts.taken("role.name_taken", checked);
            }
            RoleEntity entity = new RoleEntity(checked, description, patterns);
            em.persist(entity);
            em.flush();
            return entity.toRole();
        }), "role.name_taken", checked);
        core.audit().record(AuditEvent.success(actor, "role.create", "role", checked)
            .with(Map.of("permissions", String.join(" ", patterns))));
        return role;
    }

    @Override
    public Role update(String name, String description, Set<String> permissions, String actor) {
        Set<String> patterns = permissions == null ? null : patterns(permissions);
        Role role = core.jpa().inTransaction(em -> {
            RoleEntity entity = mutable(em.find(RoleEntity.class, name), name);
            entity.change(description, patterns);
            return entity.toRole();
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "role.update", "role", name)
            .with(Map.of("permissions", String.join(" ", role.permissions()))));
        return role;
    }

    @Override
    public void delete(String name, String actor) {
        core.jpa().run(em -> {
            RoleEntity entity = mutable(em.find(RoleEntity.class, name), name);
            long uses = em.createQuery("select count(u) from UserEntity u where u.role = :r", Long.class)
                .setParameter("r", name).getSingleResult()
                + em.createQuery("select count(g) from GrantEntity g where g.role = :r", Long.class)
                .setParameter("r", name).getSingleResult();
            if (uses > 0) {
                throw RbacMessages.get().error(ErrorCode.INVALID_STATE, "role.in_use", name, uses);
            }
            em.remove(entity);
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "role.delete", "role", name));
    }

    @Override
    public List<Permission> permissions() {
        return providers.stream().flatMap(p -> p.permissions().stream())
            .sorted(Comparator.comparing(Permission::name)).distinct().toList();
    }

    private static RoleEntity mutable(RoleEntity entity, String name) {
        if (entity == null) {
            throw RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "role.not_found", String.valueOf(name));
        }
        if (entity.builtIn()) {
            throw RbacMessages.get().error(ErrorCode.INVALID_STATE, "role.built_in", name);
        }
        return entity;
    }

    private static Set<String> patterns(Set<String> permissions) {
        if (permissions == null || permissions.size() > 200 || !permissions.stream().allMatch(Patterns::isValid)) {
            throw Rules.invalid("role.permissions_invalid");
        }
        return Set.copyOf(permissions);
    }
}
