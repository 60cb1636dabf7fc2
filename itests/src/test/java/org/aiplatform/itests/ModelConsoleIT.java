package org.aiplatform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.aiplatform.sdk.testkit.PlatformHttp;
import org.aiplatform.sdk.testkit.PlatformTestSupport;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The registry's console commands over ssh, as {@code bin/client} runs them: aip:model-list shows a project's
 * models with their newest version and aliases, aip:model-alias sets, moves and removes an alias, and the command
 * ACL lets a viewer list but not change.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModelConsoleIT extends PlatformTestSupport {
    private static final Pattern PASSWORD = Pattern.compile("Password \\(shown once\\): (\\S+)");

    @Override
    @Configuration
    public Option[] config() {
        return platform(editConfigurationFilePut("etc/org.aiplatform.rbac.cfg", "login.attempts.per.minute", "1000"));
    }

    @Test
    public void modelsAreListedAndAliasesMovedFromTheConsole() throws Exception {
        awaitReady();
        String project = "console-reg-" + UUID.randomUUID().toString().substring(0, 8);
        String projectId = PlatformHttp.json(http().post("/api/v1/projects", "{\"name\": \"" + project + "\"}").body())
            .get("id").asText();
        String model = PlatformHttp.json(http().post("/api/v1/projects/" + projectId + "/models",
            "{\"name\": \"Churn\"}").body()).get("id").asText();
        for (int i = 1; i <= 2; i++) {
            assertEquals(201, http().post("/api/v1/models/" + model + "/versions", "{\"source\": \"s3://m/" + i + "\"}")
                .statusCode());
        }

        String set = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-alias --project " + project
            + " churn champion 1");
        assertTrue(set, set.contains("Alias champion of model Churn names version 1"));
        String moved = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-alias " + model + " champion 2");
        assertTrue(moved, moved.contains("Moved alias champion of model Churn from version 1 to 2"));
        String list = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-list --no-format " + project);
        assertTrue(list, hasRow(list, "Churn", model, "2", "None", "champion=v2"));
        assertEquals(2, PlatformHttp.json(http().get("/api/v1/models/" + model + "/aliases/champion").body())
            .get("version").asInt());

        String reserved = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-alias " + model + " latest 1");
        assertTrue(reserved, reserved.contains("reserved"));
        String byName = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-alias Churn champion 1");
        assertTrue(byName, byName.contains("--project"));

        String viewer = "vera-" + UUID.randomUUID().toString().substring(0, 8);
        Matcher password = PASSWORD.matcher(SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:user-add --role viewer "
            + viewer));
        assertTrue(password.find());
        assertTrue(SshConsole.run(viewer, password.group(1), "aip:model-list --no-format " + project)
            .contains("champion=v2"));
        String refused = SshConsole.run(viewer, password.group(1), "aip:model-alias --delete " + model + " champion");
        // Karaf hides commands the ACL denies: "not found"
        assertTrue(refused, refused.contains("aip:model-alias") && !refused.contains("Removed alias"));

        String removed = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-alias --delete " + model + " champion");
        assertTrue(removed, removed.contains("Removed alias champion of model Churn"));
        assertEquals(404, http().get("/api/v1/models/" + model + "/aliases/champion").statusCode());
        String empty = SshConsole.run(ADMIN, ADMIN_PASSWORD, "aip:model-list --no-format " + project);
        assertTrue(empty, hasRow(empty, "Churn", model, "2", "None", ""));
    }

    /** @return true when a line of --no-format output holds these cells (ShellTable pads them before the tab) */
    private static boolean hasRow(String table, String... cells) {
        return table.lines().map(line -> line.split("\t", -1)).anyMatch(row -> row.length >= cells.length
            && IntStream.range(0, cells.length).allMatch(i -> row[i].trim().equals(cells[i])));
    }
}
