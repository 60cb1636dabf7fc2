package org.aiplatform.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import org.ops4j.pax.exam.Option;

/**
 * Points the distribution's GPU monitor at the fake libnvidia-ml.so.1 the build compiles (8 GPUs at 40-47 °C),
 * with a rule that fires at once on the two hottest, so that alerts exist to read, acknowledge and resolve.
 */
final class FakeGpus {
    static final String CFG = "etc/org.aiplatform.gpu.cfg";

    private FakeGpus() {
    }

    static Option[] options() {
        return new Option[] {
            editConfigurationFilePut(CFG, "library.path", System.getProperty("aip.fake.nvml")),
            editConfigurationFilePut(CFG, "hostname", "it-node"),
            editConfigurationFilePut(CFG, "alert.rules", "warm: temperature_celsius > 45 warning")};
    }
}
