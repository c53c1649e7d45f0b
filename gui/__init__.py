"""Minibatch Lab's Qt window: all Qt code lives here, the math in engine/."""
