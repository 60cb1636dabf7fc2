package org.aiplatform.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;

import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/** Runs console commands over ssh as {@code bin/client} does: the JAAS login and the command ACLs included. */
final class SshConsole {
    private SshConsole() {
    }

    /**
     * @return what the commands printed, errors included
     * @throws AssertionError "login refused for USER" when the password is not accepted
     */
    static String run(String user, String password, String command) throws IOException {
        int port = Integer.getInteger(PlatformTestSupport.SSH_PORT);
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE); // the test container's fresh key
            client.start();
            try (ClientSession session = client.connect(user, "localhost", port).verify(Duration.ofSeconds(30))
                .getSession()) {
                session.addPasswordIdentity(password);
                try {
                    session.auth().verify(Duration.ofSeconds(30));
                } catch (IOException e) {
                    throw new AssertionError("login refused for " + user, e);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ChannelExec exec = session.createExecChannel(command)) {
                    exec.setOut(out);
                    exec.setErr(out);
                    exec.open().verify(Duration.ofSeconds(30));
                    exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60));
                }
                return out.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
