"""Minibatch Lab's engine: the book's two-layer network in pure NumPy (no Qt)."""
