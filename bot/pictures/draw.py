"""Drawing pictures with matplotlib's Agg canvas: no pyplot, no global state, no display.

This module imports matplotlib, so only a worker process that draws imports it (bot.pictures.render_in_worker).
Every picture is about 1200 px wide, an opaque card in the colours of bot.pictures.palette, with its labels written
on the bars and beside the marks.
"""

from __future__ import annotations

import io
import textwrap
from datetime import timedelta

from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.pictures.data import STATUS_LABELS, STATUSES, Picture, ScorecardData, TimelineData
from bot.pictures.palette import (
    CARD,
    EVENT_COLOURS,
    GRID,
    MUTED,
    OTHER_COLOUR,
    SEASON_COLOUR,
    STATUS_COLOURS,
    TEXT,
    ink_on,
)
from bot.render.safety import trim

WIDTH_IN, DPI = 12.0, 100  # 1200 px wide
FOOTER = "Greenlight · from the news it has gathered"
LABEL_MAX = 32  # characters of a network or show name in a picture
SHOWS_LISTED = 60  # show names written beside one status's bar
EVENT_LABELS_MAX = 12  # labels on a timeline's news row: more would overlap (and each costs drawing time)
PNG_COMPRESSION = 3  # zlib level: a quarter faster than the default 6 for a few more kilobytes


def figure_for(picture: Picture) -> Figure:
    # Show names are untrusted text: "$" must stay a dollar sign, never start matplotlib's math mode (a stray one
    # would fail the whole picture).
    with rc_context({"text.parse_math": False}):
        if isinstance(picture.data, ScorecardData):
            return scorecard_figure(picture.data)
        return timeline_figure(picture.data)


def png_bytes(fig: Figure) -> bytes:
    buf = io.BytesIO()
    FigureCanvasAgg(fig).print_png(
        buf, metadata={"Software": "Greenlight"}, pil_kwargs={"compress_level": PNG_COMPRESSION}
    )
    return buf.getvalue()


def render(picture: Picture) -> bytes:
    return png_bytes(figure_for(picture))


def _figure(height_in: float) -> Figure:
    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI, facecolor=CARD)
    FigureCanvasAgg(fig)
    return fig


def _plain(ax: Axes) -> None:
    ax.set_facecolor(CARD)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.tick_params(colors=MUTED, length=0, labelsize=11)


def _heading(fig: Figure, title: str, top: float) -> None:
    fig.text(0.02, 1 - 0.22 / top, title, color=TEXT, fontsize=17, fontweight="bold", va="top")
    fig.text(0.98, 0.12 / top, FOOTER, color=MUTED, fontsize=9, ha="right", va="bottom")


# ------------------------------------------------------------ scorecards


def scorecard_figure(data: ScorecardData) -> Figure:
    return _one_network(data) if data.single else _networks(data)


def _networks(data: ScorecardData) -> Figure:
    """One panel per status, networks down the side: each bar says its count, each panel its status. The panels
    share one Axes (side by side in its x range): a third less drawing time than four Axes."""
    rows = data.rows()
    height = 1.5 + 0.42 * len(rows)
    fig = _figure(height)
    _heading(fig, data.title, height)
    ax = fig.add_axes((0.2, 0.35 / height, 0.78, 1 - 1.05 / height))
    _plain(ax)
    ys = list(range(len(rows)))[::-1]
    most = max(max(counts.values()) for _, counts in rows)
    width = most * 1.3  # a panel's share of the x range, room for its counts
    for k, status in enumerate(STATUSES):
        left = k * width * 1.1
        colour = STATUS_COLOURS[status]
        values = [counts[status] for _, counts in rows]
        ax.barh(ys, values, height=0.7, left=left, color=colour)
        for y, v in zip(ys, values, strict=True):
            if v:
                ax.text(left + v, y, f" {v}", va="center", ha="left", color=TEXT, fontsize=11, fontweight="bold")
        ax.text(left, len(rows) - 0.4, STATUS_LABELS[status], color=colour, fontsize=13, fontweight="bold")
        ax.plot([left, left], [-0.5, len(rows) - 0.5], color=GRID, linewidth=1)
    ax.set_xlim(0, width * (1.1 * len(STATUSES) - 0.1))
    ax.set_ylim(-0.6, len(rows) + 0.2)
    ax.set_xticks([])
    ax.set_yticks(ys, [trim(network, LABEL_MAX) for network, _ in rows], color=TEXT, fontsize=11)
    return fig


def _listed(shows: list[str]) -> str:
    """The names, each cut to a readable length; past SHOWS_LISTED, how many more (the alt text has them all)."""
    names = [trim(s, LABEL_MAX) for s in shows[:SHOWS_LISTED]]
    more = len(shows) - len(names)
    return ", ".join(names) + (f" and {more} more" if more else "")


