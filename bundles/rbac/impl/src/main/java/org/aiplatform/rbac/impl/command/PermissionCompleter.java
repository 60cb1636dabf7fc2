package org.aiplatform.rbac.impl.command;

import java.util.List;

import org.aiplatform.rbac.api.RoleService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the permissions the installed bundles declare. */
@Service
public class PermissionCompleter implements Completer {
    @Reference
    RoleService roles;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        roles.permissions().forEach(p -> names.getStrings().add(p.name()));
        return names.complete(session, commandLine, candidates);
    }
}
