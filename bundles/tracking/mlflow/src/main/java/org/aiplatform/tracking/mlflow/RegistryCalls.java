package org.aiplatform.tracking.mlflow;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aiplatform.kernel.api.ErrorCode;
import org.aiplatform.kernel.api.PageRequest;
import org.aiplatform.tracking.api.ModelRegistry;
import org.aiplatform.tracking.api.ModelStage;
import org.aiplatform.tracking.api.RegisteredModel;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the registry resources share: models by name in the request's project, versions, stages, tags, pages. */
final class RegistryCalls {
    private RegistryCalls() {
    }

    /**
     * @return the model of that name in the request's project (names there ignore case), once the caller holds
     *     the permission in the project
     */
    static RegisteredModel model(ModelRegistry registry, MlflowCall call, MlflowRequest request, String permission) {
        String name = request.requiredString("name");
        call.caller().check(permission, call.projectId());
        return registry.findModel(call.projectId(), name);
    }

    /** @return MLflow's version string as a number */
    static int version(MlflowRequest request) {
        String text = request.requiredString("version");
        if (text.trim().matches("[0-9]{1,9}")) {
            return Integer.parseInt(text.trim());
        }
        throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "registry.bad_version", text);
    }

    /** @return the stage by MLflow's name, in any case */
    static ModelStage stage(String text) {
        return ModelStage.parse(text).orElseThrow(() -> MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE,
            "registry.bad_stage", text));
    }

    /** @return the stages of a get-latest-versions call; all when none is named */
    static Set<ModelStage> stages(List<String> names) {
        Set<ModelStage> stages = EnumSet.noneOf(ModelStage.class);
        names.forEach(name -> stages.add(stage(name)));
        return stages;
    }

    /** @return the {@code tags[]{key, value}} of a request, in order */
    static Map<String, String> tags(MlflowRequest request) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (MlflowRequest tag : request.objects("tags")) {
            tags.put(tag.requiredString("key"), tag.requiredString("value"));
        }
        return tags;
    }

    /** @return the page: MLflow's sizes go beyond the platform's 1000, whose pages then carry a token */
    static PageRequest page(MlflowRequest request, int defaultSize) {
        Long size = request.int64("max_results");
        if (size != null && size < 1) {
            throw MlflowMessages.get().error(ErrorCode.INVALID_PARAMETER_VALUE, "history.max_results",
                String.valueOf(size));
        }
        int wanted = (int) Math.min(size == null ? defaultSize : size, PageRequest.MAX_LIMIT);
        String token = request.string("page_token");
        return PageRequest.of(wanted, token == null || token.isEmpty() ? null : token);
    }

    /** @return the model as MLflow shows it, with its latest version per stage */
    static ObjectNode view(ModelRegistry registry, RegisteredModel model) {
        return RegistryViews.model(model, registry.latestVersions(model.id(), Set.of()));
    }
}
