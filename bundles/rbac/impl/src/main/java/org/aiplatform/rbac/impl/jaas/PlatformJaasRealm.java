package org.aiplatform.rbac.impl.jaas;

import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.aiplatform.rbac.api.RoleService;
import org.aiplatform.rbac.impl.RbacCore;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf's {@code karaf} realm, backed by platform accounts: the console, ssh and {@code bin/client} log in with
 * platform passwords. Its rank beats the realm of {@code etc/users.properties} (rank 0); while this bundle is
 * stopped that realm answers again, and it holds no accounts, so nobody logs in (fail closed).
 */
@Component(service = JaasRealm.class)
public class PlatformJaasRealm implements JaasRealm {
    /** The realm Karaf's shell and ssh server use ({@code sshRealm}). */
    public static final String NAME = "karaf";
    static final int RANK = 100;

    private final AppConfigurationEntry[] entries;

    @Activate
    public PlatformJaasRealm(@Reference RbacCore core, @Reference RoleService roles, BundleContext context) {
        // ProxyLoginModule (on the boot class path) loads the module class from this bundle and passes it
        // the remaining options, objects included
        Map<String, Object> options = Map.of(
            ProxyLoginModule.PROPERTY_MODULE, PlatformLoginModule.class.getName(),
            ProxyLoginModule.PROPERTY_BUNDLE, String.valueOf(context.getBundle().getBundleId()),
            PlatformLoginModule.ACCOUNTS, new ConsoleAccounts(core, roles::permissions));
        this.entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), LoginModuleControlFlag.REQUIRED, options)};
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return RANK;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
