#!/usr/bin/env python3
"""Generate the FSRS reference vectors replayed by Tests/FSRSTests.

Setup (any Python >= 3.10, outside the repo's build; tests never need Python):

    python3 -m venv /tmp/fsrs-venv
    /tmp/fsrs-venv/bin/pip install -r scripts/requirements-fsrs.txt
        # i.e. fsrs-rs-python==0.9.3 (import fsrs_rs_python, the Rust fsrs-rs)
        #      fsrs==6.3.2          (import fsrs, py-fsrs)
    /tmp/fsrs-venv/bin/python scripts/fsrs_vectors.py

Everything is seeded, so a re-run with the same package versions rewrites
byte-identical files into Tests/FSRSTests/Vectors/:

  memory_states.json   fsrs-rs `historical_memory_states` for random review
                       histories [(rating, delta_t days)]: stability and
                       difficulty after every review (the "memory state" that
                       FSRSModel.memoryState(history:) must reproduce).
  curves.json          retrievability samples (py-fsrs, integer elapsed days),
                       next-interval samples (fsrs-rs `next_interval`, unrounded)
                       and one-step transitions (fsrs-rs `next_states`).
  scheduler_steps.json py-fsrs 6.3.2 Scheduler replays (fuzz off) of new cards
                       through learning / review / relearning, with the
                       expected state, step, memory and due offset.

Where py-fsrs and Anki differ, the vectors follow Anki (the Swift scheduler
does), and the record says so:
  * Review due dates: py-fsrs sets due = review time + N*24h; Anki (and
    factdeck) schedule a review card for the START of study day today+N. The
    vectors store the whole number of days N; the Swift test checks its own
    due against StudyDayClock.startOfDay(today + N).
  * Elapsed days: py-fsrs uses floor((now - last_review) / 24h); Anki counts
    study-day boundaries. Review times here are generated so both agree
    (UTC, rollover 04:00, time of day only moves forward within a sequence).
  * Hard < Good < Easy: py-fsrs computes the three review intervals
    independently; Anki forces good >= hard+1 and easy >= good+1 (whole days,
    capped by the maximum interval), and when Easy graduates a (re)learning
    card, easy >= good+1. `days` is the Anki-adjusted value, `py_days` the raw
    py-fsrs value; `anki_rule` marks records where they differ.
  * Rounding: py-fsrs uses Python's round-half-even, Anki rounds half away
    from zero. No generated interval lands on an exact .5.

Notes on the references themselves:
  * fsrs-rs computes in f32. Near the stability floor (S ~ 0.003 after many
    daily Agains) `(S+1)^w13 - 1` cancels, so its stability is off by up to
    ~1.3e-4 relative; double precision (py-fsrs formula, Swift) agrees to
    1e-15. The Swift test allows 1e-4 relative or 1e-6 days absolute.
  * Same-day Hard: current fsrs-rs source clamps the short-term increase to
    >= 1 for rating >= 2 in the tensor path but >= 3 in a scalar helper;
    fsrs-rs-python 0.9.3 (memory_state) and py-fsrs both use >= 2 (Hard never
    lowers stability on the same day). The vectors pin that.
  * fsrs-rs-python 0.9.3 `next_interval` is not capped at 36500 days (newer
    fsrs-rs caps it); FSRSModel.interval is uncapped too, and the scheduler
    applies the deck's maximum interval.
"""

from __future__ import annotations

import json
import math
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs  # py-fsrs 6.3.2
import fsrs_rs_python as rs  # fsrs-rs

OUT = Path(__file__).resolve().parent.parent / "Tests" / "FSRSTests" / "Vectors"
SEED = 20_250_601


def g(x: float) -> float:
    """Round to 10 significant digits (keeps the files small; f32 is ~7)."""
    return float(f"{x:.10g}")


# --------------------------------------------------------------------------
# (a) memory states after every review, from fsrs-rs
# --------------------------------------------------------------------------

def random_history(rng: random.Random) -> list[tuple[int, int]]:
    n = rng.randint(1, 20)
    reviews = []
    for i in range(n):
        rating = rng.choices([1, 2, 3, 4], weights=[15, 15, 50, 20])[0]
        if i == 0:
            dt = 0
        else:
            u = rng.random()
            if u < 0.35:
                dt = 0  # same-day review: short-term formula
            elif u < 0.60:
                dt = rng.randint(1, 5)
            elif u < 0.90:
                dt = rng.randint(6, 120)
            else:
                dt = rng.randint(121, 3000)
        reviews.append((rating, dt))
    return reviews


