-- Profiling jobs: every uploaded ONNX version is analysed and timed on the control plane's CPU in the
-- background (docs/onnx.md, "Profiling on upload"). A job is queued in the upload's transaction, claimed
-- by one instance's runner (FOR UPDATE SKIP LOCKED), and reports its progress here for the API.
CREATE TABLE profiling_jobs (
    id                uuid PRIMARY KEY,
    tenant_id         uuid             NOT NULL REFERENCES tenants (id),
    model_version_id  uuid             NOT NULL,
    state             text             NOT NULL,
    progress          double precision NOT NULL DEFAULT 0,
    step              text,
    error             text,
    attempts          integer          NOT NULL DEFAULT 0,
    requested_by      text             NOT NULL,
    started_at        timestamptz,
    finished_at       timestamptz,
    created_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL,
    version           bigint           NOT NULL DEFAULT 0,
    CONSTRAINT profiling_jobs_version_fk FOREIGN KEY (tenant_id, model_version_id) REFERENCES model_versions (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT profiling_jobs_state_known CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT profiling_jobs_progress_range CHECK (progress BETWEEN 0 AND 1),
    CONSTRAINT profiling_jobs_attempts_non_negative CHECK (attempts >= 0)
);

-- At most one job per version is waiting or running, so a re-queue cannot race a running job.
CREATE UNIQUE INDEX profiling_jobs_active_version_key ON profiling_jobs (model_version_id) WHERE state IN ('QUEUED', 'RUNNING');
-- The API shows a version's latest job.
CREATE INDEX profiling_jobs_version_created_idx ON profiling_jobs (tenant_id, model_version_id, created_at DESC);
-- The runner's claim scans only unfinished jobs, oldest first.
CREATE INDEX profiling_jobs_unfinished_idx ON profiling_jobs (created_at) WHERE state IN ('QUEUED', 'RUNNING');

ALTER TABLE profiling_jobs ENABLE ROW LEVEL SECURITY;
ALTER TABLE profiling_jobs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON profiling_jobs USING (tenant_id = app_tenant() OR app_system_scope())
    WITH CHECK (tenant_id = app_tenant() OR app_system_scope());
