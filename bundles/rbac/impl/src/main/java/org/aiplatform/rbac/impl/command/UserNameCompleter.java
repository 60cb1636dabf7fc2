package org.aiplatform.rbac.impl.command;

import java.util.List;

import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes user names (the first thousand, by name). */
@Service
public class UserNameCompleter implements Completer {
    @Reference
    UserService users;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter names = new StringsCompleter();
        Accounts.users(users, null, PageRequest.MAX_LIMIT).forEach(u -> names.getStrings().add(u.username()));
        return names.complete(session, commandLine, candidates);
    }
}
