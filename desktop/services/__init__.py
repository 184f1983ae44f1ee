"""One function per user action. Each takes an open `Session`; the caller owns the transaction."""
