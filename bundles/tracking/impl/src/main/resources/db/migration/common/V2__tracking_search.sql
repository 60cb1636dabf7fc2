-- Search: the default order (latest start first, then id) read straight from an index, so that a filtered first
-- page stops after its rows instead of sorting every run of the experiment.
CREATE INDEX tracking_run_recent ON tracking_run (experiment_id, start_time DESC, id);
-- Experiment search orders by creation time within the readable projects.
CREATE INDEX tracking_experiment_created ON tracking_experiment (project_id, created_at);
