"""Qt-free styles. Colours are RGBA tuples (0-255). For now one renderer: a single symbol.

A style is stored in a layer as a plain dict (``layer.style``) so it round-trips through the project
file; ``SingleSymbol.from_dict`` / ``to_dict`` give it a typed shape. Categorized, graduated and
heatmap renderers come with the app issue.
"""

from gisdesk.styles.single import PALETTE, SingleSymbol, default_style

__all__ = ["PALETTE", "SingleSymbol", "default_style"]
