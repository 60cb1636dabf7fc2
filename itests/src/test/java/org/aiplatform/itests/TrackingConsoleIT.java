package org.aiplatform.itests;

import static org.aiplatform.itests.Responses.created;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The tracking console commands over ssh: experiments of a project, runs of an experiment, one run with a sparkline. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrackingConsoleIT extends PlatformTestSupport {

    @Test
    public void experimentsRunsAndARunWithItsSparkline() throws Exception {
        awaitReady();
        String projectName = "c-" + UUID.randomUUID().toString().substring(0, 8);
        String project = created(http().post("/api/v1/projects", "{\"name\": \"" + projectName + "\"}"))
            .get("id").asText();
        String experiment = created(http().post("/api/v1/projects/" + project + "/experiments",
            "{\"name\": \"console\", \"description\": \"from ssh\"}")).get("id").asText();
        String run = created(http().post("/api/v1/experiments/" + experiment + "/runs", "{\"name\": \"rising\"}"))
            .get("id").asText();
        StringBuilder points = new StringBuilder();
        for (int step = 0; step < 8; step++) {
            points.append(step == 0 ? "" : ", ").append("{\"key\": \"loss\", \"value\": ").append(step)
                .append(", \"timestamp\": 1, \"step\": ").append(step).append('}');
        }
        HttpResponse<String> logged = http().post("/api/v1/runs/" + run + "/log-batch",
            "{\"metrics\": [" + points + "], \"params\": {\"lr\": \"0.1\"}, \"tags\": {\"team\": \"ml\"}}");
        assertEquals(logged.body(), 204, logged.statusCode());

        String experiments = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:experiment-list --no-format " + projectName);
        assertTrue(experiments, SshConsole.hasRow(experiments, experiment, "console", "ACTIVE"));
        String runs = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:run-list --no-format " + experiment);
        assertTrue(runs, SshConsole.hasRow(runs, run, "rising", "RUNNING", ADMIN));
        String shown = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:run-show --no-format --metric loss " + run);
        assertTrue(shown, SshConsole.hasRow(shown, "param.lr", "0.1"));
        assertTrue(shown, SshConsole.hasRow(shown, "tag.team", "ml"));
        assertTrue(shown, SshConsole.hasRow(shown, "metric.loss", "7.0 (step 7)"));
        assertTrue(shown, SshConsole.hasRow(shown, "sparkline.loss", "▁▂▃▄▅▆▇█"));

        String unknown = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:experiment-list no-such-project-" + projectName);
        assertTrue(unknown, unknown.contains("No project with id or name"));
    }
}
