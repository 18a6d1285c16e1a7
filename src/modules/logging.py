"""logging for quicken (in progress)."""
