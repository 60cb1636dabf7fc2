package org.aiplatform.rbac.impl.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.project.ProjectService;
import org.aiplatform.rbac.api.Member;
import org.aiplatform.rbac.api.MembershipService;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.store.GrantEntity;
import org.aiplatform.rbac.impl.store.GroupEntity;
import org.aiplatform.rbac.impl.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Project members in {@code rbac_grant}. */
@Component(service = {MembershipService.class, MembershipServiceImpl.class})
public class MembershipServiceImpl implements MembershipService {
    private final RbacCore core;
    private final ProjectService projects;

    @Activate
    public MembershipServiceImpl(@Reference RbacCore core, @Reference ProjectService projects) {
        this.core = core;
        this.projects = projects;
    }

    @Override
    public List<Member> members(String projectId) {
        projects.get(projectId);
        return core.jpa().inTransaction(em -> {
            List<Member> members = new ArrayList<>();
            for (GrantEntity grant : grants(em, projectId)) {
                members.add(new Member(grant.subjectType(), grant.subjectId(), name(em, grant.subjectType(),
                    grant.subjectId()), grant.role(), grant.grantedAt()));
            }
            members.sort(Comparator.comparing(Member::type).thenComparing(Member::name));
            return members;
        });
    }

    @Override
    public Member grant(String projectId, SubjectType type, String subjectId, String role, String actor) {
        projects.get(projectId);
        Member member = Conflicts.unique(() -> core.jpa().inTransaction(em -> {
            Rules.existingRole(em, role);
            String name = name(em, type, subjectId);
            GrantEntity grant = find(em, projectId, type, subjectId);
            if (grant == null) {
                grant = new GrantEntity(projectId, type, subjectId, role, actor, core.clock().instant());
                em.persist(grant);
                em.flush();
            } else {
                grant.regrant(role, actor, core.clock().instant());
            }
            return new Member(type, subjectId, name, role, grant.grantedAt());
        }), "member.exists", subjectId);
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "member.grant", type.name().toLowerCase(), subjectId)
            .inProject(projectId).with(Map.of("role", role)));
        return member;
    }

    @Override
    public void revoke(String projectId, SubjectType type, String subjectId, String actor) {
        core.jpa().run(em -> {
            GrantEntity grant = find(em, projectId, type, subjectId);
            if (grant == null) {
                throw RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "member.not_found", subjectId);
            }
            em.remove(grant);
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "member.revoke", type.name().toLowerCase(), subjectId)
            .inProject(projectId));
    }

    /** Drops every grant of a deleted project. */
    public void forgetProject(String projectId) {
        core.jpa().run(em -> em.createQuery("delete from GrantEntity g where g.projectId = :p")
            .setParameter("p", projectId).executeUpdate());
        core.access().invalidate();
    }

    private static List<GrantEntity> grants(EntityManager em, String projectId) {
        return em.createQuery("select g from GrantEntity g where g.projectId = :p", GrantEntity.class)
            .setParameter("p", projectId).getResultList();
    }

    private static GrantEntity find(EntityManager em, String projectId, SubjectType type, String subjectId) {
        return em.createQuery("select g from GrantEntity g where g.projectId = :p and g.subjectType = :t "
                + "and g.subjectId = :s", GrantEntity.class)
            .setParameter("p", projectId).setParameter("t", type.name()).setParameter("s", subjectId)
            .getResultList().stream().findFirst().orElse(null);
    }

    private static String name(EntityManager em, SubjectType type, String id) {
        if (type == SubjectType.USER) {
            UserEntity user = id == null ? null : em.find(UserEntity.class, id);
            if (user == null) {
                throw Users.notFound(id);
            }
            return user.username();
        }
        return GroupServiceImpl.existing(id == null ? null : em.find(GroupEntity.class, id), id).name();
    }
}
