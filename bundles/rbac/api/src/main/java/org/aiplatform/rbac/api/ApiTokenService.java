package org.aiplatform.rbac.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal access tokens, stored as hashes. Revoking one stops it at once.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ApiTokenService {

    /**
     * @param userId the owner
     * @param token what to make
     * @return the token with its secret, shown once
     */
    IssuedApiToken create(String userId, NewApiToken token);

    /**
     * @param userId the owner
     * @return the owner's tokens, newest first
     */
    List<ApiToken> list(String userId);

    /**
     * @param userId the owner
     * @param tokenId the token
     * @param actor who revokes it (the owner or an administrator)
     * @throws org.aiplatform.kernel.api.ApiException RESOURCE_DOES_NOT_EXIST when the owner has no such token
     */
    void revoke(String userId, String tokenId, String actor);
}
