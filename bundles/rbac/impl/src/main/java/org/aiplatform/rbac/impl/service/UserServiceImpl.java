package org.aiplatform.rbac.impl.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.kernel.api.audit.AuditEvent;
import org.aiplatform.kernel.api.audit.AuditOutcome;
import org.aiplatform.rbac.api.Invitation;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.Role;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserChanges;
import org.aiplatform.rbac.api.UserService;
import org.aiplatform.rbac.api.UserStatus;
import org.aiplatform.rbac.impl.RbacCore;
import org.aiplatform.rbac.impl.RbacMessages;
import org.aiplatform.rbac.impl.crypto.Secrets;
import org.aiplatform.rbac.impl.store.InvitationEntity;
import org.aiplatform.rbac.impl.store.Names;
import org.aiplatform.rbac.impl.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Accounts in {@code rbac_user}. */
@Component(service = UserService.class)
public class UserServiceImpl implements UserService {
    private final RbacCore core;

    @Activate
    public UserServiceImpl(@Reference RbacCore core) {
        this.core = core;
    }

    @Override
    public User create(NewUser user, String actor) {
        User created = insert(user, user.role(), false);
        core.audit().record(AuditEvent.success(actor, "user.create", "user", created.id())
            .with(Map.of("username", created.username(), "role", created.role())));
        return created;
    }

    @Override
    public User register(NewUser user, String invitationCode) {
        String policy = core.config().signup_policy().toLowerCase(Locale.ROOT);
        User created;
        if (policy.equals("invite")) {
            Instant now = core.clock().instant();
            created = core.jpa().inTransaction(em -> { // the invitation is used exactly once, with the account
                InvitationEntity invitation = usableInvitation(em, invitationCode, now);
                User made = insert(user, invitation.role(), false);
                invitation.use(made.id(), now);
                return made;
            });
        } else if (policy.equals("open")) {
            created = insert(user, core.config().default_role(), false);
        } else {
            throw RbacMessages.get().error(ErrorCode.PERMISSION_DENIED, "user.signup_closed");
        }
        core.audit().record(AuditEvent.success(created.id(), "user.register", "user", created.id())
            .with(Map.of("username", created.username(), "role", created.role(), "policy", policy)));
        return created;
    }

    @Override
    public Invitation invite(String email, String role, String actor) {
        String code = Secrets.token("aip_inv_", 24);
        Instant now = core.clock().instant();
        Instant expires = now.plus(Duration.ofDays(core.config().invitation_days()));
        String checkedEmail = Rules.email(email);
        String checkedRole = core.jpa().inTransaction(em -> {
            String r = Rules.existingRole(em, role == null ? core.config().default_role() : role);
            em.persist(new InvitationEntity(Secrets.sha256(code), checkedEmail, r, actor, now, expires));
            return r;
        });
        core.audit().record(AuditEvent.success(actor, "user.invite", "invitation", checkedEmail)
            .with(Map.of("role", checkedRole)));
        return new Invitation(code, checkedEmail, checkedRole, expires);
    }

    private static InvitationEntity usableInvitation(EntityManager em, String code, Instant now) {
        return em.createQuery("select i from InvitationEntity i where i.codeHash = :h", InvitationEntity.class)
            .setParameter("h", Secrets.sha256(code == null ? "" : code)).getResultList().stream()
            .findFirst().filter(i -> i.isUsableAt(now))
            .orElseThrow(() -> RbacMessages.get().error(ErrorCode.PERMISSION_DENIED, "user.invitation_invalid"));
    }

