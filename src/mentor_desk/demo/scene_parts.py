"""The things in a demo photo, drawn with Pillow at the supersampled canvas scale: trees and
sugar palms, Isan houses on stilts, people, a sala, a temple hall with a chedi, a school.

Each takes the position of its base on the ground and a scale `s` (1.0 = full size near the
camera), and draws its variations from the `random.Random` it is given.
"""

from __future__ import annotations

import math
import random

from PIL import ImageDraw

Colour = tuple[int, int, int]
LEAF_GREENS: tuple[Colour, ...] = ((46, 118, 52), (60, 136, 58), (38, 100, 48), (74, 146, 64))
ROOFS: tuple[Colour, ...] = ((150, 62, 44), (118, 124, 132), (176, 92, 48), (64, 104, 80))
WALLS: tuple[Colour, ...] = ((150, 104, 64), (176, 130, 84), (214, 204, 180), (168, 196, 206))
CLOTHES: tuple[Colour, ...] = (
    (214, 64, 64), (240, 180, 48), (64, 120, 200), (236, 236, 232), (120, 72, 160),
    (48, 150, 120), (232, 120, 160), (90, 90, 96), (250, 140, 40),
)  # fmt: skip
SKINS: tuple[Colour, ...] = ((224, 180, 140), (200, 150, 108), (176, 124, 88), (236, 196, 160))
DARK = (44, 36, 30)


def vary(colour: Colour, rng: random.Random, amount: int = 12) -> Colour:
    """A colour nudged a little, so repeated things do not look stamped."""
    r, g, b = (max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)
    return (r, g, b)


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour a fraction `t` of the way from `a` to `b`."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def tree(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, s: float) -> None:
    """A shade tree: a trunk and a crown of overlapping leaf clusters."""
    draw.rectangle((x - 8 * s, base - 110 * s, x + 8 * s, base), fill=(98, 70, 48))
    green = rng.choice(LEAF_GREENS)
    for _ in range(rng.randint(4, 6)):
        dx, dy = rng.uniform(-50, 50) * s, rng.uniform(-170, -100) * s
        r = rng.uniform(40, 65) * s
        draw.ellipse((x + dx - r, base + dy - r, x + dx + r, base + dy + r), fill=vary(green, rng))


def palm(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, s: float) -> None:
    """A sugar palm, the tree that stands on the dikes of Isan rice fields."""
    top_x, top_y = x + rng.uniform(-12, 12) * s, base - 300 * s
    draw.line((x, base, top_x, top_y), fill=(110, 86, 60), width=max(2, int(12 * s)))
    green = rng.choice(LEAF_GREENS)
    for i in range(14):
        angle = math.pi * (1.05 + i / 13 * 0.9) + rng.uniform(-0.1, 0.1)
        length = rng.uniform(55, 80) * s
        end = (top_x + math.cos(angle) * length, top_y + math.sin(angle) * length * 0.8)
        draw.line((top_x, top_y, *end), fill=vary(green, rng), width=max(2, int(9 * s)))
    draw.ellipse((top_x - 14 * s, top_y - 10 * s, top_x + 14 * s, top_y + 14 * s), fill=green)


def house(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, s: float) -> None:
    """An Isan house on stilts: posts, wooden walls, shuttered windows, a gable roof."""
    half, floor, wall = 130 * s, base - 75 * s, 95 * s
    draw.rectangle((x - half, floor, x + half, base), fill=(96, 84, 66))
    for px in (-0.92, -0.3, 0.3, 0.92):
        draw.rectangle((x + px * half - 6 * s, floor, x + px * half + 6 * s, base), fill=DARK)
    draw.rectangle((x - half, floor - wall, x + half, floor), fill=vary(rng.choice(WALLS), rng))
    for wx in (-0.55, 0.35):
        left = x + wx * half
        draw.rectangle((left, floor - wall * 0.75, left + 40 * s, floor - wall * 0.25), fill=DARK)
        draw.rectangle(
            (left - 14 * s, floor - wall * 0.75, left, floor - wall * 0.25), (128, 90, 60)
        )
    roof = vary(rng.choice(ROOFS), rng)
    ridge = floor - wall - 90 * s
    draw.polygon(
        [(x - half - 24 * s, floor - wall), (x, ridge), (x + half + 24 * s, floor - wall)], roof
    )
    side = 1 if rng.random() < 0.5 else -1
    for step in range(6):  # stairs up to the door
        t = step / 6
        sx = x + side * (half + 10 * s + t * 60 * s)
        sy = floor + t * (base - floor)
        draw.line((sx - 18 * s, sy, sx + 18 * s, sy), fill=(110, 80, 56), width=max(2, int(5 * s)))


