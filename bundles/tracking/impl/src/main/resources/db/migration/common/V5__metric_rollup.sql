-- Rollups of metric histories, kept by the batch that logs the points, so a history of millions of points is
-- downsampled from a few thousand rows. Level 1, 2, 3 buckets span 16, 256, 4096 steps (bucket = floor(step /
-- width)); each keeps the count and the first, last, lowest and highest point (value + "special" as in
-- tracking_metric; NaN is the lowest or highest only in a bucket of NaNs).
CREATE TABLE tracking_metric_rollup (
    run_id        CHAR(32)         NOT NULL REFERENCES tracking_run (id),
    metric_key    VARCHAR(250)     NOT NULL,
    lvl           SMALLINT         NOT NULL,
    bucket        BIGINT           NOT NULL,
    cnt           BIGINT           NOT NULL,
    first_step    BIGINT           NOT NULL,
    first_ts      BIGINT           NOT NULL,
    first_value   DOUBLE PRECISION NOT NULL,
    first_special SMALLINT         NOT NULL,
    last_step     BIGINT           NOT NULL,
    last_ts       BIGINT           NOT NULL,
    last_value    DOUBLE PRECISION NOT NULL,
    last_special  SMALLINT         NOT NULL,
    min_step      BIGINT           NOT NULL,
    min_ts        BIGINT           NOT NULL,
    min_value     DOUBLE PRECISION NOT NULL,
    min_special   SMALLINT         NOT NULL,
    max_step      BIGINT           NOT NULL,
    max_ts        BIGINT           NOT NULL,
    max_value     DOUBLE PRECISION NOT NULL,
    max_special   SMALLINT         NOT NULL,
    PRIMARY KEY (run_id, metric_key, lvl, bucket)
);
