package org.aiplatform.tracking.mlflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aiplatform.tracking.api.MetricPoint;
import org.junit.jupiter.api.Test;

/** Responses in MLflow's dialect: special doubles as strings, exact doubles, MLflow's statuses. */
class MlflowJsonTest {

    @Test
    void specialValuesAreStringsAndOthersExactNumbers() {
        assertEquals("{\"key\":\"loss\",\"value\":\"NaN\",\"timestamp\":5,\"step\":2}",
            body(MlflowViews.metric(new MetricPoint("loss", Double.NaN, 5, 2))));
        assertEquals("{\"key\":\"loss\",\"value\":\"-Infinity\",\"timestamp\":5,\"step\":2}",
            body(MlflowViews.metric(new MetricPoint("loss", Double.NEGATIVE_INFINITY, 5, 2))));
        assertEquals("{\"key\":\"loss\",\"value\":0.30000000000000004,\"timestamp\":5,\"step\":2}",
            body(MlflowViews.metric(new MetricPoint("loss", 0.30000000000000004, 5, 2))));
    }

    @Test
    void mlflowStatusesDifferOnlyForAnExistingResource() {
        assertEquals(400, MlflowErrors.status(org.aiplatform.kernel.api.ErrorCode.RESOURCE_ALREADY_EXISTS));
        assertEquals(404, MlflowErrors.status(org.aiplatform.kernel.api.ErrorCode.RESOURCE_DOES_NOT_EXIST));
        assertEquals(403, MlflowErrors.status(org.aiplatform.kernel.api.ErrorCode.PERMISSION_DENIED));
    }

    private static String body(com.fasterxml.jackson.databind.JsonNode node) {
        return MlflowJson.write(node);
    }
}