def person(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    x: float,
    base: float,
    s: float,
    *,
    seated: bool = False,
) -> None:
    """A simple figure: legs or a sarong, a shirt, a head with hair, sometimes a farmer's hat."""
    skin, shirt = rng.choice(SKINS), rng.choice(CLOTHES)
    leg_top = base - (30 if seated else 70) * s
    if seated:
        draw.rounded_rectangle((x - 34 * s, leg_top, x + 34 * s, base), 10 * s, fill=(60, 60, 80))
    else:
        lower = rng.choice(((50, 56, 84), (90, 60, 110), (40, 40, 44), (150, 60, 60)))
        draw.polygon(
            [(x - 16 * s, leg_top), (x + 16 * s, leg_top), (x + 20 * s, base), (x - 20 * s, base)],
            fill=lower,
        )
    body_top = leg_top - 62 * s
    draw.rounded_rectangle((x - 22 * s, body_top, x + 22 * s, leg_top + 4 * s), 12 * s, fill=shirt)
    head = 17 * s
    hy = body_top - head * 0.9
    draw.ellipse((x - head, hy - head, x + head, hy + head), fill=skin)
    draw.pieslice((x - head, hy - head, x + head, hy + head * 0.6), 180, 360, fill=(30, 24, 22))
    if rng.random() < 0.25:  # ngop, the farmer's woven hat
        draw.polygon(
            [(x - 36 * s, hy - 4 * s), (x, hy - 40 * s), (x + 36 * s, hy - 4 * s)],
            fill=(212, 184, 120),
        )


def group(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    *,
    left: float,
    right: float,
    base: float,
    s: float,
    count: int,
    seated: bool = False,
) -> None:
    """A few people, some of them children, standing (or seated) between left and right."""
    spots = sorted(rng.uniform(left, right) for _ in range(count))
    for x in spots:
        kid = rng.random() < 0.3
        scale = s * (0.65 if kid else 1.0) * rng.uniform(0.92, 1.05)
        person(draw, rng, x, base + rng.uniform(-6, 6) * s, scale, seated=seated)


def thai_roof(
    draw: ImageDraw.ImageDraw,
    *,
    x: float,
    top: float,
    bottom: float,
    half: float,
    colour: Colour,
    trim: Colour,
) -> None:
    """A layered Thai roof with a gable and upturned finials (chofa)."""
    draw.polygon(
        [(x - half, bottom), (x - half * 0.55, top), (x + half * 0.55, top), (x + half, bottom)],
        fill=colour,
    )
    draw.line((x - half, bottom, x + half, bottom), fill=trim, width=8)
    peak = top - (bottom - top) * 0.9
    draw.polygon([(x - half * 0.45, top), (x, peak), (x + half * 0.45, top)], fill=trim)
    for side in (-1, 1):
        tip = x + side * half * 0.45
        draw.line((tip, top, tip + side * 18, top - 34), fill=trim, width=7)
    draw.line((x, peak, x, peak - 30), fill=trim, width=7)


