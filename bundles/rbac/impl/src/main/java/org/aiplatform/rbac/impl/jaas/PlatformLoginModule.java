package org.aiplatform.rbac.impl.jaas;

import java.io.IOException;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.aiplatform.kernel.api.ApiException;
import org.aiplatform.rbac.impl.jaas.ConsoleAccounts.ConsoleLogin;
import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The JAAS login module of the {@code karaf} realm: checks the name and password against platform accounts and
 * gives the subject a {@link UserPrincipal} and one {@link RolePrincipal} per Karaf role. Karaf's ProxyLoginModule
 * creates it with {@code new}, so the accounts arrive in the options map ({@link #ACCOUNTS}).
 */
public final class PlatformLoginModule implements LoginModule {
    /** Option holding the {@link ConsoleAccounts} to check against. */
    public static final String ACCOUNTS = ConsoleAccounts.class.getName();

    private static final Pattern HOST = Pattern.compile("^/?(.*?)(:\\d+)?$");

    private Subject subject;
    private CallbackHandler callbacks;
    private ConsoleAccounts accounts;
    private ConsoleLogin login;
    private final Set<Principal> added = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.accounts = (ConsoleAccounts) options.get(ACCOUNTS);
    }

    @Override
    public boolean login() throws LoginException {
        if (accounts == null || callbacks == null) {
            throw new LoginException("Platform accounts are not available");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw (LoginException) new LoginException("Cannot ask for the name and password").initCause(e);
        }
        char[] secret = password.getPassword();
        password.clearPassword();
        try {
            login = accounts.login(name.getName(), secret == null ? "" : new String(secret), clientAddress());
            return true;
        } catch (ApiException e) {
            throw new FailedLoginException(e.getMessage()); // the generic text: it never says whether the user exists
        }
    }

    @Override
    public boolean commit() {
        if (login == null) {
            return false;
        }
        added.add(new UserPrincipal(login.username()));
        login.roles().forEach(role -> added.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        return logout();
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        login = null;
        return true;
    }

    /** Karaf's ssh server puts the client's address in the subject before it logs in (no port: one host, one limit). */
    private String clientAddress() {
        return subject.getPrincipals(ClientPrincipal.class).stream().findFirst()
            .map(ClientPrincipal::getAddress).map(PlatformLoginModule::host).orElse("console");
    }

    static String host(String address) {
        return HOST.matcher(address).replaceFirst("$1"); // "/10.0.0.7:51234" -> "10.0.0.7", "/[::1]:22" -> "[::1]"
    }
}
