package org.aiplatform.rbac.impl.command;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;

/** Reads a password from the console user, twice and hidden. */
final class Passwords {
    private Passwords() {
    }

    static String read(Session session) throws IOException {
        String first = session.readLine("Password: ", '*');
        String again = session.readLine("Again: ", '*');
        if (first == null || !first.equals(again)) {
            throw new IllegalArgumentException("The passwords differ");
        }
        return first;
    }
}
