"""Merging two annotators' stores into a new one, keeping both sides' decisions.

For each fact, each side is: untouched (``auto``), or a decision — asserted (verified, corrected,
made by hand) or denied (rejected, or deleted/never marked).  The rule:

* both untouched → kept as is;
* one side decided, the other untouched → that decision is taken (nothing to dispute);
* both decided the same (both assert with the same value, or both deny) → kept;
* the two decisions differ → a disagreement: the fact is kept (A's version when A asserts it)
  with status ``needs_check``, and a row in ``adjudication`` holds both sides for a person.

Flags merge by fingerprint the same way (differing decisions reopen the flag and are recorded);
relations are the union of both sides' links between facts that survive.  Stories only one side
has are copied as they are.  The result records ``merged`` in its history.
"""
from __future__ import annotations

from pathlib import Path

from .compare import decided, read_side, span_map, standing
from .convert import dumps
from .errors import StoreError

STATUS_ORDER = {"new": 0, "in_progress": 1, "signed_off": 2}


def _side(f: dict | None) -> dict | None:
    return None if f is None else {"status": f["status"], "origin": f["origin"], "value": f["value"],
                                   "updated_by": f["updated_by"]}


def _verdict(f: dict | None) -> tuple[bool, bool]:
    """(decided, asserted) for one side.  Absent is a decision: that side deleted the automatic
    fact, or did not mark what the other side marked by hand."""
    if f is None:
        return True, False
    return decided(f), standing(f)


def merge_fact(fa: dict | None, fb: dict | None) -> tuple[dict | None, bool]:
    """The merged fact (None: drop it) and whether the two sides disagree."""
    (da, sa), (db_, sb) = _verdict(fa), _verdict(fb)
    if not da and not db_:
        return fa, False
    if da != db_:
        return (fa if da else fb), False
    if sa == sb and (not sa or fa["value"] == fb["value"]):
        return (fa if fa is not None else fb), False
    keep = fa if sa else fb
    return dict(keep, status="needs_check"), True


def merge_records(ra: dict, rb: dict) -> tuple[dict, list[dict]]:
    """One story from both sides, and its adjudication rows."""
    ma, mb = span_map(ra), span_map(rb)
    facts, adjudication, key_of = [], [], {}
    for span in sorted(ma.keys() | mb.keys(), key=lambda k: (k[1], k[2], k[0])):
        fa, fb = ma.get(span), mb.get(span)
        merged, disputed = merge_fact(fa, fb)
        if merged is None:
            continue
        key = f"m{len(facts) + 1}"
        facts.append(dict(merged, key=key))
        for side, f in (("a", fa), ("b", fb)):
            if f is not None:
                key_of[(side, f["key"])] = key
        if disputed:
            adjudication.append({"item": "fact", "kind": span[0], "start": span[1], "end": span[2],
                                 "text": ra["text"][span[1]:span[2]], "a": _side(fa), "b": _side(fb)})
    relations, seen = [], set()
    for side, rec in (("a", ra), ("b", rb)):
        for r in rec["relations"]:
            h, t = key_of.get((side, r["head"])), key_of.get((side, r["tail"]))
            if h and t and (r["kind"], h, t) not in seen:
                seen.add((r["kind"], h, t))
                relations.append(dict(r, head=h, tail=t))
    flags, fb_by = [], {f["fingerprint"]: f for f in rb["flags"]}
    for f in ra["flags"]:
        other = fb_by.pop(f["fingerprint"], None)
        facts_keys = [key_of[("a", k)] for k in f["facts"] if ("a", k) in key_of]
        merged = dict(f, facts=facts_keys)
        if other is not None and other["decision"] != f["decision"]:
            if f["decision"] is None:
                merged.update({k: other[k] for k in ("decision", "reason", "decided_by", "decided_at")})
            elif other["decision"] is not None:
                merged.update(decision=None, reason="", decided_by="", decided_at="")
                adjudication.append({"item": "flag", "kind": f["rule"], "start": None, "end": None,
                                     "text": f["message"],
                                     "a": {"decision": f["decision"], "reason": f["reason"], "by": f["decided_by"]},
                                     "b": {"decision": other["decision"], "reason": other["reason"],
                                           "by": other["decided_by"]}})
        flags.append(merged)
    for f in fb_by.values():
        flags.append(dict(f, facts=[key_of[("b", k)] for k in f["facts"] if ("b", k) in key_of]))
    status = min(ra["status"], rb["status"], key=STATUS_ORDER.__getitem__)
    if adjudication and status == "signed_off":
        status = "in_progress"
    return dict(ra, facts=facts, relations=relations, flags=flags, status=status), adjudication


def merge_stores(a_path, b_path, out_path, user: str = "merge") -> dict:
    """Write the merge of stores A and B to a new store at ``out_path``; returns counts."""
    from .store import Store

    if Path(out_path).exists():
        raise StoreError(f"{out_path}: already exists; merge writes a new store")
    docs_a, _ia = read_side(a_path)
    docs_b, ib = read_side(b_path)
    used_b: set[str] = set()
    summary = {"pages": 0, "stories_merged": 0, "stories_copied": 0, "disagreements": 0}
    with Store.open(out_path, user=user) as out:
        for source_docs, side in ((docs_a, "a"), (docs_b, "b")):
            for doc, records in source_docs:
                plan = []
                for rec in records:
                    if side == "b":
                        if rec["story_key"] in used_b:
                            continue
                        plan.append((rec, []))
                        summary["stories_copied"] += 1
                    elif rec["story_key"] in ib:
                        used_b.add(rec["story_key"])
                        plan.append(merge_records(rec, ib[rec["story_key"]][1]))
                        summary["stories_merged"] += 1
                    else:
                        plan.append((rec, []))
                        summary["stories_copied"] += 1
                if plan:
                    _write(out, doc, plan, a_path, b_path)
                    summary["pages"] += 1
                    summary["disagreements"] += sum(len(adj) for _r, adj in plan)
    return summary


def _write(out, doc: dict, plan: list[tuple[dict, list[dict]]], a_path, b_path) -> None:
    text = "\n".join(r["text"] for r, _adj in plan)
    with out._tx() as c:
        doc_id = out.import_records({"source": doc["source"], "text": text, "raw_text": text,
                                     "encoding": doc.get("encoding"), "notes": doc.get("notes", []),
                                     "pub_date": doc.get("pub_date"),
                                     "pub_date_inferred": doc.get("pub_date_inferred", False)},
                                    [r for r, _adj in plan])
        for rec, adj in plan:
            if not adj:
                continue
            aid = c.execute("SELECT id FROM articles WHERE doc_id = ? AND idx = ?", [doc_id, rec["index"]]).fetchone()[0]
            for row in adj:
                c.execute('INSERT INTO adjudication (article_id, item, kind, start, "end", text, a, b) '
                          "VALUES (?,?,?,?,?,?,?,?)", [aid, row["item"], row["kind"], row["start"], row["end"],
                                                       row["text"], dumps(row["a"]), dumps(row["b"])])
        out._log("documents", doc_id, None, "merged", None, {"a": str(a_path), "b": str(b_path),
                                                            "disagreements": sum(len(a) for _r, a in plan)})
