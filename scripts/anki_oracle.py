#!/usr/bin/env python3
"""The Anki oracle for factdeck's interop tests: the real Anki backend (PyPI `anki`)
and genanki, pinned in scripts/requirements-oracle.txt and installed into
.venv-oracle by scripts/oracle-venv.sh.

    anki_oracle.py inspect FILE.apkg            import into a fresh Anki collection
                                                (with scheduling) and print what Anki sees
    anki_oracle.py inspect-csv FILE             import a CSV/TSV file into a fresh
                                                collection as Anki does (its header lines)
    anki_oracle.py make-anki OUT --format F     write a package with Anki itself:
                                                F = legacy (collection.anki21), latest
                                                (collection.anki21b, zstd) or colpkg
    anki_oracle.py make-genanki OUT             write a package with genanki
    anki_oracle.py fixtures DIR                 (re)write the committed test fixtures:
                                                the packages above, each with NAME.json

Every command prints one JSON object on stdout. The `make-*` commands print what the
package holds (notes, cards and their review histories) so tests can compare.
Reviews in `make-anki` are answered by Anki's own scheduler; their revlog ids (the
answer times) are then moved to one answer a day, ending on day 0 of the history,
so that the histories span days as real ones do. Run with TZ=UTC for stable days.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile

from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportCsvRequest

DAY_MS = 86_400_000
# Noon UTC on 2024-03-01: the first answer of every history made here.
HISTORY_START_MS = 1_709_294_400_000


def fresh_collection(folder):
    return Collection(os.path.join(folder, "collection.anki2"))


def describe(col):
    """Notes, cards, decks and review log of a collection, keyed by note GUID."""
    notes = []
    for nid in sorted(col.find_notes("")):
        note = col.get_note(nid)
        notes.append({
            "guid": note.guid,
            "notetype": note.note_type()["name"],
            "fields": list(note.fields),
            "tags": sorted(note.tags),
        })
    cards = []
    for cid in sorted(col.find_cards("")):
        card = col.get_card(cid)
        note = card.note()
        memory = None
        if card.memory_state is not None:
            memory = {"s": card.memory_state.stability, "d": card.memory_state.difficulty}
        reviews = col.db.all("SELECT id, ease, type, ivl, time FROM revlog WHERE cid = ? ORDER BY id", cid)
        cards.append({
            "guid": note.guid,
            "ord": card.ord,
            "deck": col.decks.name(card.odid or card.did),
            "type": card.type,
            "queue": card.queue,
            "due": card.due,
            "ivl": card.ivl,
            "reps": card.reps,
            "lapses": card.lapses,
            "custom_data": card.custom_data,
            "memory": memory,
            "reviews": [{"id": r[0], "ease": r[1], "type": r[2], "ivl": r[3], "time": r[4]} for r in reviews],
        })
    decks = sorted(d.name for d in col.decks.all_names_and_ids() if d.name != "Default" or
                   col.find_cards(f'"deck:{d.name}" -deck:"{d.name}::*"'))
    return {
        "notes": notes,
        "cards": cards,
        "decks": decks,
        "revlog": col.db.scalar("SELECT count() FROM revlog"),
        "today": col.sched.today,
    }


def inspect_package(path):
    with tempfile.TemporaryDirectory() as folder:
        col = fresh_collection(folder)
        try:
            request = ImportAnkiPackageRequest(
                package_path=os.path.abspath(path),
                options=ImportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False,
                                                 merge_notetypes=False))
            response = col.import_anki_package(request)
            result = describe(col)
            # FSRS memory that Anki computes from each card's review log (FSRS-6 defaults).
            col.set_config("fsrs", True)
            for card, cid in zip(result["cards"], sorted(col.find_cards(""))):
                state = col.compute_memory_state(cid)
                card["anki_memory"] = None if state.stability is None else {"s": state.stability, "d": state.difficulty}
            result["log"] = {
                "new": len(response.log.new),
                "updated": len(response.log.updated),
                "duplicate": len(response.log.duplicate),
                "conflicting": len(response.log.conflicting),
                "first_field_match": len(response.log.first_field_match),
                "missing_notetype": len(response.log.missing_notetype),
                "missing_deck": len(response.log.missing_deck),
                "empty_first_field": len(response.log.empty_first_field),
            }
            return result
        finally:
            col.close()


def inspect_csv(path):
    with tempfile.TemporaryDirectory() as folder:
        col = fresh_collection(folder)
        try:
            metadata = col.get_csv_metadata(os.path.abspath(path), None)
            response = col.import_csv(ImportCsvRequest(path=os.path.abspath(path), metadata=metadata))
            result = describe(col)
            result["log"] = {"new": len(response.log.new), "updated": len(response.log.updated),
                             "duplicate": len(response.log.duplicate),
                             "missing_notetype": len(response.log.missing_notetype)}
            return result
        finally:
            col.close()


def add(col, notetype, deck, fields, tags=()):
    note = col.new_note(col.models.by_name(notetype))
    for name, value in fields.items():
        note[name] = value
    note.tags = list(tags)
    col.add_note(note, col.decks.id(deck))
    return note


def answer(col, card_id, ease):
    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card.id)
    col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=ease - 1))


def make_anki(out, fmt):
    with tempfile.TemporaryDirectory() as folder:
        col = fresh_collection(folder)
        try:
            add(col, "Basic", "Oracle::Basics", {"Front": "Capital of <b>Peru</b>", "Back": "Lima"}, ["geo"])
            add(col, "Basic (and reversed card)", "Oracle::Basics", {"Front": "chien", "Back": "dog"}, ["french"])
            add(col, "Basic (type in the answer)", "Oracle", {"Front": "Year the Berlin Wall fell", "Back": "1989"})
            add(col, "Cloze", "Oracle", {"Text": "In {{c1::2023}}, {{c2::645::number}} attacks were recorded.",
                                         "Back Extra": "From the <i>annual report</i>"})
            add(col, "Basic", "Oracle", {"Front": "Not yet studied &amp; new", "Back": "still new"})
            # Answers given by Anki's scheduler, several per card.
            plan = {}
            for cid in col.find_cards("-\"Not yet studied*\""):
                card = col.get_card(cid)
                plan[cid] = [3, 3, 1, 3] if card.ord == 0 else [3, 4]
            for cid, eases in plan.items():
                for ease in eases:
                    answer(col, cid, ease)
            # Spread each card's answers over days: answer k on day 2k (plus a few minutes per card).
            for index, cid in enumerate(sorted(plan)):
                rows = col.db.list("SELECT id FROM revlog WHERE cid = ? ORDER BY id", cid)
                for k, old in enumerate(rows):
                    new = HISTORY_START_MS + 2 * k * DAY_MS + index * 60_000 + k
                    col.db.execute("UPDATE revlog SET id = ? WHERE id = ?", new, old)
            suspended = col.find_cards("\"Year the Berlin*\"")
            col.sched.suspend_cards(suspended)
            expected = describe(col)
            if fmt == "colpkg":
                col.export_collection_package(out, include_media=False, legacy=False)
            else:
                options = ExportAnkiPackageOptions(with_scheduling=True, with_deck_configs=False, with_media=False,
                                                   legacy=(fmt == "legacy"))
                col.export_anki_package(out_path=out, options=options, limit=None)
            return expected
        finally:
            if col.db:
                col.close()


def make_genanki(out):
    import genanki
    basic = genanki.Model(
        1607392319, "Simple Model",
        fields=[{"name": "Question"}, {"name": "Answer"}],
        templates=[{"name": "Card 1", "qfmt": "{{Question}}",
                    "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'}])
    deck = genanki.Deck(2059400110, "Genanki Deck")
    deck.add_note(genanki.Note(model=basic, fields=["Capital of Argentina", "Buenos Aires"], guid="gen-basic-1",
                               tags=["geo"]))
    deck.add_note(genanki.Note(model=basic, fields=["2 &lt; 3?", "yes<br>always"], guid="gen-basic-2"))
    deck.add_note(genanki.Note(model=genanki.CLOZE_MODEL,
                               fields=["The {{c1::Danube}} flows through {{c2::Vienna}}.", ""], guid="gen-cloze-1"))
    genanki.Package(deck).write_to_file(out)
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(out))
        shutil.copy(out, copy)
        return inspect_package(copy)


def fixtures(folder):
    os.makedirs(folder, exist_ok=True)
    made = {}
    for name, maker in [("anki-legacy.apkg", lambda out: make_anki(out, "legacy")),
                        ("anki-latest.apkg", lambda out: make_anki(out, "latest")),
                        ("anki-collection.colpkg", lambda out: make_anki(out, "colpkg")),
                        ("genanki.apkg", make_genanki)]:
        out = os.path.join(folder, name)
        expected = maker(out)
        with open(out + ".json", "w") as handle:
            json.dump(expected, handle, ensure_ascii=False, sort_keys=True, indent=1)
            handle.write("\n")
        made[name] = len(expected["cards"])
    return made


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("inspect").add_argument("path")
    sub.add_parser("inspect-csv").add_argument("path")
    make = sub.add_parser("make-anki")
    make.add_argument("out")
    make.add_argument("--format", choices=["legacy", "latest", "colpkg"], default="latest")
    sub.add_parser("make-genanki").add_argument("out")
    sub.add_parser("fixtures").add_argument("dir")
    args = parser.parse_args()
    if args.command == "inspect":
        result = inspect_package(args.path)
    elif args.command == "inspect-csv":
        result = inspect_csv(args.path)
    elif args.command == "make-anki":
        result = make_anki(os.path.abspath(args.out), args.format)
    elif args.command == "fixtures":
        result = fixtures(os.path.abspath(args.dir))
    else:
        result = make_genanki(os.path.abspath(args.out))
    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
