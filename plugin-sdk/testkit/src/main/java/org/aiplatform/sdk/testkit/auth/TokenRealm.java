package org.aiplatform.sdk.testkit.auth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Authenticator;
import org.aiplatform.kernel.api.security.Authorizer;
import org.aiplatform.kernel.api.security.Credentials;
import org.aiplatform.kernel.api.security.ProjectScope;
import org.aiplatform.sdk.testkit.TestRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/** Authenticates the tokens of {@link TestRealm}'s configuration and grants exactly what it lists. */
@Component(service = {Authenticator.class, Authorizer.class}, configurationPid = TestRealm.PID,
    configurationPolicy = ConfigurationPolicy.REQUIRE, property = Authenticator.REALM + "=" + TestRealm.REALM)
public class TokenRealm implements Authenticator, Authorizer {
    private final Map<String, TestUser> byToken;

    @Activate
    public TokenRealm(Map<String, Object> properties) {
        this.byToken = TestUser.parse(properties);
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(Credentials credentials) {
        TestUser user = byToken.get(credentials.secret());
        if (user == null || (credentials.username() != null && !credentials.username().equals(user.name()))) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(user.name(), user.name(), "token", Set.of()));
    }

    @Override
    public boolean isPermitted(AuthenticatedUser user, String permission, String projectId) {
        return find(user).map(u -> u.permits(permission, projectId)).orElse(false);
    }

    @Override
    public ProjectScope projectScope(AuthenticatedUser user, String permission) {
        return find(user).map(u -> u.scope(permission)).orElse(ProjectScope.none());
    }

    private Optional<TestUser> find(AuthenticatedUser user) {
        return byToken.values().stream().filter(u -> u.name().equals(user.id())).findFirst();
    }
}
