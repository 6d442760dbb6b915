"""gisdesk: a desktop GIS for the people who run a city."""

__version__ = "0.1.0"
