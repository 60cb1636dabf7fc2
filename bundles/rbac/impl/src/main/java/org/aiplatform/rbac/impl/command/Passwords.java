package org.aiplatform.rbac.impl.command;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;

/** Reads passwords from the console user, hidden: never from the command line, which stays in the history. */
final class Passwords {
    private Passwords() {
    }

    /** @return a new password, typed twice */
    static String read(Session session) throws IOException {
        String first = ask(session, "Password: ");
        String again = ask(session, "Again: ");
        if (first == null || !first.equals(again)) {
            throw new IllegalArgumentException("The passwords differ");
        }
        return first;
    }

    /** @return one hidden answer */
    static String ask(Session session, String prompt) throws IOException {
        try {
            return session.readLine(prompt, '*');
        } catch (UnsupportedOperationException e) {
            // a command run without a terminal (ssh exec, bin/client with a command or piped input)
            throw new IllegalArgumentException("This asks for a password: run it in an interactive console "
                + "(bin/client or ssh without a command)");
        }
    }
}
