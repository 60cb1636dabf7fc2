-- Search: metrics filters ("metrics.loss < 0.5") look runs up by key and latest value.
CREATE INDEX tracking_latest_metric_value ON tracking_latest_metric (metric_key, metric_value);
-- Experiment search orders by creation time within the readable projects.
CREATE INDEX tracking_experiment_created ON tracking_experiment (project_id, created_at);