def edge_histories() -> list[list[tuple[int, int]]]:
    return [
        [(1, 0)] * 20,  # stability floor 0.001 via repeated same-day Again
        [(4, 0)] + [(4, 3650)] * 12,  # stability ceiling 36500
        [(3, 0)] + [(1, 10000)] * 5,  # forgetting after very long gaps
        [(1, 0)] + [(4, 1)] * 19,  # difficulty floor 1
        [(4, 0)] + [(1, 1)] * 19,  # difficulty ceiling 10
        [(2, 0), (2, 0), (2, 0), (3, 0), (3, 0), (4, 0), (4, 0)],
        [(3, 0), (3, 1), (3, 3), (3, 8), (3, 21), (3, 55), (1, 140), (3, 0), (3, 1)],
        [(1, 0), (1, 1), (2, 0), (2, 1), (3, 0), (3, 1), (4, 0), (4, 1)],
    ]


def memory_states(model: rs.FSRS, rng: random.Random) -> dict:
    histories = edge_histories() + [random_history(rng) for _ in range(700)]
    out = []
    for h in histories:
        item = rs.FSRSItem([rs.FSRSReview(r, d) for r, d in h])
        states = model.historical_memory_states(item)
        assert len(states) == len(h)
        out.append({
            "reviews": [[r, d] for r, d in h],
            "states": [[g(s.stability), g(s.difficulty)] for s in states],
        })
    return {
        "source": "fsrs-rs-python 0.9.3 historical_memory_states (f32), default FSRS-6 parameters",
        "histories": out,
    }


# --------------------------------------------------------------------------
# (b) retrievability, next interval, one-step transitions
# --------------------------------------------------------------------------

def curves(model: rs.FSRS, rng: random.Random) -> dict:
    py = fsrs.Scheduler(enable_fuzzing=False)
    base = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    retr = []
    for _ in range(200):
        s = math.exp(rng.uniform(math.log(0.01), math.log(36500)))
        t = rng.choice([0, 1, 2, 3, 7, 30, 100, 365, 1000, 5000, rng.randint(0, 20000)])
        card = fsrs.Card(card_id=1, state=fsrs.State.Review, stability=s, difficulty=5.0,
                         due=base, last_review=base)
        r = py.get_card_retrievability(card, base + timedelta(days=t))
        retr.append([t, g(s), g(r)])

    intervals = []
    for _ in range(200):
        s = g(math.exp(rng.uniform(math.log(0.001), math.log(36500))))
        dr = rng.choice([0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99])
        intervals.append([g(s), dr, g(model.next_interval(s, dr, 3))])

    transitions = []
    for _ in range(150):
        s = g(math.exp(rng.uniform(math.log(0.05), math.log(20000))))
        d = g(rng.uniform(1, 10))
        dr = rng.choice([0.8, 0.9, 0.95])
        t = rng.choice([0, 0, 1, 2, 5, 10, 30, 100, rng.randint(0, 3000)])
        ns = model.next_states(rs.MemoryState(s, d), dr, t)
        row = {"stability": s, "difficulty": d, "desired_retention": dr, "elapsed_days": t}
        for name in ("again", "hard", "good", "easy"):
            st = getattr(ns, name)
            row[name] = [g(st.memory.stability), g(st.memory.difficulty), g(st.interval)]
        transitions.append(row)
    return {
        "source": "retrievability: py-fsrs 6.3.2 get_card_retrievability (integer days); "
                  "intervals/transitions: fsrs-rs-python 0.9.3 next_interval/next_states (f32, unrounded)",
        "retrievability": retr,  # [elapsed_days, stability, R]
        "intervals": intervals,  # [stability, desired_retention, days]
        "transitions": transitions,
    }


# --------------------------------------------------------------------------
# (c) py-fsrs scheduler step logic, adjusted to Anki where they differ
# --------------------------------------------------------------------------

CONFIGS = [
    {"name": "default", "learning": [60, 600], "relearning": [600], "max": 36500, "dr": 0.9},
    {"name": "three-steps", "learning": [60, 600, 3600], "relearning": [600, 1800], "max": 36500, "dr": 0.9},
    {"name": "single-steps", "learning": [300], "relearning": [900], "max": 36500, "dr": 0.85},
    {"name": "no-steps", "learning": [], "relearning": [], "max": 36500, "dr": 0.9},
    {"name": "max-interval-20", "learning": [60, 600], "relearning": [600], "max": 20, "dr": 0.95},
    {"name": "low-retention", "learning": [60, 600], "relearning": [600], "max": 36500, "dr": 0.7},
]

