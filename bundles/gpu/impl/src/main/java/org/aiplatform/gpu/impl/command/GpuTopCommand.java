package org.aiplatform.gpu.impl.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import org.aiplatform.gpu.api.GpuMonitor;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code aip:gpu-top}: the GPUs and their processes, redrawn until a key is pressed or Ctrl-C. */
@Service
@Command(scope = "aip", name = "gpu-top", description = "Shows GPUs and their processes, refreshed until a key "
    + "is pressed (or Ctrl-C)")
public class GpuTopCommand implements Action {
    private static final String CLEAR = "\033[H\033[2J";

    @Reference
    GpuMonitor monitor;

    @Reference
    Session session;

    @Option(name = "-d", aliases = "--delay", description = "Seconds between refreshes")
    double delay = 1;

    @Option(name = "-n", aliases = "--iterations", description = "Stop after this many refreshes (0: until a key)")
    int iterations;

    @Override
    public Object execute() throws IOException {
        PrintStream out = System.out;
        InputStream keyboard = session == null ? null : session.getKeyboard();
        long pause = Math.max(100, (long) (delay * 1000));
        for (int i = 0; iterations <= 0 || i < iterations; i++) {
            out.print(CLEAR);
            Bars.printGpus(monitor.status(), out, true);
            out.println();
            Bars.printProcesses(monitor.processes(), out, true);
            out.println("(press any key to quit)");
            out.flush();
            if (iterations > 0 && i == iterations - 1) {
                break;
            }
            if (waitForKey(keyboard, pause)) {
                break;
            }
        }
        return null;
    }

    /** @return true when a key was pressed or the command was interrupted (Ctrl-C) while waiting */
    private static boolean waitForKey(InputStream keyboard, long millis) throws IOException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (keyboard != null && keyboard.available() > 0) {
                keyboard.read();
                return true;
            }
            try {
                Thread.sleep(50); // a console refresh, not a test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }
        return false;
    }
}
