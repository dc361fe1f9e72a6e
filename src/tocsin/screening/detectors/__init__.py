"""Detectors, one per file, grouped by family. Each registers itself through the plug-in hook."""