STATE_NAMES = {fsrs.State.Learning: "learning", fsrs.State.Review: "review",
               fsrs.State.Relearning: "relearning"}


def anki_days(prev_state: str, rating: int, outs: dict, sch: fsrs.Scheduler, mx: int) -> int | None:
    """Whole days the Anki rules give for `rating`, or None if not a review outcome."""
    chosen = outs[rating]
    if chosen.state != fsrs.State.Review:
        return None
    raw = {r: sch._next_interval(stability=outs[r].stability) for r in (1, 2, 3, 4)}

    def clamp(x: int, lo: int) -> int:
        return min(max(x, min(lo, mx)), mx)

    if prev_state == "review" and rating >= 2:
        hard = clamp(raw[2], 1)
        good = clamp(raw[3], hard + 1)
        easy = clamp(raw[4], good + 1)
        return {2: hard, 3: good, 4: easy}[rating]
    if prev_state in ("new", "learning", "relearning") and rating == 4:
        return clamp(raw[4], clamp(raw[3], 1) + 1)
    return clamp(raw[rating], 1)


def tod(t: datetime) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


def scheduler_sequences(rng: random.Random) -> dict:
    configs = []
    for cfg in CONFIGS:
        sch = fsrs.Scheduler(
            desired_retention=cfg["dr"],
            learning_steps=[timedelta(seconds=s) for s in cfg["learning"]],
            relearning_steps=[timedelta(seconds=s) for s in cfg["relearning"]],
            maximum_interval=cfg["max"],
            enable_fuzzing=False,
        )
        sequences = []
        for _ in range(45):
            day = rng.randint(0, 3000)
            t0 = datetime(2015, 1, 1, 6, tzinfo=timezone.utc) + timedelta(days=day, seconds=rng.randint(0, 3600))
            card = fsrs.Card(card_id=1, due=t0)
            prev_state = "new"
            now = t0
            steps = []
            for _ in range(rng.randint(2, 16)):
                rating = rng.choices([1, 2, 3, 4], weights=[20, 20, 45, 15])[0]
                outs = {r: sch.review_card(card, fsrs.Rating(r), now)[0] for r in (1, 2, 3, 4)}
                after = outs[rating]
                state = STATE_NAMES[after.state]
                rec = {
                    "at": int(now.timestamp()),
                    "rating": rating,
                    "state": state,
                    "step": after.step,
                    "stability": g(after.stability),
                    "difficulty": g(after.difficulty),
                }
                offset = (after.due - now).total_seconds()
                if state == "review":
                    py_days = round(offset / 86400)
                    assert py_days * 86400 == offset
                    days = anki_days(prev_state, rating, outs, sch, cfg["max"])
                    rec["days"] = days
                    rec["py_days"] = py_days
                    if days != py_days:
                        rec["anki_rule"] = True
                else:
                    rec["due_offset"] = offset
                steps.append(rec)
                card, prev_state = after, state

                # choose the next review time so that py-fsrs's
                # floor(24h periods) equals the study-day difference
                if state == "review":
                    u = rng.random()
                    if u < 0.15:
                        k = 0
                    else:
                        k = rng.randint(1, max(1, min(400, 2 * rec["days"])))
                    nxt = now + timedelta(days=k, seconds=rng.randint(0, 300))
                elif rng.random() < 0.85:
                    nxt = now + timedelta(seconds=offset + rng.randint(0, 120))
                else:
                    nxt = now + timedelta(days=rng.randint(1, 3), seconds=rng.randint(0, 300))
                if tod(nxt) < tod(now) or tod(nxt) >= 23 * 3600:
                    break
                now = nxt
            sequences.append(steps)
        configs.append({
            "name": cfg["name"],
            "learning_steps": cfg["learning"],
            "relearning_steps": cfg["relearning"],
            "maximum_interval": cfg["max"],
            "desired_retention": cfg["dr"],
            "sequences": sequences,
        })
    return {
        "source": "py-fsrs 6.3.2 Scheduler(enable_fuzzing=False); replay with time zone UTC, rollover hour 4; "
                  "'days' follows Anki's hard<good<easy rule (see scripts/fsrs_vectors.py)",
        "configs": configs,
    }


def main() -> None:
    params = list(rs.DEFAULT_PARAMETERS)
    assert len(params) == 21
    model = rs.FSRS(params)
    rng = random.Random(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    files = {
        "memory_states.json": memory_states(model, rng),
        "curves.json": curves(model, rng),
        "scheduler_steps.json": scheduler_sequences(rng),
    }
    for name, data in files.items():
        path = OUT / name
        path.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
