"""One builder per document kind: plain records in, a DocumentSpec out."""
