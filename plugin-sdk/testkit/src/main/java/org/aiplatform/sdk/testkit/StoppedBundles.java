package org.aiplatform.sdk.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * Records which bundles stop while it is open, to prove that a hot swap touched only what it should:
 * <pre>{@code
 * try (StoppedBundles stopped = StoppedBundles.record(bundleContext)) {
 *     features.uninstallFeature("aiplatform-plugin-x", EnumSet.of(NoAutoRefreshBundles));
 *     assertEquals(List.of("com.example.x.impl", "com.example.x.api"), stopped.names());
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class StoppedBundles implements BundleListener, AutoCloseable {
    private final BundleContext context;
    private final List<String> names = new CopyOnWriteArrayList<>();

    private StoppedBundles(BundleContext context) {
        this.context = context;
    }

    /**
     * @param context the test's bundle context
     * @return a recorder, listening until closed
     */
    public static StoppedBundles record(BundleContext context) {
        StoppedBundles recorder = new StoppedBundles(context);
        context.addBundleListener(recorder);
        return recorder;
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STOPPED) {
            names.add(event.getBundle().getSymbolicName());
        }
    }

    /** @return the symbolic names of the bundles stopped so far, in order */
    public List<String> names() {
        return List.copyOf(names);
    }

    @Override
    public void close() {
        context.removeBundleListener(this);
    }
}
