package org.aiplatform.tracking.impl.rest;

import javax.ws.rs.core.SecurityContext;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.rest.Callers;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.RegisteredModel;
import org.aiplatform.tracking.impl.TrackingMessages;

/** Permission checks of the registry resources: in the project of the model, known after a lookup. */
final class GuardedModels {
    private GuardedModels() {
    }

    /** @return the model, when the caller holds the permission in its project */
    static RegisteredModel model(ModelRegistry registry, SecurityContext security, String id, String permission) {
        RegisteredModel model = registry.getModel(id);
        Callers.of(security).check(permission, model.projectId());
        return model;
    }

    /** @return the version number of a path; a 400 for anything but a positive int */
    static int version(String text) {
        if (text != null && text.matches("[0-9]{1,9}") && Integer.parseInt(text) > 0) {
            return Integer.parseInt(text);
        }
        throw TrackingMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "model.version_invalid", text);
    }
}
