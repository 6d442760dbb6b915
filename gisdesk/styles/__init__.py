"""Qt-free styles. Colours are RGBA tuples (0-255).

A style is stored in a layer as a plain dict (``layer.style``) so it round-trips through the project file;
``renderers.renderer_from_dict`` gives it a typed shape: single symbol, categorized, graduated (mapclassify)
or heatmap. ``legend.legend_for`` builds the legend model; ``ramps`` holds the colour ramps and palettes;
``heatmap`` the density-surface maths.
"""

from gisdesk.styles.ramps import QUALITATIVE, RAMPS, interpolate_ramp, qualitative_colors
from gisdesk.styles.single import PALETTE, SingleSymbol, default_style

__all__ = ["PALETTE", "QUALITATIVE", "RAMPS", "SingleSymbol", "default_style", "interpolate_ramp",
           "qualitative_colors"]
