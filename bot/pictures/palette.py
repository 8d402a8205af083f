"""Colours of every picture: readable on Discord's dark and light themes, told apart by colour-blind readers.

Pictures are opaque cards (an image keeps its own background whatever the theme around it), so contrast is
measured against the card. The bar colours are from the Okabe–Ito palette, chosen for colour-vision deficiencies;
every bar also carries its label in text, so colour is never the only cue.
"""

from __future__ import annotations

CARD = "#1f2026"  # the picture's background: close to Discord's dark theme, and a framed card in the light one
TEXT = "#f2f3f5"
MUTED = "#b5bac1"  # axis labels and notes
GRID = "#3a3c44"

# Okabe–Ito: bluish green, vermillion, sky blue, orange, reddish purple, yellow.
STATUS_COLOURS: dict[str, str] = {
    "renewed": "#009E73",
    "cancelled": "#D55E00",
    "ending": "#56B4E9",
    "ordered": "#E69F00",
}
SEASON_COLOUR = "#56B4E9"
EVENT_COLOURS: dict[str, str] = {**STATUS_COLOURS, "premiere": "#CC79A7"}
OTHER_COLOUR = "#F0E442"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG relative luminance of a #rrggbb colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio (1 to 21): 4.5 is the bar for text, 3 for large text and graphics."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_on(colour: str) -> str:
    """Dark or light text, whichever reads better on a bar of this colour."""
    return "#111111" if contrast(colour, "#111111") >= contrast(colour, "#ffffff") else "#ffffff"
