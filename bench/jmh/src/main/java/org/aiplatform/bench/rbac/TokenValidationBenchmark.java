package org.aiplatform.bench.rbac;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.aiplatform.kernel.api.security.AuthenticatedUser;
import org.aiplatform.kernel.api.security.Credentials;
import org.aiplatform.kernel.api.security.Permissions;
import org.aiplatform.rbac.api.NewApiToken;
import org.aiplatform.rbac.impl.auth.RbacAuthenticator;
import org.aiplatform.rbac.impl.auth.RbacAuthorizer;
import org.aiplatform.rbac.impl.service.ApiTokenServiceImpl;
import org.aiplatform.rbac.impl.service.AuthServiceImpl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the rbac bundle adds to every request: recognise the credentials, then decide one permission in one project,
 * as the kernel's request filter asks. One benchmark per way of authenticating.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class TokenValidationBenchmark {
    private static final String PROJECT = "p-bench";

    private RbacBench bench;
    private RbacAuthenticator authenticator;
    private RbacAuthorizer authorizer;
    private Credentials jwt;
    private Credentials apiToken;
    private Credentials basic;

    @Setup
    public void setUp() {
        bench = new RbacBench();
        ApiTokenServiceImpl apiTokens = new ApiTokenServiceImpl(bench.fx.core);
        authenticator = new RbacAuthenticator(bench.fx.core, apiTokens);
        authorizer = new RbacAuthorizer(bench.fx.core);
        String access = new AuthServiceImpl(bench.fx.core).login("alice", RbacBench.PASSWORD, RbacBench.ADDRESS)
            .accessToken();
        jwt = Credentials.bearer(access, RbacBench.ADDRESS);
        String secret = apiTokens.create(bench.alice.id(), new NewApiToken("bench", Set.of(), null)).secret();
        apiToken = Credentials.bearer(secret, RbacBench.ADDRESS);
        basic = Credentials.basic("alice", RbacBench.PASSWORD, RbacBench.ADDRESS);
        for (Credentials credentials : new Credentials[] {jwt, apiToken, basic}) {
            if (!request(credentials)) {
                throw new IllegalStateException("a developer must read projects");
            }
        }
    }

    @TearDown
    public void tearDown() {
        bench.close();
    }

    /** {@code Authorization: Bearer <JWT>}: signature, expiry, issuer, session not revoked, account active. */
    @Benchmark
    public boolean bearerJwt() {
        return request(jwt);
    }

    /** {@code Authorization: Bearer aip_pat_...}: the token's hash looked up, not expired or revoked. */
    @Benchmark
    public boolean bearerApiToken() {
        return request(apiToken);
    }

    /** HTTP Basic with the password, as MLflow clients send on every request: argon2 once, then remembered. */
    @Benchmark
    public boolean basicPassword() {
        return request(basic);
    }

    private boolean request(Credentials credentials) {
        AuthenticatedUser user = authenticator.authenticate(credentials).orElseThrow();
        return authorizer.isPermitted(user, Permissions.PROJECTS_READ, PROJECT);
    }
}
