"""Plots used across the assignments (matplotlib)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

LINE_STYLES = ("-", "--", "-.", ":")


def plot_costs(histories: dict, x: str = "step", ax=None, title: str = "", log_y: bool = False):
    """Cost curves of several runs on one set of axes.

    Inputs: histories -- {label: history} where a history is a list of costs, or a dict as
              returned by :func:`dlbasics.nn.train` ("cost" per step, "seconds" per step);
            x -- "step" (one point per update) or "seconds" (wall-clock time);
            ax -- axes to draw on (a new figure if None); title; log_y -- log-scale the cost.
    Returns: the axes.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4))
    for k, (label, history) in enumerate(histories.items()):
        costs = history["cost"] if isinstance(history, dict) else history
        xs = history["seconds"] if x == "seconds" else np.arange(1, len(costs) + 1)
        # Runs often share a stretch (a plateau, the same start): each has its own line
        # style, and the first runs are drawn on top, so none hides under another.
        ax.plot(xs, costs, label=label, linewidth=1.5, linestyle=LINE_STYLES[k % 4],
                zorder=2 + len(histories) - k)
    ax.set_xlabel("wall-clock seconds" if x == "seconds" else "update step")
    ax.set_ylabel("cost")
    if log_y:
        ax.set_yscale("log")
    ax.set_title(title)
    ax.legend()
    return ax


def show_images(X: np.ndarray, labels=None, n: int = 16, columns: int = 8, title: str = ""):
    """A grid of the first ``n`` MNIST images.

    Inputs: X (784, m) in column layout; labels -- (m,) class ids shown above each image.
    Returns: the figure.
    """
    rows = int(np.ceil(n / columns))
    fig, axes = plt.subplots(rows, columns, figsize=(columns * 1.1, rows * 1.3))
    for i, ax in enumerate(np.ravel(axes)):
        ax.axis("off")
        if i < min(n, X.shape[1]):
            ax.imshow(X[:, i].reshape(28, 28), cmap="gray_r")
            if labels is not None:
                ax.set_title(str(labels[i]), fontsize=9)
    fig.suptitle(title)
    return fig


def print_table(rows: list, headers: list) -> None:
    """Print rows (lists of values) under headers as an aligned text table."""
    cells = [[f"{v:.4f}" if isinstance(v, float) else str(v) for v in row] for row in rows]
    widths = [max(len(str(h)), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)))
