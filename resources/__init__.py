"""Translations, icons and help texts, shipped as package data."""
