package org.aiplatform.bench.rbac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.rbac.api.NewUser;
import org.aiplatform.rbac.api.User;
import org.aiplatform.rbac.impl.RbacConfig;
import org.aiplatform.rbac.impl.RbacFixture;
import org.aiplatform.rbac.impl.service.UserServiceImpl;

/**
 * The rbac core as the distribution ships it (argon2id cost and all), on EclipseLink over in-memory Derby, with one
 * developer account. Its clock stands still, so cached access never expires: the figures are the steady state of a
 * busy server, where the reload every {@code cache.seconds} is spread over thousands of requests.
 */
final class RbacBench implements AutoCloseable {
    static final String PASSWORD = "bench password 1234";
    static final String ADDRESS = "127.0.0.1";

    final RbacFixture fx;
    final User alice;

    RbacBench() {
        RbacConfig shipped = RbacFixture.config(Map.of());
        try {
            fx = new RbacFixture(TestDatabase.derby(), Files.createTempDirectory("aip-bench").resolve("keys.json"),
                Map.of("argon2.memory.kib", shipped.argon2_memory_kib(),
                    "argon2.iterations", shipped.argon2_iterations(),
                    "argon2.parallelism", shipped.argon2_parallelism(),
                    // the clock stands still, so a rate window would never end
                    "login.attempts.per.minute", Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        alice = new UserServiceImpl(fx.core).create(new NewUser("alice", PASSWORD, "Alice", null, "developer"),
            "bench");
    }

    @Override
    public void close() {
        fx.close();
    }
}
