package org.aiplatform.gpu.impl.nvml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.jna.NativeLibrary;

/**
 * The fake libnvidia-ml.so.1 the build compiles (src/test/native/fake_nvml.c), scripted through its
 * {@code fakeNvmlLoad} function: the tests then read it through the real binding.
 */
public final class FakeNvml {
    /** A current driver's library. */
    public static final String CURRENT = System.getProperty("aip.fake.nvml");
    /** An old driver's library, without the functions drivers added since R450. */
    public static final String OLD = System.getProperty("aip.fake.nvml.old");

    private FakeNvml() {
    }

    /**
     * Replaces what the library reports (defaults first, then the lines).
     *
     * @param library {@link #CURRENT} or {@link #OLD}
     * @param lines directives, see fake_nvml.c
     */
    public static void script(String library, String... lines) {
        try {
            Path file = Files.createTempFile("fake-nvml", ".txt");
            Files.write(file, List.of(lines));
            int rc = NativeLibrary.getInstance(library).getFunction("fakeNvmlLoad").invokeInt(new Object[] {
                file.toString()});
            Files.delete(file);
            if (rc != 0) {
                throw new IllegalStateException("fakeNvmlLoad failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
