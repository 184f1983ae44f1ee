"""One module per area; each exposes CASES."""
