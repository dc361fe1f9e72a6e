"""Listening: connectors that fetch what is said about and to the organisation, file imports,
mention matching, sources with cursors and health, and the in-process scheduler.

See docs/listening.md. The use-cases live in :mod:`tocsin.services.ingest`.
"""
