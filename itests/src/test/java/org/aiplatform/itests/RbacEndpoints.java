package org.aiplatform.itests;

import static org.aiplatform.itests.Who.ADMINS;
import static org.aiplatform.itests.Who.EVERYONE;
import static org.aiplatform.itests.Who.GLOBAL_READERS;
import static org.aiplatform.itests.Who.PROJECT_READERS;
import static org.aiplatform.itests.Who.PROJECT_WRITERS;
import static org.aiplatform.itests.Who.USERS;
import static org.aiplatform.itests.Who.WRITERS;

import java.util.List;

/**
 * The permission matrix: every operation of the native API (kernel, rbac, tracking and the model registry) and who may call it. Project
 * paths act on a new project per call in which {@link Who#MEMBER} is a developer (experiment and run paths on one
 * made in such a project). A new endpoint that is not listed here fails {@link RbacPermissionMatrixIT}, which
 * compares this table with the OpenAPI document.
 */
final class RbacEndpoints {
    private static final String NEW_USER = "{\"username\": \"u{unique}\", \"password\": \"{new_password}\", "
        + "\"role\": \"viewer\"}";

    static final List<Endpoint> ALL = List.of(
        // kernel: public
        Endpoint.of("GET", "/health", EVERYONE),
        Endpoint.of("GET", "/health/live", EVERYONE),
        Endpoint.of("GET", "/health/ready", EVERYONE),
        Endpoint.of("GET", "/openapi.json", EVERYONE),
        // kernel: projects
        Endpoint.of("GET", "/projects", USERS),
        Endpoint.of("POST", "/projects", "{\"name\": \"m-{unique}\"}", WRITERS),
        Endpoint.of("GET", "/projects/{id}", PROJECT_READERS),
        Endpoint.of("PATCH", "/projects/{id}", "{\"description\": \"changed\"}", PROJECT_WRITERS),
        Endpoint.of("DELETE", "/projects/{id}", ADMINS),
        // rbac: project members
        Endpoint.of("GET", "/projects/{id}/members", PROJECT_READERS),
        Endpoint.of("POST", "/projects/{id}/members", "{\"type\": \"user\", \"id\": \"{user}\", \"role\": \"viewer\"}",
            ADMINS),
        Endpoint.of("PUT", "/projects/{id}/members/{type}/{subject_id}", "{\"role\": \"developer\"}", ADMINS),
        Endpoint.of("DELETE", "/projects/{id}/members/{type}/{subject_id}", ADMINS),
        // rbac: logins, public (the credentials are in the body)
        Endpoint.of("POST", "/auth/token", "{\"username\": \"{username}\", \"password\": \"{password}\"}", EVERYONE),
        Endpoint.of("POST", "/auth/refresh", "{\"refresh_token\": \"{refresh_token}\"}", EVERYONE),
        Endpoint.of("POST", "/auth/revoke", "{\"token\": \"{refresh_token}\"}", EVERYONE),
        Endpoint.of("POST", "/auth/logout", USERS).asFreshAccount(),
        // rbac: accounts
        Endpoint.of("POST", "/users/register", NEW_USER.replace(", \"role\": \"viewer\"", ""), EVERYONE),
        Endpoint.of("GET", "/users/me", USERS),
        Endpoint.of("PATCH", "/users/me", "{\"display_name\": \"Me\"}", USERS),
        Endpoint.of("POST", "/users/me/password",
            "{\"current_password\": \"{password}\", \"new_password\": \"{new_password}\"}", USERS).asFreshAccount(),
        Endpoint.of("GET", "/users", ADMINS),
        Endpoint.of("POST", "/users", NEW_USER, ADMINS),
        Endpoint.of("GET", "/users/{id}", ADMINS),
        Endpoint.of("PATCH", "/users/{id}", "{\"display_name\": \"Changed\"}", ADMINS),
        Endpoint.of("DELETE", "/users/{id}", ADMINS),
        Endpoint.of("POST", "/users/{id}/password", "{\"new_password\": \"{new_password}\"}", ADMINS),
        Endpoint.of("POST", "/users/invitations", "{\"email\": \"i{unique}@example.org\"}", ADMINS),
        // rbac: roles and permissions
        Endpoint.of("GET", "/roles", USERS),
        Endpoint.of("GET", "/roles/{name}", USERS),
        Endpoint.of("POST", "/roles", "{\"name\": \"r{unique}\", \"permissions\": [\"projects:read\"]}", ADMINS),
        Endpoint.of("PUT", "/roles/{name}", "{\"permissions\": [\"projects:write\"]}", ADMINS),
        Endpoint.of("DELETE", "/roles/{name}", ADMINS),
        Endpoint.of("GET", "/permissions", USERS),
        // rbac: groups
        Endpoint.of("GET", "/groups", ADMINS),
        Endpoint.of("POST", "/groups", "{\"name\": \"g{unique}\"}", ADMINS),
        Endpoint.of("GET", "/groups/{id}", ADMINS),
        Endpoint.of("DELETE", "/groups/{id}", ADMINS),
        Endpoint.of("GET", "/groups/{id}/members", ADMINS),
        Endpoint.of("PUT", "/groups/{id}/members/{user_id}", ADMINS),
        Endpoint.of("DELETE", "/groups/{id}/members/{user_id}", ADMINS),
        // rbac: personal access tokens (each caller its own)
        Endpoint.of("GET", "/tokens", USERS),
        Endpoint.of("POST", "/tokens", "{\"name\": \"t{unique}\", \"expires_in_days\": 1}", USERS),
        Endpoint.of("DELETE", "/tokens/{id}", USERS),
        // rbac: audit
        Endpoint.of("GET", "/audit", ADMINS),
        // tracking: experiments and runs; deleting an experiment takes tracking:admin, which developers lack
        Endpoint.of("GET", "/projects/{id}/experiments", PROJECT_READERS),
        Endpoint.of("POST", "/projects/{id}/experiments", "{\"name\": \"e-{unique}\"}", PROJECT_WRITERS),
        Endpoint.of("GET", "/experiments/{id}", PROJECT_READERS),
        Endpoint.of("PATCH", "/experiments/{id}", "{\"description\": \"changed\"}", PROJECT_WRITERS),
        Endpoint.of("DELETE", "/experiments/{id}", ADMINS),
        Endpoint.of("POST", "/experiments/{id}/restore", ADMINS),
        Endpoint.of("GET", "/experiments/{id}/runs", PROJECT_READERS),
        Endpoint.of("POST", "/experiments/{id}/runs", "{\"name\": \"r-{unique}\"}", PROJECT_WRITERS),
        Endpoint.of("GET", "/runs/{id}", PROJECT_READERS),
        // an end time must not precede the start time: a fixed one in 2100
        Endpoint.of("PATCH", "/runs/{id}", "{\"status\": \"FINISHED\", \"end_time\": 4102444800000}",
            PROJECT_WRITERS),
        Endpoint.of("DELETE", "/runs/{id}", PROJECT_WRITERS),
        Endpoint.of("POST", "/runs/{id}/restore", PROJECT_WRITERS),
        Endpoint.of("POST", "/runs/{id}/log-batch", "{\"metrics\": [{\"key\": \"loss\", \"value\": 0.5, "
            + "\"timestamp\": 1, \"step\": 0}], \"params\": {\"lr\": \"0.1\"}}", PROJECT_WRITERS),
        Endpoint.of("GET", "/runs/{id}/metrics/{key}", PROJECT_READERS),
        Endpoint.of("GET", "/runs/{id}/metric-stream", PROJECT_READERS).withQuery("max_seconds=1"),
        // tracking: run artifacts; {path} is a file the fixture uploads first (the matrix body is JSON, and a
        // .json artifact uploads with that type)
        Endpoint.of("GET", "/runs/{id}/artifacts", PROJECT_READERS),
        Endpoint.of("PUT", "/runs/{id}/artifacts/{path}", "{\"replaced\": true}", PROJECT_WRITERS),
        Endpoint.of("GET", "/runs/{id}/artifacts/{path}", PROJECT_READERS),
        Endpoint.of("DELETE", "/runs/{id}/artifacts/{path}", PROJECT_WRITERS),
        // tracking: run inputs and the model registry; deleting a whole model takes tracking:admin
        Endpoint.of("GET", "/runs/{id}/inputs", PROJECT_READERS),
        Endpoint.of("POST", "/runs/{id}/inputs", "{\"datasets\": [{\"name\": \"d\", \"digest\": \"x{unique}\", "
            + "\"source_type\": \"http\", \"source\": \"https://example.org/d.csv\", \"context\": \"training\"}]}",
            PROJECT_WRITERS),
        Endpoint.of("GET", "/projects/{id}/models", PROJECT_READERS),
        Endpoint.of("POST", "/projects/{id}/models", "{\"name\": \"m-{unique}\"}", PROJECT_WRITERS),
        Endpoint.of("GET", "/models/{id}", PROJECT_READERS),
        Endpoint.of("PATCH", "/models/{id}", "{\"description\": \"changed\", \"tags\": {\"k\": \"v\"}}",
            PROJECT_WRITERS),
        Endpoint.of("DELETE", "/models/{id}", ADMINS),
        Endpoint.of("GET", "/models/{id}/aliases/{alias}", PROJECT_READERS),
        Endpoint.of("PUT", "/models/{id}/aliases/{alias}", "{\"version\": {version}}", PROJECT_WRITERS),
        Endpoint.of("DELETE", "/models/{id}/aliases/{alias}", PROJECT_WRITERS),
        Endpoint.of("GET", "/models/{id}/versions", PROJECT_READERS),
        Endpoint.of("POST", "/models/{id}/versions", "{\"source\": \"s3://bucket/model\"}", PROJECT_WRITERS),
        Endpoint.of("GET", "/models/{id}/versions/{version}", PROJECT_READERS),
        Endpoint.of("PATCH", "/models/{id}/versions/{version}", "{\"stage\": \"Staging\"}", PROJECT_WRITERS),
        Endpoint.of("DELETE", "/models/{id}/versions/{version}", PROJECT_WRITERS),
        Endpoint.of("GET", "/models/{id}/versions/{version}/lineage", PROJECT_READERS),
        // tracking: search and comparison; the experiments and runs named in the body are in the member's project
        Endpoint.of("POST", "/runs/search", "{\"experiment_ids\": [\"{experiment}\"], \"filter\": "
            + "\"metrics.loss < 1 OR (params.lr = '0.1' AND tags.t IS NULL)\"}", PROJECT_READERS),
        Endpoint.of("POST", "/runs/compare", "{\"run_ids\": [\"{run}\"], \"metric_keys\": [\"loss\"]}",
            PROJECT_READERS),
        Endpoint.of("POST", "/projects/{id}/experiments/search", "{\"filter\": \"name LIKE 'e-%'\"}",
            PROJECT_READERS),
        // gpu: global gpu:read (the built-in roles' *:read) and gpu:admin; the node samples the fake NVML
        Endpoint.of("GET", "/gpu/status", GLOBAL_READERS),
        Endpoint.of("GET", "/gpu/{index}/history", GLOBAL_READERS),
        Endpoint.of("GET", "/gpu/processes", GLOBAL_READERS),
        Endpoint.of("GET", "/gpu/alerts", GLOBAL_READERS),
        Endpoint.of("POST", "/gpu/alerts/{id}/acknowledge", ADMINS),
        Endpoint.of("POST", "/gpu/alerts/{id}/resolve", ADMINS),
        Endpoint.of("GET", "/gpu/stream", GLOBAL_READERS).withQuery("max_events=1"));

    private RbacEndpoints() {
    }
}