    private User insert(NewUser user, String role, boolean mustChange) {
        String username = Rules.username(user.username());
        Rules.password(user.password(), username, core.config().password_min_length());
        String email = Rules.email(user.email());
        String displayName = Rules.displayName(user.displayName());
        String hash = core.hasher().hash(user.password());
        String effectiveRole = role == null ? core.config().default_role() : role;
        return Conflicts.unique(() -> core.jpa().inTransaction(em -> {
            Rules.existingRole(em, effectiveRole);
            if (Users.byName(em, username).isPresent()) {
                throw Conflicts.taken("user.name_taken", username);
            }
            UserEntity entity = new UserEntity(Names.newId(), username, effectiveRole, hash, mustChange,
                core.clock().instant());
            entity.describe(displayName, email);
            em.persist(entity);
            em.flush();
            return entity.toUser();
        }), "user.name_taken", username);
    }

    @Override
    public Optional<User> find(String id) {
        return id == null ? Optional.empty()
            : core.jpa().inTransaction(em -> Optional.ofNullable(em.find(UserEntity.class, id)).map(UserEntity::toUser));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return username == null ? Optional.empty()
            : core.jpa().inTransaction(em -> Users.byName(em, username).map(UserEntity::toUser));
    }

    @Override
    public User get(String id) {
        return find(id).orElseThrow(() -> Users.notFound(id));
    }

    @Override
    public Page<User> list(String query, PageRequest page) {
        return core.jpa().inTransaction(em -> Users.page(em, query, page));
    }

    @Override
    public User update(String id, UserChanges changes, String actor) {
        String email = Rules.email(changes.email());
        String displayName = Rules.displayName(changes.displayName());
        User updated = core.jpa().inTransaction(em -> {
            UserEntity user = Users.locked(em, id);
            if (changes.role() != null && !changes.role().equals(user.role())) {
                Rules.existingRole(em, changes.role());
                Users.keepAnAdmin(em, user, changes.role(), user.status());
                user.role(changes.role());
            }
            if (changes.status() != null && changes.status() != user.status()) {
                Users.keepAnAdmin(em, user, user.role(), changes.status());
                user.status(changes.status());
                if (changes.status() == UserStatus.DISABLED) {
                    Users.revokeSessions(em, user.id(), core.clock().instant());
                }
            }
            user.describe(displayName, email);
            return user.toUser();
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "user.update", "user", id).with(Map.of(
            "role", updated.role(), "status", updated.status().name())));
        return updated;
    }

    @Override
    public void changePassword(String id, String currentPassword, String newPassword) {
        UserEntity user = core.jpa().inTransaction(em -> Users.locked(em, id));
        if (!core.hasher().verify(currentPassword, user.passwordHash())) {
            core.audit().record(new AuditEvent(id, "user.password.change", "user", id, null, AuditOutcome.FAILURE,
                Map.of("reason", "wrong current password")));
            throw RbacMessages.get().error(ErrorCode.PERMISSION_DENIED, "user.password_wrong");
        }
        Rules.password(newPassword, user.username(), core.config().password_min_length());
        if (newPassword.equals(currentPassword)) {
            throw Rules.invalid("user.password_same");
        }
        String hash = core.hasher().hash(newPassword);
        core.jpa().run(em -> Users.locked(em, id).password(hash, false));
        core.access().invalidate();
        core.audit().record(AuditEvent.success(id, "user.password.change", "user", id));
    }

    @Override
    public void resetPassword(String id, String newPassword, String actor) {
        String username = get(id).username();
        Rules.password(newPassword, username, core.config().password_min_length());
        String hash = core.hasher().hash(newPassword);
        core.jpa().run(em -> {
            Users.locked(em, id).password(hash, true);
            Users.revokeSessions(em, id, core.clock().instant());
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "user.password.reset", "user", id));
    }

    @Override
    public void delete(String id, String actor) {
        String username = core.jpa().inTransaction(em -> {
            UserEntity user = Users.locked(em, id);
            Users.keepAnAdmin(em, user, Role.VIEWER, UserStatus.DISABLED);
            Users.removeEverything(em, id);
            em.remove(user);
            return user.username();
        });
        core.access().invalidate();
        core.audit().record(AuditEvent.success(actor, "user.delete", "user", id).with(Map.of("username", username)));
    }

}
