package org.aiplatform.bench.rbac;

import java.util.concurrent.TimeUnit;

import org.aiplatform.rbac.api.TokenPair;
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
 * One login on one thread: the argon2id check with the shipped cost, a new session row, a signed access token and
 * the audit entry. HTTP login throughput, with all cores busy, is measured by bench/rbac against the distribution.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class LoginBenchmark {
    private RbacBench bench;
    private AuthServiceImpl auth;

    @Setup
    public void setUp() {
        bench = new RbacBench();
        auth = new AuthServiceImpl(bench.fx.core);
    }

    @TearDown
    public void tearDown() {
        bench.close();
    }

    @Benchmark
    public TokenPair login() {
        return auth.login("alice", RbacBench.PASSWORD, RbacBench.ADDRESS);
    }
}
