"""Sources → documents → chunks. See ``ingest.pipeline``."""

# Bump when cleaning, splitting or chunking changes, so existing indexes are rebuilt.
PIPELINE_VERSION = "2"
