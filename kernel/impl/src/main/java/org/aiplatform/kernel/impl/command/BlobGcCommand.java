package org.aiplatform.kernel.impl.command;

import java.time.Duration;

import org.aiplatform.kernel.api.blob.BlobService;
import org.aiplatform.kernel.api.blob.GcReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:blob-gc}: deletes unreferenced blobs older than the grace period, or only reports them. */
@Service
@Command(scope = "aip", name = "blob-gc", description = "Collects unreferenced blobs (use --dry-run to only count)")
public class BlobGcCommand implements Action {
    @Reference
    BlobService blobs;

    @Option(name = "-n", aliases = "--dry-run", description = "Report what would be deleted, delete nothing")
    boolean dryRun;

    @Option(name = "-g", aliases = "--grace-minutes",
        description = "Spare blobs stored less than this many minutes ago (uploads about to be referenced)")
    long graceMinutes = 1440;

    @Override
    public Object execute() throws Exception {
        if (graceMinutes < 0) {
            throw new IllegalArgumentException("--grace-minutes cannot be negative");
        }
        GcReport report = blobs.collect(Duration.ofMinutes(graceMinutes), dryRun);
        System.out.printf("%s %d blob(s), %d byte(s), %d upload leftover(s)%n",
            dryRun ? "Would delete" : "Deleted", report.blobs(), report.bytes(), report.temporaries());
        return null;
    }
}
