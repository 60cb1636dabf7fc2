package ${package}.impl.command;

import ${package}.api.GreetingService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code aip:${pluginId}-greet}: a greeting in the console. */
@Service
@Command(scope = "aip", name = "${pluginId}-greet", description = "Greets someone")
public class GreetCommand implements Action {
    @Reference
    GreetingService greetings;

    @Argument(name = "name", description = "Who to greet")
    String name = "world";

    @Override
    public Object execute() {
        System.out.println(greetings.greet(name).message());
        return null;
    }
}
