"""One road from a scheme's layers to its results: describe the layers, read them once, write every output
under one contract (never over an input, complete or absent, personal data masked)."""
