package org.aiplatform.rbac.impl.command;

import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.ShellUtil;

/**
 * {@code aip:password}: the console user changes their own password. Every account may run it (the ssh role), so
 * that a one-time password (the bootstrap admin's, or one an administrator reset) can be replaced in the console.
 */
@Service
@Command(scope = "aip", name = "password", description = "Changes your own password")
public class PasswordCommand implements Action {
    @Reference
    UserService users;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        String name = ShellUtil.getCurrentUserName();
        User me = users.findByUsername(name == null ? "" : name)
            .orElseThrow(() -> new IllegalArgumentException("The console user is not a platform account"));
        String current = Passwords.ask(session, "Current password: ");
        String next = Passwords.read(session);
        users.changePassword(me.id(), current, next);
        System.out.println("Password changed; log in again to work with your role");
        return null;
    }
}
