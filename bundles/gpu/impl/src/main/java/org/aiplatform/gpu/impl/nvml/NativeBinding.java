package org.aiplatform.gpu.impl.nvml;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/** Loads libnvidia-ml and binds the direct-mapped classes to it. */
final class NativeBinding {
    /** What the loader tries when no path is configured: the linker's name, then the driver's soname. */
    private static final String[] DEFAULT_NAMES = {"nvidia-ml", "libnvidia-ml.so.1"};

    private NativeBinding() {
    }

    static NativeLibrary load(String configuredPath) throws NvmlUnavailableException {
        String[] candidates = configuredPath == null || configuredPath.isBlank() ? DEFAULT_NAMES
            : new String[] {configuredPath.trim()};
        UnsatisfiedLinkError last = null;
        for (String candidate : candidates) {
            try {
                return NativeLibrary.getInstance(candidate);
            } catch (UnsatisfiedLinkError e) {
                last = e;
            }
        }
        throw new NvmlUnavailableException("NVML library not found (" + String.join(", ", candidates)
            + "): no NVIDIA driver on this node, or set library.path", last);
    }

    /**
     * @return true when the library has every symbol and the class is bound to it; false leaves the class unbound
     *         (calling it would throw), which the caller reports as unsupported
     */
    static boolean bind(Class<?> calls, NativeLibrary library, String... symbols) {
        for (String symbol : symbols) {
            try {
                library.getFunction(symbol);
            } catch (UnsatisfiedLinkError missing) {
                return false;
            }
        }
        // a class stays bound to the library of its last registration (tests open several fakes in one JVM)
        Native.unregister(calls);
        Native.register(calls, library);
        return true;
    }

    /** @return the first symbol the library lacks, or null */
    static String missing(NativeLibrary library, String... symbols) {
        for (String symbol : symbols) {
            try {
                library.getFunction(symbol);
            } catch (UnsatisfiedLinkError e) {
                return symbol;
            }
        }
        return null;
    }
}
