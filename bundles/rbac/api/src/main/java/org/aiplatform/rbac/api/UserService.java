package org.aiplatform.rbac.api;

import java.util.Optional;

import org.aiplatform.kernel.api.Page;
import org.aiplatform.kernel.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Accounts. Passwords are stored only as argon2id hashes and never returned or logged. Every change is audited.
 *
 * @since 1.0.0
 */
@ProviderType
public interface UserService {

    /**
     * An administrator makes an account.
     *
     * @param user the account
     * @param actor who makes it
     * @return the account
     * @throws org.aiplatform.kernel.api.ApiException INVALID_PARAMETER_VALUE (bad name, weak password, unknown
     *         role), RESOURCE_ALREADY_EXISTS (name taken)
     */
    User create(NewUser user, String actor);

    /**
     * Self sign-up, as the sign-up policy allows: open, with an invitation code, or not at all. The role is the
     * invitation's or the default for new accounts, whatever the request says.
     *
     * @param user the account
     * @param invitationCode the code of an invitation, required when sign-up is by invitation
     * @return the account
     * @throws org.aiplatform.kernel.api.ApiException PERMISSION_DENIED when sign-up is closed or the code is not
     *         valid, and as {@link #create}
     */
    User register(NewUser user, String invitationCode);

    /**
     * @param email who the invitation is for, may be null
     * @param role the global role the invited account gets, null for the default
     * @param actor the administrator
     * @return the invitation, whose code is shown once
     */
    Invitation invite(String email, String role, String actor);

    /**
     * @param id a user id
     * @return the user, or empty
     */
    Optional<User> find(String id);

    /**
     * @param username a login name, ignoring case
     * @return the user, or empty
     */
    Optional<User> findByUsername(String username);

    /**
     * @param id a user id
     * @return the user
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST
     */
    User get(String id);

    /**
     * @param query only names containing this text, or null
     * @param page the page
     * @return the users ordered by name
     */
    Page<User> list(String query, PageRequest page);

    /**
     * @param id the user
     * @param changes the changes
     * @param actor who makes them
     * @return the user after the change
     */
    User update(String id, UserChanges changes, String actor);

    /**
     * A user changes their own password; this also clears {@link User#passwordChangeRequired()}.
     *
     * @param id the user
     * @param currentPassword the password now
     * @param newPassword the new one, at least 12 characters and different
     * @throws org.aiplatform.kernel.api.ApiException PERMISSION_DENIED when the current password is wrong
     */
    void changePassword(String id, String currentPassword, String newPassword);

    /**
     * An administrator sets a password; the user must change it at the next login.
     *
     * @param id the user
     * @param newPassword the temporary password
     * @param actor the administrator
     */
    void resetPassword(String id, String newPassword, String actor);

    /**
     * Deletes the account with its grants, group memberships and tokens.
     *
     * @param id the user
     * @param actor who deletes it
     */
    void delete(String id, String actor);
}
