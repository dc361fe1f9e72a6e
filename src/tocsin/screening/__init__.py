"""The screening engine: detectors turn a post into findings, the policy into a decision."""
