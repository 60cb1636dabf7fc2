package org.aiplatform.kernel.impl.schema;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway exactly the SQL scripts a bundle ships, by URL, so that migrations never depend on which class
 * loader Flyway's classpath scanner happens to see inside OSGi.
 */
final class ScriptResources implements ResourceProvider {
    private final Map<String, LoadableResource> byName = new LinkedHashMap<>();

    ScriptResources(Collection<URL> scripts) {
        for (URL url : scripts) {
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (byName.put(name, new Script(url, name)) != null) {
                throw new IllegalArgumentException("two migration scripts named " + name);
            }
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return byName.get(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return byName.entrySet().stream()
            .filter(e -> e.getKey().startsWith(prefix) && List.of(suffixes).stream().anyMatch(e.getKey()::endsWith))
            .map(Map.Entry::getValue)
            .toList();
    }

    /** One script; Flyway reads it (and checksums it) through {@link #read()}. */
    private static final class Script extends LoadableResource {
        private final URL url;
        private final String name;

        Script(URL url, String name) {
            this.url = url;
            this.name = name;
        }

        @Override
        public Reader read() {
            try {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + url, e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return url.getPath();
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
