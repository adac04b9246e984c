"""Draw the app icon (a green open book with a person above it) into assets/icons/.

Writes mentor-desk.svg, mentor-desk-<size>.png for the sizes desktops ask for, and
mentor-desk.ico (Windows, several sizes in one file). The generated files are committed, so
builds need not run this; run it again after changing the drawing:

    python installers/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
NAME = "mentor-desk"
CANVAS = 256  # the drawing's own units; everything below is on this grid
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SUPERSAMPLE = 4

BACKGROUND = "#2e7d32"  # deep green tile
PAGE = "#fffdf5"
SPINE = "#1b5e20"
LINES = "#a5d6a7"
PERSON = "#f9a825"  # warm yellow, the mentor

TILE = (8, 8, 248, 248, 48)  # x0, y0, x1, y1, corner radius
LEFT_PAGE = [(28, 132), (124, 152), (124, 228), (28, 208)]
RIGHT_PAGE = [(132, 152), (228, 132), (228, 208), (132, 228)]
SPINE_LINE = (128, 150, 128, 230, 8)
TEXT_LINES = [
    (44, 158, 110, 170),
    (44, 176, 110, 188),
    (146, 170, 212, 158),
    (146, 188, 212, 176),
]
HEAD = (128, 66, 26)  # centre x, centre y, radius
BODY = [(82, 138), (92, 108), (112, 98), (144, 98), (164, 108), (174, 138)]


def _scaled(points: list[tuple[int, int]], k: float) -> list[tuple[float, float]]:
    return [(x * k, y * k) for x, y in points]


def draw(size: int) -> Image.Image:
    """The icon at `size` pixels square (drawn larger, then reduced for smooth edges)."""
    big = size * SUPERSAMPLE
    k = big / CANVAS
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    x0, y0, x1, y1, r = TILE
    pen.rounded_rectangle((x0 * k, y0 * k, x1 * k, y1 * k), radius=r * k, fill=BACKGROUND)
    cx, cy, hr = HEAD
    pen.polygon(_scaled(BODY, k), fill=PERSON)
    pen.ellipse(((cx - hr) * k, (cy - hr) * k, (cx + hr) * k, (cy + hr) * k), fill=PERSON)
    pen.polygon(_scaled(LEFT_PAGE, k), fill=PAGE)
    pen.polygon(_scaled(RIGHT_PAGE, k), fill=PAGE)
    sx0, sy0, sx1, sy1, width = SPINE_LINE
    pen.line((sx0 * k, sy0 * k, sx1 * k, sy1 * k), fill=SPINE, width=max(1, round(width * k)))
    if size >= 32:  # text lines are noise at the smallest sizes
        for lx0, ly0, lx1, ly1 in TEXT_LINES:
            pen.line((lx0 * k, ly0 * k, lx1 * k, ly1 * k), fill=LINES, width=round(6 * k))
    return image.resize((size, size), Image.Resampling.LANCZOS)


def svg() -> str:
    """The same drawing as SVG, for Linux desktops and the docs."""

    def points(shape: list[tuple[int, int]]) -> str:
        return " ".join(f"{x},{y}" for x, y in shape)

    x0, y0, x1, y1, r = TILE
    cx, cy, hr = HEAD
    sx0, sy0, sx1, sy1, width = SPINE_LINE
    lines = "\n".join(
        f'  <line x1="{a}" y1="{b}" x2="{c}" y2="{d}" stroke="{LINES}" stroke-width="6"/>'
        for a, b, c, d in TEXT_LINES
    )
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{CANVAS}" height="{CANVAS}" \
viewBox="0 0 {CANVAS} {CANVAS}">
  <title>Mentor Desk — สมุดพี่เลี้ยงชุมชน</title>
  <rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{r}" fill="{BACKGROUND}"/>
  <polygon points="{points(BODY)}" fill="{PERSON}"/>
  <circle cx="{cx}" cy="{cy}" r="{hr}" fill="{PERSON}"/>
  <polygon points="{points(LEFT_PAGE)}" fill="{PAGE}"/>
  <polygon points="{points(RIGHT_PAGE)}" fill="{PAGE}"/>
  <line x1="{sx0}" y1="{sy0}" x2="{sx1}" y2="{sy1}" stroke="{SPINE}" stroke-width="{width}"/>
{lines}
</svg>
"""


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / f"{NAME}.svg").write_text(svg(), encoding="utf-8")
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(ICONS / f"{NAME}-{size}.png", optimize=True)
    images[256].save(
        ICONS / f"{NAME}.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != 256],
    )
    print(f"icons written to {ICONS}")


if __name__ == "__main__":
    main()
