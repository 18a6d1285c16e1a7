"""Particles in a box, written with keyword arguments everywhere: a Particle constructor
called with keywords, force and integration helpers called as `f(p, dt=..., drag=...)`,
and a settings object built from a keyword dictionary."""
import math
import sys


class Particle:
    def __init__(self, *, x=0.0, y=0.0, vx=0.0, vy=0.0, mass=1.0, charge=0.0):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass
        self.charge = charge


class Settings:
    def __init__(self, dt=0.01, gravity=9.81, drag=0.05, restitution=0.9, width=10.0, height=10.0):
        self.dt = dt
        self.gravity = gravity
        self.drag = drag
        self.restitution = restitution
        self.width = width
        self.height = height


def accelerate(p, gravity=9.81, drag=0.0, field=0.0):
    ax = -drag * p.vx / p.mass + field * p.charge / p.mass
    ay = -gravity - drag * p.vy / p.mass
    return ax, ay


def integrate(p, ax, ay, dt=0.01):
    p.vx += ax * dt
    p.vy += ay * dt
    p.x += p.vx * dt
    p.y += p.vy * dt


def bounce(p, width=10.0, height=10.0, restitution=1.0):
    hits = 0
    if p.x < 0.0:
        p.x = -p.x
        p.vx = -p.vx * restitution
        hits += 1
    elif p.x > width:
        p.x = 2.0 * width - p.x
        p.vx = -p.vx * restitution
        hits += 1
    if p.y < 0.0:
        p.y = -p.y
        p.vy = -p.vy * restitution
        hits += 1
    elif p.y > height:
        p.y = 2.0 * height - p.y
        p.vy = -p.vy * restitution
        hits += 1
    return hits


def energy(p, gravity=9.81):
    return 0.5 * p.mass * (p.vx * p.vx + p.vy * p.vy) + p.mass * gravity * p.y


def main(steps):
    config = {"dt": 0.005, "drag": 0.02, "restitution": 0.85, "width": 12.0}
    s = Settings(**config)
    particles = [Particle(x=1.0 + i % 10, y=2.0 + (i * 7) % 8, vx=math.cos(i) * 3.0,
                          vy=math.sin(i) * 3.0, mass=1.0 + (i % 3) * 0.5,
                          charge=(-1.0) ** i) for i in range(60)]
    hits = 0
    for step in range(steps):
        field = 2.0 * math.sin(step * s.dt)
        for p in particles:
            ax, ay = accelerate(p, gravity=s.gravity, drag=s.drag, field=field)
            integrate(p, ax, ay, dt=s.dt)
            hits += bounce(p, width=s.width, height=s.height, restitution=s.restitution)
    total = sum(energy(p, gravity=s.gravity) for p in particles)
    cx = sum(p.x for p in particles) / len(particles)
    cy = sum(p.y for p in particles) / len(particles)
    print(f"wall hits {hits}")
    print(f"energy {total:.6f} centre ({cx:.6f}, {cy:.6f})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 16000)