def _one_network(data: ScorecardData) -> Figure:
    """One bar per status with its count on it, and the shows' names written beside it."""
    groups = data.shows_by_status()
    wrapped = [textwrap.wrap(_listed(shows), 95) or [""] for _, shows in groups]
    heights = [max(1.0, 0.55 * len(lines) + 0.3) for lines in wrapped]
    total = sum(heights)
    fig_h = 1.4 + 0.42 * total
    fig = _figure(fig_h)
    _heading(fig, data.title, fig_h)
    ax = fig.add_axes((0.02, 0.35 / fig_h, 0.96, 1 - 1.2 / fig_h))
    _plain(ax)
    ax.set_axis_off()
    most = max(len(shows) for _, shows in groups)
    y = total
    for (status, shows), lines, h in zip(groups, wrapped, heights, strict=True):
        centre = y - h / 2
        colour = STATUS_COLOURS[status]
        width = 0.16 + 0.06 * len(shows) / most  # wide enough for its label
        ax.barh(centre, width, height=0.75, color=colour, left=0)
        ax.text(
            0.01,
            centre,
            f"{STATUS_LABELS[status]} · {len(shows)}",
            va="center",
            ha="left",
            color=ink_on(colour),
            fontsize=12,
            fontweight="bold",
        )
        ax.text(0.25, centre, "\n".join(lines), va="center", ha="left", color=TEXT, fontsize=11, linespacing=1.35)
        y -= h
    ax.set_xlim(0, 1)
    ax.set_ylim(0, total)
    return fig


# ------------------------------------------------------------ timelines


def timeline_figure(data: TimelineData) -> Figure:
    """A row per season (TVmaze's premiere to finale), and a row of Greenlight's news marked on the same dates."""
    import matplotlib.dates as mdates

    seasons = [s for s in data.seasons if s.start is not None]
    rows = len(seasons) + (1 if data.events else 0)
    height = 2.0 + 0.5 * max(rows, 2) + (0.6 if data.events else 0)
    fig = _figure(height)
    title = trim(data.show, LABEL_MAX * 2) + (f" ({trim(data.network, LABEL_MAX)})" if data.network else "")
    _heading(fig, f"{title}: seasons and news", height)
    ax = fig.add_axes((0.1, 0.55 / height, 0.87, 1 - 1.25 / height))
    _plain(ax)
    days = [d for s in seasons for d in (s.start, s.end) if d] + [e.day for e in data.events] + [data.today]
    first, last = min(days), max(days)
    whole = max((last - first).days, 60)
    lo, hi = first - timedelta(days=whole * 0.04), last + timedelta(days=whole * 0.3)  # room for the labels
    ys: list[float] = []
    labels: list[str] = []
    for i, s in enumerate(seasons):
        y = float(rows - i)
        assert s.start is not None
        end = s.end or max(s.start, data.today)
        span = max((end - s.start).days, whole * 0.01)  # a season with no end yet stays visible
        upcoming = s.start > data.today
        ax.barh(
            y,
            span,
            left=mdates.date2num(s.start),
            height=0.6,
            color=SEASON_COLOUR,
            alpha=0.45 if upcoming or s.end is None else 1.0,
        )
        when = f"{s.start:%b %Y}" + (
            f" – {s.end:%b %Y}" if s.end and s.end.year * 12 + s.end.month != s.start.year * 12 + s.start.month else ""
        )
        note = " (upcoming)" if upcoming else ("" if s.end else " (airing)")
        ax.text(
            mdates.date2num(s.start + timedelta(days=span)),
            y,
            f"  S{s.number} · {when}{note}",
            va="center",
            ha="left",
            color=TEXT,
            fontsize=10,
        )
        ys.append(y)
        labels.append(f"Season {s.number}")
    if data.events:
        y = 0.0
        ax.axhline(y, color=GRID, linewidth=1, zorder=0)
        for e in data.events:  # every story is a dot in its event's colour...
            ax.plot([mdates.date2num(e.day)], [y], marker="o", markersize=10,
                    color=EVENT_COLOURS.get(e.event, OTHER_COLOUR), zorder=3)  # fmt: skip
        for j, e in enumerate(data.events[-EVENT_LABELS_MAX:]):  # ...the latest are labelled (the alt text has all)
            colour = EVENT_COLOURS.get(e.event, OTHER_COLOUR)
            x = mdates.date2num(e.day)
            dy = 0.45 if j % 2 == 0 else -0.45
            ax.text(
                x,
                y + dy,
                f"{e.label}\n{e.day:%d %b %Y}",
                ha="center",
                va="bottom" if dy > 0 else "top",
                color=colour,
                fontsize=9.5,
                fontweight="bold",
                linespacing=1.1,
                bbox={"facecolor": CARD, "edgecolor": "none", "pad": 1.5},  # over the grid and the "today" line
            )
        ys.append(y)
        labels.append("News")
    ax.axvline(mdates.date2num(data.today), color=MUTED, linewidth=1, linestyle=(0, (4, 3)), zorder=1)
    ax.text(mdates.date2num(data.today), rows + 0.75, "today", color=MUTED, fontsize=9, ha="center", va="bottom")
    ax.set_yticks(ys, labels, color=TEXT, fontsize=11)
    ax.set_ylim(-1.2 if data.events else 0.3, rows + 1.1)
    ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
    locator = mdates.AutoDateLocator(maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    return fig
