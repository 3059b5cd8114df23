"""The platform-neutral core: Incoming, Reply, pipeline, router, skill registry."""
