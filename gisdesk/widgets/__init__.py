"""Thin Qt widgets over the model."""
