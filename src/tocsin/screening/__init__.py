"""The screening engine: detectors turn a post into findings, the policy turns findings into a decision."""
