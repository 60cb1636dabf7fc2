-- Files under runs. The bytes are kernel blobs (content-addressed); this table maps a run's paths to them.
-- Directories are not rows: they are implied by the paths of the files below them.
CREATE TABLE tracking_artifact (
    run_id     CHAR(32)     NOT NULL REFERENCES tracking_run (id),
    path       VARCHAR(500) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    created_at BIGINT       NOT NULL,
    PRIMARY KEY (run_id, path)
);
