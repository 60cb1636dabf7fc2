package org.aiplatform.rbac.impl.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.SubjectType;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.store.Names;
import org.aiplatform.rbac.impl.store.SessionEntity;
import org.aiplatform.rbac.impl.store.UserEntity;

/** Queries on accounts shared by the services. */
final class Users {

    private Users() {
    }

    static Optional<UserEntity> byName(EntityManager em, String username) {
        return em.createQuery("select u from UserEntity u where u.usernameKey = :k", UserEntity.class)
            .setParameter("k", Names.key(username)).getResultList().stream().findFirst();
    }

    static UserEntity locked(EntityManager em, String id) {
        UserEntity user = id == null ? null : em.find(UserEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            throw notFound(id);
        }
        return user;
    }

    static ApiException notFound(String id) {
        return RbacMessages.get().error(ErrorCode.RESOURCE_DOES_NOT_EXIST, "user.not_found", String.valueOf(id));
    }

    static Page<User> page(EntityManager em, String query, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select u from UserEntity u where 1 = 1");
        if (query != null && !query.isBlank()) {
            jpql.append(" and u.usernameKey like :q escape '!'");
        }
        if (page.cursor() != null) {
            jpql.append(" and u.usernameKey > :after");
        }
        TypedQuery<UserEntity> typed = em.createQuery(jpql.append(" order by u.usernameKey").toString(),
            UserEntity.class).setMaxResults(page.maxResults() + 1);
        if (query != null && !query.isBlank()) {
            typed.setParameter("q", "%" + query.strip().toLowerCase(Locale.ROOT).replace("!", "!!")
                .replace("%", "!%").replace("_", "!_") + "%");
        }
        if (page.cursor() != null) {
            typed.setParameter("after", page.cursor());
        }
        List<UserEntity> rows = typed.getResultList();
        boolean more = rows.size() > page.maxResults();
        List<UserEntity> shown = more ? rows.subList(0, page.maxResults()) : rows;
        return Page.of(shown.stream().map(UserEntity::toUser).toList(),
            more ? Names.key(shown.get(shown.size() - 1).username()) : null);
    }

    /** Refuses a change that would leave the platform without an active administrator. */
    static void keepAnAdmin(EntityManager em, UserEntity user, String newRole, UserStatus newStatus) {
        boolean isActiveAdmin = Role.ADMIN.equals(user.role()) && user.status() == UserStatus.ACTIVE;
        boolean staysActiveAdmin = Role.ADMIN.equals(newRole) && newStatus == UserStatus.ACTIVE;
        if (isActiveAdmin && !staysActiveAdmin) {
            long admins = em.createQuery("select count(u) from UserEntity u where u.role = :r and u.status = :s",
                Long.class).setParameter("r", Role.ADMIN).setParameter("s", UserStatus.ACTIVE.name())
                .getSingleResult();
            if (admins <= 1) {
                throw RbacMessages.get().error(ErrorCode.INVALID_STATE, "user.last_admin");
            }
        }
    }

    static void revokeSessions(EntityManager em, String userId, Instant now) {
        em.createQuery("select s from SessionEntity s where s.userId = :u", SessionEntity.class)
            .setParameter("u", userId).getResultList().forEach(s -> s.revoke(now));
    }

    /** Deletes a user's grants, memberships, tokens and sessions. */
    static void removeEverything(EntityManager em, String userId) {
        em.createQuery("delete from GrantEntity g where g.subjectType = :t and g.subjectId = :u")
            .setParameter("t", SubjectType.USER.name()).setParameter("u", userId).executeUpdate();
        em.createQuery("delete from GroupMemberEntity m where m.userId = :u").setParameter("u", userId)
            .executeUpdate();
        em.createQuery("delete from ApiTokenEntity t where t.userId = :u").setParameter("u", userId).executeUpdate();
        em.createQuery("delete from SessionEntity s where s.userId = :u").setParameter("u", userId).executeUpdate();
    }
}
