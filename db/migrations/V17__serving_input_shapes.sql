-- A model version declares the shape it is served with, per graph input: {"images": [1, 3, 640, 640]}.
-- Symbolic dimensions (N, H, W) used to be read as 1, so a [N,3,H,W] detector was profiled and planned on a
-- 1x3x1x1 input. NULL: nothing declared; the analysis then refuses inputs with more than one symbolic dimension.
-- The table already has row-level security (V7); a new column needs no policy of its own.

ALTER TABLE model_versions ADD COLUMN serving_shapes jsonb;
ALTER TABLE model_versions ADD CONSTRAINT model_versions_serving_shapes_object
    CHECK (serving_shapes IS NULL OR jsonb_typeof(serving_shapes) = 'object');
