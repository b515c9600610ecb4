"""brat standoff: a folder with ``<story>.txt`` and ``<story>.ann`` per story.

``T`` lines carry the facts (code points, as brat counts), ``R`` lines ``holds_title``, ``A`` lines
the status and origin attributes, ``#`` AnnotatorNotes the value as JSON.  A span that crosses a
line break is written as fragments (``start end;start end``) as brat requires.  What brat has no
place for (story metadata, flags, who/when) is in ``<story>.json`` beside it; ``annotation.conf``
lets brat show the folder as is.
"""
from __future__ import annotations

import json
from pathlib import Path

from analysis.model import FACT_KINDS

from ..errors import StoreError
from ..schema import FACT_STATUSES
from .records import (
    OFFSET_UNIT,
    ImportResult,
    article_meta,
    group_by_document,
    import_documents,
    iter_documents,
)

CONF = """[entities]
{entities}

[relations]
holds_title\tArg1:person, Arg2:title
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
status\tArg:<ENTITY>, Value:{statuses}
origin\tArg:<ENTITY>, Value:auto|human
"""


def _fragments(text: str, s: int, e: int) -> str:
    parts, start = [], s
    for i in range(s, e):
        if text[i] == "\n":
            if i > start:
                parts.append(f"{start} {i}")
            start = i + 1
    if e > start:
        parts.append(f"{start} {e}")
    return ";".join(parts) or f"{s} {e}"


def story_files(doc: dict, rec: dict) -> tuple[str, str, dict]:
    """The .txt, .ann and sidecar of one story."""
    text = rec["text"]
    lines, tid = [], {}
    n_attr = 0
    for i, f in enumerate(rec["facts"], start=1):
        tid[f["key"]] = f"T{i}"
        shown = text[f["start"]:f["end"]].replace("\n", " ")
        lines.append(f"T{i}\t{f['kind']} {_fragments(text, f['start'], f['end'])}\t{shown}")
    for i, r in enumerate(rec["relations"], start=1):
        lines.append(f"R{i}\t{r['kind']} Arg1:{tid[r['head']]} Arg2:{tid[r['tail']]}")
    for f in rec["facts"]:
        for attr in ("status", "origin"):
            n_attr += 1
            lines.append(f"A{n_attr}\t{attr} {tid[f['key']]} {f[attr]}")
    for i, f in enumerate(rec["facts"], start=1):
        lines.append(f"#{i}\tAnnotatorNotes {tid[f['key']]}\t{json.dumps(f['value'], ensure_ascii=False, sort_keys=True)}")
    side = {"offset_unit": OFFSET_UNIT, "document": doc, "article": article_meta(rec),
            "facts": {tid[f["key"]]: {k: f[k] for k in ("created_by", "updated_by", "updated_at")}
                      for f in rec["facts"]},
            "relations": {f"R{i}": r["origin"] for i, r in enumerate(rec["relations"], start=1)},
            "flags": [dict(fl, facts=[tid[k] for k in fl["facts"]]) for fl in rec["flags"]]}
    return text, "".join(line + "\n" for line in lines), side


def export(store, out, verified_only: bool = False, kinds: list[str] | None = None) -> int:
    """Write the folder ``out`` (created; existing story files are replaced)."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    n = 0
    for doc, records in iter_documents(store, verified_only, kinds):
        for rec in records:
            name = f"{doc['key']}-a{rec['index']:03d}"
            text, ann, side = story_files(doc, rec)
            (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="")
            (folder / f"{name}.ann").write_text(ann, encoding="utf-8", newline="")
            (folder / f"{name}.json").write_text(json.dumps(side, ensure_ascii=False, sort_keys=True, indent=1)
                                                 + "\n", encoding="utf-8", newline="")
            n += 1
    (folder / "annotation.conf").write_text(
        CONF.format(entities="\n".join(FACT_KINDS), statuses="|".join(FACT_STATUSES)), encoding="utf-8")
    return n


def parse_ann(text: str, ann: str, side: dict) -> dict:
    """An .ann (and its sidecar) back to record facts and relations."""
    facts: dict[str, dict] = {}
    relations, attrs, notes = [], {}, {}
    for line in ann.splitlines():
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            head, _, _shown = rest.partition("\t")
            kind, _, frags = head.partition(" ")
            nums = [int(x) for part in frags.split(";") for x in part.split()]
            s, e = min(nums), max(nums)
            meta = (side.get("facts") or {}).get(ident, {})
            facts[ident] = {"key": ident, "kind": kind, "start": s, "end": e, "text": text[s:e], "value": {},
                            "status": "auto", "origin": "auto", "created_by": meta.get("created_by", ""),
                            "updated_by": meta.get("updated_by", ""), "updated_at": meta.get("updated_at", "")}
        elif ident.startswith("R"):
            kind, a1, a2 = rest.split()
            origin = (side.get("relations") or {}).get(ident, "auto")
            relations.append({"kind": kind, "head": a1.split(":", 1)[1], "tail": a2.split(":", 1)[1],
                              "origin": origin})
        elif ident.startswith("A"):
            name, target, *value = rest.split()
            attrs.setdefault(target, {})[name] = value[0] if value else True
        elif ident.startswith("#"):
            head, _, note = rest.partition("\t")
            notes[head.split()[1]] = note
    for ident, f in facts.items():
        f.update({k: v for k, v in attrs.get(ident, {}).items() if k in ("status", "origin")})
        if ident in notes:
            try:
                f["value"] = json.loads(notes[ident])
            except json.JSONDecodeError:
                f["value"] = {"note": notes[ident]}
    return {"facts": sorted(facts.values(), key=lambda f: (f["start"], f["end"], f["kind"], f["key"])),
            "relations": relations}


def import_(store, path) -> ImportResult:
    """Read a brat folder (ours, or one annotated in brat) into ``store``; returns an ImportResult (pages added, stories attached)."""
    folder = Path(path)
    items = []
    try:
        for txt in sorted(folder.glob("*.txt")):
            text = txt.read_text(encoding="utf-8")
            ann_path, side_path = txt.with_suffix(".ann"), txt.with_suffix(".json")
            ann = ann_path.read_text(encoding="utf-8") if ann_path.exists() else ""
            side = json.loads(side_path.read_text(encoding="utf-8")) if side_path.exists() else {}
            parsed = parse_ann(text, ann, side)
            art = side.get("article") or {}
            ids = {f["key"] for f in parsed["facts"]}
            flags = [dict(fl, facts=[k for k in fl.get("facts", []) if k in ids]) for fl in side.get("flags", [])]
            rec = {"index": art.get("index", 0), "doc_start": art.get("doc_start", 0), "text": text,
                   "title_lines": art.get("title_lines", []), "dateline": art.get("dateline"),
                   "byline": art.get("byline", []), "body_start": art.get("body_start", 0),
                   "status": art.get("status", "new"), "updated_by": art.get("updated_by", ""),
                   "updated_at": art.get("updated_at", ""), "flags": flags, **parsed}
            doc = side.get("document") or {"key": txt.stem, "source": txt.name}
            items.append((doc, rec))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError, IndexError, KeyError) as exc:
        raise StoreError(f"{path}: not a brat standoff folder ({type(exc).__name__}: {exc})") from None
    if not items:
        raise StoreError(f"{path}: no .txt files in the brat folder")
    return import_documents(store, group_by_document(items))
