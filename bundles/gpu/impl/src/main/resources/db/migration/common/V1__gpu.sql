-- GPU history downsampled by age: per node, GPU and time bucket of `resolution` ms (1 s, 1 min, 1 h), the
-- count, minimum, maximum and sum of each metric (a metric a sample lacked is not counted), so that coarser
-- buckets and any query step keep min, max and mean exact.
CREATE TABLE gpu_history (
    host          VARCHAR(255)     NOT NULL,
    resolution    INTEGER          NOT NULL,
    gpu_index     INTEGER          NOT NULL,
    bucket        BIGINT           NOT NULL,
    gpu_uuid      VARCHAR(96),
    samples       BIGINT           NOT NULL,
    util_n        BIGINT           NOT NULL,
    util_min      DOUBLE PRECISION,
    util_max      DOUBLE PRECISION,
    util_sum      DOUBLE PRECISION,
    mem_n         BIGINT           NOT NULL,
    mem_min       DOUBLE PRECISION,
    mem_max       DOUBLE PRECISION,
    mem_sum       DOUBLE PRECISION,
    temp_n        BIGINT           NOT NULL,
    temp_min      DOUBLE PRECISION,
    temp_max      DOUBLE PRECISION,
    temp_sum      DOUBLE PRECISION,
    power_n       BIGINT           NOT NULL,
    power_min     DOUBLE PRECISION,
    power_max     DOUBLE PRECISION,
    power_sum     DOUBLE PRECISION,
    memutil_n     BIGINT           NOT NULL,
    memutil_min   DOUBLE PRECISION,
    memutil_max   DOUBLE PRECISION,
    memutil_sum   DOUBLE PRECISION,
    -- the tracking runs whose processes used the GPU in the bucket, comma separated
    run_ids       VARCHAR(2000),
    CONSTRAINT gpu_history_pk PRIMARY KEY (host, resolution, gpu_index, bucket)
);
CREATE INDEX gpu_history_age ON gpu_history (resolution, bucket);

-- Alerts raised by the rules, with who acknowledged and resolved them.
CREATE TABLE gpu_alert (
    id              BIGINT           NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    host            VARCHAR(255)     NOT NULL,
    rule_name       VARCHAR(100)     NOT NULL,
    gpu_index       INTEGER          NOT NULL,
    gpu_uuid        VARCHAR(96),
    metric          VARCHAR(64)      NOT NULL,
    severity        VARCHAR(16)      NOT NULL,
    threshold       DOUBLE PRECISION NOT NULL,
    fired_value     DOUBLE PRECISION NOT NULL,
    state           VARCHAR(16)      NOT NULL,
    fired_at        BIGINT           NOT NULL,
    acknowledged_at BIGINT,
    acknowledged_by VARCHAR(256),
    resolved_at     BIGINT,
    resolved_by     VARCHAR(256)
);
CREATE INDEX gpu_alert_state ON gpu_alert (state, fired_at);
