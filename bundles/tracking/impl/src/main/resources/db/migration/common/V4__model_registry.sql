-- Registered models of a project. name_key = lower(name): names are unique per project ignoring case (Derby has no
-- index on expressions). last_version numbers versions: creating one bumps it under the row's lock, so racing
-- creators get 1 and 2, and a deleted version's number is never given again.
CREATE TABLE tracking_model (
    id           BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id   VARCHAR(64)   NOT NULL,
    name         VARCHAR(256)  NOT NULL,
    name_key     VARCHAR(256)  NOT NULL,
    description  VARCHAR(5000),
    user_id      VARCHAR(256),
    last_version INTEGER       NOT NULL,
    created_at   BIGINT        NOT NULL,
    updated_at   BIGINT        NOT NULL,
    CONSTRAINT tracking_model_name UNIQUE (project_id, name_key)
);

CREATE TABLE tracking_model_tag (
    model_id  BIGINT        NOT NULL REFERENCES tracking_model (id) ON DELETE CASCADE,
    tag_key   VARCHAR(250)  NOT NULL,
    tag_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (model_id, tag_key)
);

-- Versions; deleted ones stay as tombstones (deleted = 1) so their numbers are not reused, as in MLflow's store.
CREATE TABLE tracking_model_version (
    model_id    BIGINT        NOT NULL REFERENCES tracking_model (id) ON DELETE CASCADE,
    version     INTEGER       NOT NULL,
    source      VARCHAR(2000) NOT NULL,
    run_id      CHAR(32),
    run_link    VARCHAR(2000),
    description VARCHAR(5000),
    user_id     VARCHAR(256),
    stage       VARCHAR(16)   NOT NULL,
    deleted     SMALLINT      NOT NULL,
    created_at  BIGINT        NOT NULL,
    updated_at  BIGINT        NOT NULL,
    PRIMARY KEY (model_id, version)
);
CREATE INDEX tracking_model_version_run ON tracking_model_version (run_id);

CREATE TABLE tracking_model_version_tag (
    model_id  BIGINT        NOT NULL,
    version   INTEGER       NOT NULL,
    tag_key   VARCHAR(250)  NOT NULL,
    tag_value VARCHAR(8000) NOT NULL,
    PRIMARY KEY (model_id, version, tag_key),
    FOREIGN KEY (model_id, version) REFERENCES tracking_model_version (model_id, version) ON DELETE CASCADE
);

-- An alias names one version of its model.
CREATE TABLE tracking_model_alias (
    model_id BIGINT       NOT NULL REFERENCES tracking_model (id) ON DELETE CASCADE,
    alias    VARCHAR(255) NOT NULL,
    version  INTEGER      NOT NULL,
    PRIMARY KEY (model_id, alias)
);

-- Dataset versions a run used (MLflow's run inputs). context is '' when none was given, so the unique key holds.
CREATE TABLE tracking_run_input (
    id                 BIGINT         NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id             CHAR(32)       NOT NULL REFERENCES tracking_run (id),
    dataset_name       VARCHAR(500)   NOT NULL,
    digest             VARCHAR(64)    NOT NULL,
    source_type        VARCHAR(64)    NOT NULL,
    source             VARCHAR(8000)  NOT NULL,
    dataset_schema     VARCHAR(16000),
    dataset_profile    VARCHAR(16000),
    dataset_version_id VARCHAR(64),
    context            VARCHAR(250)   NOT NULL,
    logged_at          BIGINT         NOT NULL,
    CONSTRAINT tracking_run_input_once UNIQUE (run_id, dataset_name, digest, context)
);
CREATE INDEX tracking_run_input_version ON tracking_run_input (dataset_version_id);
CREATE INDEX tracking_run_input_digest ON tracking_run_input (dataset_name, digest);
