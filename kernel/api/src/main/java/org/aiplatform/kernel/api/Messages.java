package org.aiplatform.kernel.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The localised texts of one bundle: {@code <baseName>.properties} (English) and
 * {@code <baseName>_zh_CN.properties} (Chinese) read through the bundle's own class loader, formatted with
 * {@link MessageFormat}. Unknown locales fall back to English, never to the JVM's default locale.
 *
 * @since 1.0.0
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /**
     * @param anchor a class of the bundle that holds the properties files
     * @param baseName the resource base name, e.g. {@code org.aiplatform.kernel.impl.messages}
     */
    public Messages(Class<?> anchor, String baseName) {
        this.baseName = baseName;
        this.loader = anchor.getClassLoader();
    }

    /**
     * @param locale the reader's locale; {@code null} means English
     * @param key the message key
     * @param args the MessageFormat arguments
     * @return the formatted text, or the key itself when it has no text (a missing translation is not an error)
     */
    public String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, locale == null ? Locale.ROOT : locale, loader, NO_FALLBACK)
                .getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? Locale.ROOT : locale)
            .format(args);
    }

    /**
     * @param code the error code
     * @param key the message key
     * @param args the MessageFormat arguments
     * @return an exception whose message is rendered in the caller's language by the REST layer
     */
    public ApiException error(ErrorCode code, String key, Object... args) {
        return new ApiException(code, this, key, args);
    }
}
