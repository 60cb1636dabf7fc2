package org.aiplatform.rbac.impl.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.rbac.api.Group;
import org.aiplatform.rbac.api.GroupService;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.store.GroupEntity;
import org.aiplatform.rbac.impl.store.GroupMemberEntity;
import org.aiplatform.rbac.impl.store.Names;
import org.aiplatform.rbac.impl.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Groups in {@code rbac_group} and {@code rbac_group_member}. */
@Component(service = GroupService.class)
public class GroupServiceImpl implements GroupService {
    private final RbacCore core;

    @Activate
    public GroupServiceImpl(@Reference RbacCore core) {
        this.core = core;
    }

    @Override
    public Group create(String name, String description, String actor) {
        String checked = Rules.groupName(name);
        if (description != null && description.length() > 4000) {
            throw Rules.invalid("group.description_too_long");
        }
        Group group = Conflicts.unique(() -> core.jpa().inTransaction(em -> {
            boolean taken = !em.createQuery("select g from GroupEntity g where g.nameKey = :k", GroupEntity.class)
                .setParameter("k", Names.key(checked)).getResultList().isEmpty();
            if (taken) {
                throw Conflicts.taken("group.name_taken", checked);
            }
            GroupEntity entity = new GroupEntity(Names.newId(), checked, description, core.clock().instant());
            em.persist(entity);
            em.flush();
            return entity.toGroup();
        }), "group.name_taken", checked);
        core.audit().record(AuditEvent.success(actor, "group.create", "group", group.id())
            .with(Map.of("name", checked)));
        return group;
    }

    @Override
    public List<Group> list() {
        return core.jpa().inTransaction(em -> em.createQuery("select g from GroupEntity g order by g.nameKey",
            GroupEntity.class).getResultList().stream().map(GroupEntity::toGroup).toList());
    }

    @Override
    public Optional<Group> find(String id) {
        return id == null ? Optional.empty()
            : core.jpa().inTransaction(em -> Optional.ofNullable(em.find(GroupEntity.class, id)).map(GroupEntity::toGroup));
    }

    @Override
    public void delete(String id, String actor) {
        String name = core.jpa().inTransaction(em -> {
            GroupEntity group = existing(em.find(GroupEntity.class, id), id);
            em.createQuery("delete from GroupMemberEntity m where m.groupId = :g").setParameter("g", id)
                .executeUpdate();
            em.createQuery("delete from GrantEntity g where g.subjectType = :t and g.subjectId = :g")
                .setParameter("t", SubjectType.GROUP.name()).setParameter("g", id).executeUpdate();
            em.remove(group);
            return group.name();
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "group.delete", "group", id).with(Map.of("name", name)));
    }

    @Override
    public void addMember(String groupId, String userId, String actor) {
        core.jpa().run(em -> {
            existing(em.find(GroupEntity.class, groupId), groupId);
            if (em.find(UserEntity.class, userId) == null) {
                throw Users.notFound(userId);
            }
            if (em.find(GroupMemberEntity.class, new GroupMemberEntity.Key(groupId, userId)) == null) {
                em.persist(new GroupMemberEntity(groupId, userId, core.clock().instant()));
            }
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "group.member.add", "group", groupId)
            .with(Map.of("user", userId)));
    }

    @Override
    public void removeMember(String groupId, String userId, String actor) {
        core.jpa().run(em -> {
            existing(em.find(GroupEntity.class, groupId), groupId);
            GroupMemberEntity member = em.find(GroupMemberEntity.class, new GroupMemberEntity.Key(groupId, userId));
            if (member == null) {
                throw RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "group.not_member", userId);
            }
            em.remove(member);
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "group.member.remove", "group", groupId)
            .with(Map.of("user", userId)));
    }

    @Override
    public List<User> members(String groupId) {
        return core.jpa().inTransaction(em -> {
            existing(em.find(GroupEntity.class, groupId), groupId);
            return em.createQuery("select u from UserEntity u, GroupMemberEntity m where m.groupId = :g "
                    + "and m.userId = u.id order by u.usernameKey", UserEntity.class)
                .setParameter("g", groupId).getResultList().stream().map(UserEntity::toUser).toList();
        });
    }

    static GroupEntity existing(GroupEntity group, String id) {
        if (group == null) {
            throw RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "group.not_found", String.valueOf(id));
        }
        return group;
    }
}
