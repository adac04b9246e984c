"""Pleasant village scenes drawn with Pillow, for demo photos: no downloads, no fonts.

Each scene (rice fields, a village lane, a gathering under a sala, a temple, a home visit,
a school field) is drawn at twice the output size and reduced, which smooths the edges of
the simple shapes. Everything comes from the `random.Random` passed in, and JPEG encoding is
deterministic, so the same seed gives byte-identical photos.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable

from PIL import Image, ImageDraw

from mentor_desk.demo.scene_parts import (
    Colour,
    group,
    house,
    mix,
    palm,
    sala,
    school,
    temple,
    tree,
    vary,
)

WIDTH, HEIGHT = 640, 480
SUPERSAMPLE = 2
W, H = WIDTH * SUPERSAMPLE, HEIGHT * SUPERSAMPLE
JPEG_QUALITY = 88
SKIES: tuple[tuple[Colour, Colour, Colour], ...] = (  # top, horizon, sun
    ((96, 160, 228), (226, 236, 240), (255, 246, 214)),
    ((66, 128, 214), (186, 216, 242), (255, 250, 230)),
    ((92, 96, 168), (250, 186, 128), (255, 214, 140)),
    ((120, 176, 226), (246, 226, 196), (255, 236, 190)),
)
RICE_GREENS: tuple[Colour, ...] = ((118, 176, 64), (96, 160, 60), (140, 188, 72))
RICE_GOLD: tuple[Colour, ...] = ((214, 180, 78), (200, 166, 70), (226, 194, 96))
DIKE = (170, 140, 96)


def render_scene(scene: str, rng: random.Random) -> bytes:
    """A JPEG photo of the named scene, drawn from `rng`."""
    painter = SCENES.get(scene, _gathering)
    image = Image.new("RGB", (W, H))
    draw = ImageDraw.Draw(image)
    horizon = int(H * rng.uniform(0.48, 0.58))
    _sky(image, draw, rng, horizon)
    _hills(draw, rng, horizon)
    painter(draw, rng, horizon)
    out = io.BytesIO()
    image.reduce(SUPERSAMPLE).save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def _sky(image: Image.Image, draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    top, bottom, sun = rng.choice(SKIES)
    column = Image.new("RGB", (1, horizon))
    column.putdata([mix(top, bottom, (y / horizon) ** 1.4) for y in range(horizon)])
    image.paste(column.resize((W, horizon), Image.Resampling.NEAREST), (0, 0))
    sx, sy, radius = rng.uniform(0.1, 0.9) * W, rng.uniform(0.15, 0.5) * horizon, H * 0.05
    for ring in range(4, 0, -1):  # a soft glow: rings fading into the sky
        glow = mix(bottom, sun, 0.25 * (5 - ring))
        r = radius * (1 + ring * 0.35)
        draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=glow)
    draw.ellipse((sx - radius, sy - radius, sx + radius, sy + radius), fill=sun)
    for _ in range(rng.randint(2, 5)):
        cx, cy = rng.uniform(0, W), rng.uniform(0.08, 0.6) * horizon
        size = rng.uniform(0.5, 1.3) * H * 0.06
        for _ in range(rng.randint(4, 7)):
            dx, dy = rng.uniform(-2.2, 2.2) * size, rng.uniform(-0.5, 0.4) * size
            r = size * rng.uniform(0.7, 1.2)
            shade = 248 - rng.randint(0, 14)
            box = (cx + dx - r, cy + dy - r * 0.7, cx + dx + r, cy + dy + r * 0.7)
            draw.ellipse(box, fill=(shade, shade, min(255, shade + 4)))


def _hills(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    for layer, colour in enumerate(((132, 160, 150), (92, 138, 100))):
        height = H * (0.07 - 0.025 * layer)
        waves = [(rng.uniform(1, 4), rng.uniform(0, 2 * math.pi)) for _ in range(3)]
        points = [(0.0, float(horizon))]
        for x in range(0, W + 20, 20):
            t = x / W * 2 * math.pi
            wave = sum(math.sin(t * f + p) for f, p in waves) / 3
            points.append((float(x), horizon - height * (0.6 + 0.4 * wave)))
        points.append((float(W), float(horizon)))
        draw.polygon(points, fill=vary(colour, rng, 8))


def _ground(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int, colour: Colour) -> None:
    draw.rectangle((0, horizon, W, H), fill=colour)
    for _ in range(60):  # tufts of grass so the ground is not flat paint
        x, y = rng.uniform(0, W), rng.uniform(horizon, H)
        size = 3 + 10 * (y - horizon) / (H - horizon)
        draw.ellipse((x - size * 2, y - size, x + size * 2, y + size), fill=vary(colour, rng, 14))


def _paddies(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    greens = RICE_GOLD if rng.random() < 0.3 else RICE_GREENS
    rows = rng.randint(6, 9)
    edges = [horizon + (H - horizon) * (k / rows) ** 1.7 for k in range(rows + 1)]
    for k in range(rows):
        draw.rectangle((0, edges[k], W, edges[k + 1]), fill=vary(rng.choice(greens), rng, 10))
        width = max(2, int(2 + 10 * k / rows))
        draw.line((0, edges[k + 1], W, edges[k + 1]), fill=DIKE, width=width)
    vanish = rng.uniform(0.3, 0.7) * W
    for _ in range(rng.randint(2, 4)):
        x = rng.uniform(-0.5, 1.5) * W
        draw.line((vanish, horizon, x, H), fill=DIKE, width=6)


def _scale_at(y: float, horizon: int) -> float:
    """How large things standing at height y look: small near the horizon, full size below."""
    return 0.25 + 0.95 * (y - horizon) / (H - horizon)


def _fields(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    _paddies(draw, rng, horizon)
    house(draw, rng, rng.uniform(0.15, 0.85) * W, horizon + 30, 0.35)
    for _ in range(rng.randint(3, 7)):
        y = rng.uniform(horizon + 10, horizon + (H - horizon) * 0.6)
        palm(draw, rng, rng.uniform(0, W), y, _scale_at(y, horizon))
    y = rng.uniform(0.7, 0.9) * H
    group(draw, rng, left=0.2 * W, right=0.8 * W, base=y, s=_scale_at(y, horizon), count=2)


def _village(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    _ground(draw, rng, horizon, (118, 160, 82))
    road = rng.uniform(0.35, 0.65) * W
    draw.polygon(
        [(road - 20, horizon), (road + 20, horizon), (road + 0.35 * W, H), (road - 0.35 * W, H)],
        fill=(196, 164, 120),
    )
    for y in sorted(rng.uniform(horizon + 20, horizon + (H - horizon) * 0.45) for _ in range(5)):
        x = rng.choice((rng.uniform(0, road - 200), rng.uniform(road + 200, W)))
        (house if rng.random() < 0.6 else tree)(draw, rng, x, y, _scale_at(y, horizon))
    y = rng.uniform(0.78, 0.92) * H
    group(
        draw,
        rng,
        left=road - 0.25 * W,
        right=road + 0.25 * W,
        base=y,
        s=_scale_at(y, horizon),
        count=rng.randint(2, 4),
    )


def _gathering(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    _ground(draw, rng, horizon, (128, 166, 86))
    for _ in range(rng.randint(2, 4)):
        y = horizon + rng.uniform(5, 40)
        tree(draw, rng, rng.choice((rng.uniform(0, 0.2), rng.uniform(0.8, 1))) * W, y, 0.9)
    base = horizon + (H - horizon) * 0.55
    sala(draw, rng, W / 2, base, 0.9)
    group(
        draw,
        rng,
        left=0.25 * W,
        right=0.75 * W,
        base=base - 22,
        s=0.75,
        count=rng.randint(5, 9),
        seated=True,
    )
    y = rng.uniform(0.86, 0.95) * H
    group(draw, rng, left=0.05 * W, right=0.95 * W, base=y, s=1.1, count=rng.randint(2, 4))


def _temple_scene(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    _ground(draw, rng, horizon, (150, 170, 96))
    for _ in range(rng.randint(2, 3)):
        tree(draw, rng, rng.uniform(0, W), horizon + rng.uniform(5, 30), 0.8)
    temple(draw, rng, W * rng.uniform(0.38, 0.62), horizon + (H - horizon) * 0.5, 0.9)
    y = rng.uniform(0.84, 0.94) * H
    group(draw, rng, left=0.1 * W, right=0.9 * W, base=y, s=1.0, count=rng.randint(3, 6))


def _home_visit(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    _ground(draw, rng, horizon, (126, 164, 84))
    x = rng.uniform(0.35, 0.65) * W
    tree(draw, rng, x + rng.choice((-1, 1)) * 0.4 * W, horizon + 60, 1.3)
    house(draw, rng, x, horizon + (H - horizon) * 0.62, 2.1)
    y = rng.uniform(0.88, 0.96) * H
    group(draw, rng, left=x - 0.3 * W, right=x + 0.3 * W, base=y, s=1.35, count=rng.randint(2, 4))


def _school_field(draw: ImageDraw.ImageDraw, rng: random.Random, horizon: int) -> None:
    _ground(draw, rng, horizon, (104, 168, 76))
    school(draw, rng, W * rng.uniform(0.35, 0.55), horizon + 40, 0.9)
    y = rng.uniform(0.75, 0.92) * H
    group(draw, rng, left=0.05 * W, right=0.95 * W, base=y, s=0.8, count=rng.randint(4, 8))


SCENES: dict[str, Callable[[ImageDraw.ImageDraw, random.Random, int], None]] = {
    "fields": _fields,
    "village": _village,
    "gathering": _gathering,
    "temple": _temple_scene,
    "home_visit": _home_visit,
    "field": _school_field,
}
