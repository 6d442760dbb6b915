"""Qt-free core: events, CRS helpers, the layer registry and the Project."""
