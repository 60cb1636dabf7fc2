package org.aiplatform.gpu.impl.proc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.impl.nvml.ProcessDescriber;

/**
 * Describes GPU processes from {@code /proc}: the command line, the owner, and the tracking run named in the
 * environment of the process or of its nearest ancestor that has one (a training script started by a launcher
 * inherits or loses variables, its launcher keeps them). What a process is does not change while it lives, so each
 * pid is read once and forgotten when it leaves the GPUs.
 */
public final class ProcessTable implements ProcessDescriber {
    /** How far up the process tree a run is looked for. */
    private static final int MAX_ANCESTORS = 32;

    private final Path proc;
    private final List<String> runVariables;
    private final Map<Long, Described> known = new ConcurrentHashMap<>();

    /**
     * @param proc the proc file system, {@code /proc}
     * @param runVariables environment variables that hold a run id, first match wins ({@code MLFLOW_RUN_ID})
     */
    public ProcessTable(Path proc, List<String> runVariables) {
        this.proc = proc;
        this.runVariables = List.copyOf(runVariables);
    }

    @Override
    public GpuProcess describe(int gpuIndex, long pid, Long usedMemoryBytes) {
        Described d = known.computeIfAbsent(pid, this::read);
        return new GpuProcess(gpuIndex, pid, usedMemoryBytes, d.command, d.user, d.runId);
    }

    /** Forgets the processes no GPU lists any more (their pids may be reused). */
    public void retain(Collection<Long> listed) {
        known.keySet().retainAll(listed);
    }

    private Described read(long pid) {
        Path dir = proc.resolve(Long.toString(pid));
        return new Described(command(dir), user(dir), runId(pid));
    }

    private static String command(Path dir) {
        try {
            byte[] raw = Files.readAllBytes(dir.resolve("cmdline"));
            String command = new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim();
            if (command.isEmpty()) {
                command = Files.readString(dir.resolve("comm")).trim();
            }
            return command.isEmpty() ? null : command;
        } catch (IOException e) {
            return null; // gone, or hidden by hidepid
        }
    }

    private static String user(Path dir) {
        try {
            return Files.getOwner(dir).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private String runId(long pid) {
        long current = pid;
        for (int depth = 0; depth < MAX_ANCESTORS && current > 1; depth++) {
            Path dir = proc.resolve(Long.toString(current));
            String run = fromEnvironment(dir);
            if (run != null) {
                return run;
            }
            current = parent(dir);
        }
        return null;
    }

    private String fromEnvironment(Path dir) {
        String environ;
        try {
            environ = new String(Files.readAllBytes(dir.resolve("environ")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // another user's process: its environment is not readable
        }
        for (String variable : runVariables) {
            String prefix = variable + "=";
            for (String entry : environ.split("\0")) {
                if (entry.startsWith(prefix) && entry.length() > prefix.length()) {
                    return entry.substring(prefix.length());
                }
            }
        }
        return null;
    }

    private static long parent(Path dir) {
        try {
            // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses
            String stat = Files.readString(dir.resolve("stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(after[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private record Described(String command, String user, String runId) {
    }
}
