package org.aiplatform.gpu.impl.command;

import org.aiplatform.gpu.api.GpuMonitor;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:gpu-status}: every GPU now, with bars. */
@Service
@Command(scope = "aip", name = "gpu-status", description = "Shows every GPU of this node now")
public class GpuStatusCommand implements Action {
    @Reference
    GpuMonitor monitor;

    @Option(name = "--no-format", description = "Plain output for scripts")
    boolean noFormat;

    @Override
    public Object execute() {
        Bars.printGpus(monitor.status(), System.out, !noFormat);
        return null;
    }
}