def sala(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, s: float) -> None:
    """An open sala: a platform, white pillars and a Thai roof."""
    half, height = 300 * s, 190 * s
    draw.rectangle(
        (x - half - 20 * s, base - 22 * s, x + half + 20 * s, base), fill=(196, 190, 180)
    )
    for i in range(6):
        px = x - half + i * (2 * half / 5)
        draw.rectangle(
            (px - 9 * s, base - 22 * s - height, px + 9 * s, base - 22 * s), (236, 228, 210)
        )
    roof = rng.choice(((168, 58, 40), (196, 96, 38), (120, 44, 36)))
    top = base - 22 * s - height - 110 * s
    thai_roof(
        draw,
        x=x,
        top=top,
        bottom=base - 22 * s - height + 10 * s,
        half=half * 1.25,
        colour=roof,
        trim=(218, 170, 60),
    )


def temple(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, s: float) -> None:
    """A temple hall on a white base with a two-tier roof, and a gold chedi beside it."""
    half, wall = 210 * s, 170 * s
    draw.rectangle(
        (x - half - 30 * s, base - 30 * s, x + half + 30 * s, base), fill=(230, 226, 216)
    )
    draw.rectangle((x - half, base - 30 * s - wall, x + half, base - 30 * s), fill=(246, 242, 232))
    for i in range(5):
        wx = x - half + (i + 0.5) * (2 * half / 5)
        top = base - 30 * s - wall * 0.8
        draw.rectangle((wx - 14 * s, top, wx + 14 * s, base - 30 * s - wall * 0.2), (190, 150, 60))
    eave = base - 30 * s - wall
    thai_roof(
        draw,
        x=x,
        top=eave - 70 * s,
        bottom=eave + 8 * s,
        half=half * 1.3,
        colour=(196, 84, 40),
        trim=(52, 112, 80),
    )
    thai_roof(
        draw,
        x=x,
        top=eave - 150 * s,
        bottom=eave - 62 * s,
        half=half * 0.95,
        colour=(214, 104, 46),
        trim=(226, 176, 62),
    )
    cx = x + (half + 150 * s) * (1 if rng.random() < 0.5 else -1)  # a chedi beside the hall
    gold = (222, 182, 76)
    draw.rectangle((cx - 60 * s, base - 40 * s, cx + 60 * s, base), fill=(236, 232, 222))
    draw.ellipse((cx - 55 * s, base - 150 * s, cx + 55 * s, base - 20 * s), fill=gold)
    draw.polygon(
        [(cx - 26 * s, base - 120 * s), (cx, base - 330 * s), (cx + 26 * s, base - 120 * s)],
        fill=gold,
    )


def school(draw: ImageDraw.ImageDraw, rng: random.Random, x: float, base: float, s: float) -> None:
    """A village school with rows of windows, and the Thai flag on its pole."""
    half, height = 340 * s, 160 * s
    draw.rectangle((x - half, base - height, x + half, base), fill=(236, 222, 190))
    for row in (0.25, 0.62):
        for i in range(9):
            wx = x - half + (i + 0.5) * (2 * half / 9)
            draw.rectangle(
                (
                    wx - 16 * s,
                    base - height * (1 - row),
                    wx + 16 * s,
                    base - height * (1 - row) + 36 * s,
                ),
                fill=(84, 110, 140),
            )
    draw.polygon(
        [
            (x - half - 20 * s, base - height),
            (x - half + 40 * s, base - height - 60 * s),
            (x + half - 40 * s, base - height - 60 * s),
            (x + half + 20 * s, base - height),
        ],
        fill=(190, 90, 50),
    )
    pole = x + half + 80 * s
    draw.line((pole, base, pole, base - 300 * s), fill=(200, 200, 200), width=max(2, int(6 * s)))
    # The Thai flag: red, white, blue (double height), white, red.
    stripes = (
        (165, 25, 49),
        (244, 245, 248),
        (45, 42, 74),
        (45, 42, 74),
        (244, 245, 248),
        (165, 25, 49),
    )
    for i, colour in enumerate(stripes):
        top = base - 300 * s + i * 12 * s
        draw.rectangle((pole, top, pole + 110 * s, top + 12 * s), fill=colour)
