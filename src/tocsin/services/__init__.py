"""Use-cases shared by the CLI, the web app and the workers: one code path for each."""
