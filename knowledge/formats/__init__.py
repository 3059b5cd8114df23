"""One reader per file format, each making `knowledge.document` sections of blocks."""
