package org.aiplatform.tracking.api;

import java.util.Locale;
import java.util.Optional;

/**
 * MLflow's stages of a model version (deprecated there in favour of aliases, still served).
 *
 * @since 1.1.0
 */
public enum ModelStage {
    NONE("None"), STAGING("Staging"), PRODUCTION("Production"), ARCHIVED("Archived");

    private final String label;

    ModelStage(String label) {
        this.label = label;
    }

    /** @return the name MLflow shows: None, Staging, Production or Archived */
    public String label() {
        return label;
    }

    /**
     * @param text a stage name in any case, as MLflow accepts it
     * @return the stage, or empty when the text names none
     */
    public static Optional<ModelStage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (ModelStage stage : values()) {
            if (stage.label.equalsIgnoreCase(text.trim()) || stage.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
