package org.aiplatform.bench.gpu;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.impl.nvml.Nvml;
import org.aiplatform.gpu.impl.proc.ProcessTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One sample of all GPUs through the platform's binding (JNA direct mapping, every metric of every GPU, the process
 * table), against the fake libnvidia-ml.so.1 with 8 GPUs ({@code -Daip.fake.nvml}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GpuSampleBenchmark {
    private Nvml nvml;
    private ProcessTable processes;
    private long now;

    @Setup(Level.Trial)
    public void open() throws Exception {
        nvml = Nvml.open(System.getProperty("aip.fake.nvml"));
        if (nvml.deviceCount() != 8) {
            throw new IllegalStateException("expected the fake's 8 GPUs, found " + nvml.deviceCount());
        }
        processes = new ProcessTable(Path.of("/proc"), List.of("MLFLOW_RUN_ID", "AIP_RUN_ID"));
    }

    @TearDown(Level.Trial)
    public void close() {
        nvml.close();
    }

    @Benchmark
    public List<GpuSample> sampleEightGpus() {
        return nvml.sample(now++, processes);
    }
}
