-- Experiments of a project. The id is numeric, as MLflow's experiment_id.
CREATE TABLE tracking_experiment (
    id          BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  VARCHAR(64)   NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    description VARCHAR(5000),
    lifecycle   VARCHAR(16)   NOT NULL,
    created_at  BIGINT        NOT NULL,
    updated_at  BIGINT        NOT NULL,
    CONSTRAINT tracking_experiment_name UNIQUE (project_id, name)
);

-- Runs; id = 32 hex characters like MLflow's run_uuid.
CREATE TABLE tracking_run (
    id            CHAR(32)     NOT NULL PRIMARY KEY,
    experiment_id BIGINT       NOT NULL REFERENCES tracking_experiment (id),
    name          VARCHAR(250) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    start_time    BIGINT       NOT NULL,
    end_time      BIGINT,
    user_id       VARCHAR(256),
    parent_run_id CHAR(32),
    lifecycle     VARCHAR(16)  NOT NULL
);
CREATE INDEX tracking_run_experiment ON tracking_run (experiment_id, start_time);

-- Write-once params.
CREATE TABLE tracking_param (
    run_id      CHAR(32)      NOT NULL REFERENCES tracking_run (id),
    param_key   VARCHAR(250)  NOT NULL,
    param_value VARCHAR(6000) NOT NULL,
    PRIMARY KEY (run_id, param_key)
);

CREATE TABLE tracking_tag (
    run_id    CHAR(32)      NOT NULL REFERENCES tracking_run (id),
    tag_key   VARCHAR(250)  NOT NULL,
    tag_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (run_id, tag_key)
);

-- Append-only metric history. Derby's DOUBLE has no NaN or infinities: "special" says which one the point is
-- (0 finite, 1 NaN, 2 +Inf, 3 -Inf) and metric_value is then 0.
CREATE TABLE tracking_metric (
    run_id       CHAR(32)         NOT NULL REFERENCES tracking_run (id),
    metric_key   VARCHAR(250)     NOT NULL,
    metric_value DOUBLE PRECISION NOT NULL,
    special      SMALLINT         NOT NULL,
    ts           BIGINT           NOT NULL,
    step         BIGINT           NOT NULL
);
CREATE INDEX tracking_metric_history ON tracking_metric (run_id, metric_key, step, ts);

-- The latest point per run and key (highest step, then timestamp), kept by the batch that logs it, for search.
CREATE TABLE tracking_latest_metric (
    run_id       CHAR(32)         NOT NULL REFERENCES tracking_run (id),
    metric_key   VARCHAR(250)     NOT NULL,
    metric_value DOUBLE PRECISION NOT NULL,
    special      SMALLINT         NOT NULL,
    ts           BIGINT           NOT NULL,
    step         BIGINT           NOT NULL,
    PRIMARY KEY (run_id, metric_key)
);

CREATE TABLE tracking_experiment_tag (
    experiment_id BIGINT        NOT NULL REFERENCES tracking_experiment (id),
    tag_key       VARCHAR(250)  NOT NULL,
    tag_value     VARCHAR(8000) NOT NULL,
    PRIMARY KEY (experiment_id, tag_key)
);
