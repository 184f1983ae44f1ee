"""Kafedra's benchmarks: every speed goal measured as a ratio against the plain library in the same run."""
