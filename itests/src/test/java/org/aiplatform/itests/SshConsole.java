package org.aiplatform.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.time.Duration;
import java.util.EnumSet;

import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/** Runs console commands over ssh as {@code bin/client} does: the JAAS login and the command ACLs included. */
final class SshConsole {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SshConsole() {
    }

    /**
     * @return what the commands printed, errors included
     * @throws AssertionError "login refused for USER" when the password is not accepted
     */
    static String run(String user, String password, String command) throws IOException {
        return session(user, password, session -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ChannelExec exec = session.createExecChannel(command)) {
                exec.setOut(out);
                exec.setErr(out);
                exec.open().verify(TIMEOUT);
                exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    /**
     * Types the lines into an interactive shell (a terminal, as {@code bin/client} without a command opens), for
     * commands that ask for input; exec sessions cannot.
     *
     * @param lines what the user types, command lines and answers; the shell is closed after them
     * @return everything the terminal showed
     */
    static String type(String user, String password, String... lines) throws IOException {
        return session(user, password, session -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String typed = String.join("\n", lines) + "\nshell:logout\n";
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setIn(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));
                shell.setOut(out);
                shell.setErr(out);
                shell.open().verify(TIMEOUT);
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }

    private interface Conversation {
        String run(ClientSession session) throws IOException;
    }

    private static String session(String user, String password, Conversation conversation) throws IOException {
        int port = Integer.getInteger(PlatformTestSupport.SSH_PORT);
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE); // the test container's fresh key
            client.start();
            try (ClientSession session = client.connect(user, "localhost", port).verify(TIMEOUT).getSession()) {
                session.addPasswordIdentity(password);
                try {
                    session.auth().verify(TIMEOUT);
                } catch (IOException e) {
                    throw new AssertionError("login refused for " + user, e);
                }
                return conversation.run(session);
            }
        }
    }

    /** @return true when a line of a --no-format table starts with these cells (ShellTable pads them) */
    static boolean hasRow(String table, String... cells) {
        return table.lines().map(line -> line.split("\t")).anyMatch(row -> row.length >= cells.length
            && IntStream.range(0, cells.length).allMatch(i -> row[i].trim().equals(cells[i])));
    }
}
