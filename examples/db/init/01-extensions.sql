-- Runs once, on an empty data volume.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
