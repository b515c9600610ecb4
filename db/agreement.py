"""Agreement between two annotators' stores: span F1 per kind, Cohen's κ on characters.

Spans are the facts each side asserts (any status but ``rejected``) and match exactly on
(kind, start, end).  F1 is symmetric (2·both / (A + B)), so it does not matter who is "gold".
κ labels every non-space character of the shared stories with the kind of the fact covering it
(``O`` for none; the earliest fact wins where facts overlap) and compares the two sequences.
"""
from __future__ import annotations

from collections import Counter

from analysis.model import FACT_KINDS

from .compare import read_side, span_map, standing, story_label


def char_labels(rec: dict) -> list[str]:
    """The label of each character of a story (from its standing facts)."""
    labels = ["O"] * len(rec["text"])
    for f in sorted(rec["facts"], key=lambda f: (f["start"], -(f["end"] - f["start"]))):
        if standing(f):
            for i in range(f["start"], f["end"]):
                if labels[i] == "O":
                    labels[i] = f["kind"]
    return labels


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's κ of two equally long label sequences (1.0 when both use one label throughout)."""
    n = len(a)
    if n == 0:
        return 1.0
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def _prf(both: int, na: int, nb: int) -> dict:
    p = both / nb if nb else 1.0 if not na else 0.0
    r = both / na if na else 1.0 if not nb else 0.0
    f1 = 2 * both / (na + nb) if na + nb else 1.0
    return {"a": na, "b": nb, "both": both, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)}


def compare_indexes(ia: dict, ib: dict) -> dict:
    """The agreement report of two story indexes (see :func:`compare_stores`)."""
    shared = [k for k in ia if k in ib]
    counts = {k: [0, 0, 0] for k in FACT_KINDS}  # both, a, b
    la: list[str] = []
    lb: list[str] = []
    disagreements = []
    for key in shared:
        (doc, ra), (_docb, rb) = ia[key], ib[key]
        ma = {k: f for k, f in span_map(ra).items() if standing(f)}
        mb = {k: f for k, f in span_map(rb).items() if standing(f)}
        for kind, s, e in ma.keys() | mb.keys():
            c = counts.setdefault(kind, [0, 0, 0])
            fa, fb = ma.get((kind, s, e)), mb.get((kind, s, e))
            c[0] += bool(fa and fb)
            c[1] += bool(fa)
            c[2] += bool(fb)
            if fa and fb and fa["value"] == fb["value"]:
                continue
            disagreements.append({
                "story": story_label(doc, ra), "kind": kind, "start": s, "end": e, "text": ra["text"][s:e],
                "type": "value" if fa and fb else "only_a" if fa else "only_b",
                "a": None if fa is None else {"status": fa["status"], "value": fa["value"]},
                "b": None if fb is None else {"status": fb["status"], "value": fb["value"]}})
        fa_flags = {f["fingerprint"]: f for f in ra["flags"]}
        for f in rb["flags"]:
            other = fa_flags.get(f["fingerprint"])
            if other is not None and other["decision"] != f["decision"]:
                disagreements.append({"story": story_label(doc, ra), "kind": f["rule"], "start": None, "end": None,
                                      "text": f["message"], "type": "flag",
                                      "a": {"decision": other["decision"], "reason": other["reason"]},
                                      "b": {"decision": f["decision"], "reason": f["reason"]}})
        for x, y, ch in zip(char_labels(ra), char_labels(rb), ra["text"], strict=True):
            if not ch.isspace():
                la.append(x)
                lb.append(y)
    per_kind = {k: _prf(*v) for k, v in counts.items() if v[1] or v[2]}
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    disagreements.sort(key=lambda d: (d["story"], d["start"] if d["start"] is not None else -1, d["kind"]))
    return {"stories": {"a": len(ia), "b": len(ib), "shared": len(shared)},
            "span_f1": per_kind, "span_f1_all": _prf(*total),
            "kappa_chars": round(cohen_kappa(la, lb), 4), "characters": len(la),
            "disagreements": disagreements}


def compare_stores(a_path, b_path) -> dict:
    """Compare the stores at ``a_path`` and ``b_path`` over the stories both hold."""
    _da, ia = read_side(a_path)
    _db, ib = read_side(b_path)
    return compare_indexes(ia, ib)


def format_report(report: dict) -> str:
    """The report for a person to read."""
    st = report["stories"]
    out = [f"stories: A {st['a']}, B {st['b']}, shared {st['shared']}",
           f"Cohen's kappa over {report['characters']} characters: {report['kappa_chars']:.3f}",
           "span F1 (exact match)   A     B  both     P     R    F1"]
    for kind, r in [*report["span_f1"].items(), ("all", report["span_f1_all"])]:
        out.append(f"  {kind:<20} {r['a']:>4}  {r['b']:>4}  {r['both']:>4}  {r['precision']:.2f}  "
                   f"{r['recall']:.2f}  {r['f1']:.2f}")
    out.append(f"disagreements: {len(report['disagreements'])}")
    for d in report["disagreements"]:
        where = f"{d['start']}-{d['end']}" if d["start"] is not None else "flag"
        out.append(f"  [{d['type']}] {d['story']} {where} {d['kind']} {d['text']!r}  A={d['a']}  B={d['b']}")
    return "\n".join(out) + "\n"
