package org.aiplatform.gpu.impl.command;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.aiplatform.gpu.api.GpuProcess;
import org.aiplatform.gpu.api.GpuSample;
import org.aiplatform.gpu.api.GpuStatus;
import org.apache.karaf.shell.support.table.ShellTable;

/** The GPU table the console commands share: one row per GPU with bars for utilization and memory. */
final class Bars {
    private static final int WIDTH = 20;

    private Bars() {
    }

    /** @return {@code [########------------]  40%}, or n/a */
    static String bar(Double percent) {
        if (percent == null) {
            return "n/a";
        }
        int filled = (int) Math.round(Math.max(0, Math.min(100, percent)) * WIDTH / 100);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
            + String.format(Locale.ROOT, "%3.0f%%", percent);
    }

    static void printGpus(GpuStatus status, PrintStream out, boolean format) {
        if (!status.available()) {
            out.println("GPU monitoring unavailable: " + status.reason());
            return;
        }
        out.println(status.hostname() + "  driver " + status.driverVersion() + "  CUDA " + status.cudaVersion());
        ShellTable table = new ShellTable().emptyTableText("No GPU");
        for (String column : List.of("GPU", "Name", "Utilization", "Memory", "Used/Total GiB", "Temp", "Power W",
            "Procs")) {
            table.column(column);
        }
        for (GpuSample s : status.gpus()) {
            table.addRow().addContent(s.index(), s.name(),
                bar(s.utilizationPercent() == null ? null : s.utilizationPercent().doubleValue()),
                bar(s.memoryUsedPercent()), gib(s.memoryUsedBytes()) + "/" + gib(s.memoryTotalBytes()),
                s.temperatureCelsius() == null ? "n/a" : s.temperatureCelsius() + " C",
                watts(s.powerWatts()) + "/" + watts(s.powerLimitWatts()), s.processes().size());
        }
        table.print(out, format);
    }

    static void printProcesses(List<GpuProcess> processes, PrintStream out, boolean format) {
        ShellTable table = new ShellTable().emptyTableText("No GPU process");
        for (String column : List.of("GPU", "PID", "User", "Memory MiB", "Run", "Command")) {
            table.column(column);
        }
        for (GpuProcess p : processes) {
            table.addRow().addContent(p.gpuIndex(), p.pid(), p.user() == null ? "" : p.user(),
                p.usedMemoryBytes() == null ? "n/a" : p.usedMemoryBytes() >> 20, p.runId() == null ? "" : p.runId(),
                p.command() == null ? "" : p.command());
        }
        table.print(out, format);
    }

    private static String gib(Long bytes) {
        return bytes == null ? "n/a" : String.format(Locale.ROOT, "%.1f", bytes / (double) (1L << 30));
    }

    private static String watts(Double watts) {
        return watts == null ? "n/a" : String.format(Locale.ROOT, "%.0f", watts);
    }
}
