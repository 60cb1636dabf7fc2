package org.aiplatform.kernel.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.aiplatform.kernel.api.project.NewProject;
import org.aiplatform.kernel.impl.audit.JpaAuditLogs;
import org.aiplatform.kernel.impl.project.JpaProjectServices;
import org.aiplatform.kernel.impl.schema.KernelSchema;
import org.aiplatform.kernel.impl.testing.RecordingEventAdmin;
import org.aiplatform.kernel.impl.testing.TestDatabase;
import org.aiplatform.kernel.impl.testing.KernelUnit;
import org.apache.karaf.shell.api.console.CommandLine;
import org.junit.jupiter.api.Test;

class ProjectCompleterTest {

    @Test
    void completesProjectNamesFromThePrefixTyped() {
        try (TestDatabase db = TestDatabase.derby(); KernelUnit jpa = new KernelUnit(db.dataSource())) {
            KernelSchema.migrate(db.dataSource());
            ProjectCompleter completer = new ProjectCompleter();
            completer.projects = JpaProjectServices.create(jpa.transactions(),
                JpaAuditLogs.create(jpa.transactions(), Clock.systemUTC()),
                new RecordingEventAdmin());
            for (String name : new String[] {"vision", "voice", "tabular"}) {
                completer.projects.create(new NewProject(name, null), "alice");
            }
            List<String> candidates = new ArrayList<>();
            completer.complete(null, line("aip:project-show v"), candidates);
            assertEquals(List.of("vision ", "voice "), candidates.stream().sorted().toList());
        }
    }

    /** The command line as Karaf hands it over while the user types its last word. */
    private static CommandLine line(String buffer) {
        String[] words = buffer.split(" ");
        return new CommandLine() {
            @Override
            public int getCursorArgumentIndex() {
                return words.length - 1;
            }

            @Override
            public String getCursorArgument() {
                return words[words.length - 1];
            }

            @Override
            public int getArgumentPosition() {
                return getCursorArgument().length();
            }

            @Override
            public String[] getArguments() {
                return words;
            }

            @Override
            public int getBufferPosition() {
                return buffer.length();
            }

            @Override
            public String getBuffer() {
                return buffer;
            }
        };
    }
}
