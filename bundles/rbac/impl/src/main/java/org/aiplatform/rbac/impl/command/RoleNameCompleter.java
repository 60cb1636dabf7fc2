package org.aiplatform.rbac.impl.command;

import java.util.List;

import org.aiplatform.rbac.api.RoleService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes role names. */
@Service
public class RoleNameCompleter implements Completer {
    @Reference
    RoleService roles;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        roles.list().forEach(r -> names.getStrings().add(r.name()));
        return names.complete(session, commandLine, candidates);
    }
}
