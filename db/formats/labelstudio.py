"""Label Studio tasks: ``data.text`` with automatic facts as ``predictions`` and facts a person
confirmed as ``annotations``; ``holds_title`` as ``type: "relation"`` results.

Offsets: Label Studio's text regions count code points since label-studio-frontend#308 ("store code
points instead of js length", fixing label-studio#1008/#1347 where astral characters shifted spans);
we write code points and say so in ``data.proofdesk.offset_unit``.  Everything Label Studio has no
field for (values, statuses, flags, story metadata) rides in ``data.proofdesk`` so import is lossless.
A labelling config for these tasks is written beside the file (``<out>.config.xml``).
"""
from __future__ import annotations

import json
from pathlib import Path

from analysis.model import FACT_KINDS

from ..errors import StoreError
from .records import (
    OFFSET_UNIT,
    ImportResult,
    article_meta,
    group_by_document,
    import_documents,
    iter_documents,
)

FROM_NAME, TO_NAME = "label", "text"
MODEL_VERSION = "proofdesk-0.1.0"
CONFIRMED = ("verified", "corrected")

CONFIG = """<View>
  <Relations><Relation value="holds_title"/></Relations>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text"/>
</View>
"""


def _region(f: dict) -> dict:
    return {"id": f["key"], "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": f["start"], "end": f["end"], "text": f["text"], "labels": [f["kind"]]}}


def to_task(doc: dict, rec: dict) -> dict:
    """One story as a Label Studio task."""
    # An annotation in Label Studio is a person's complete labelling of the task, so once a person
    # decided anything in the story, every fact still standing goes into it; predictions keep what
    # the extractor proposed and nobody confirmed.
    standing = [f for f in rec["facts"] if f["status"] != "rejected"]
    decided = any(f["status"] != "auto" or f["origin"] == "human" for f in rec["facts"])
    auto = [f for f in standing if f["status"] not in CONFIRMED and f["origin"] != "human"]
    ann_facts = standing if decided else []
    auto_keys, ann_keys = {f["key"] for f in auto}, {f["key"] for f in ann_facts}
    pred, ann = [_region(f) for f in auto], [_region(f) for f in ann_facts]
    for r in rec["relations"]:
        res = {"type": "relation", "from_id": r["head"], "to_id": r["tail"], "direction": "right",
               "labels": [r["kind"]]}
        if r["head"] in ann_keys and r["tail"] in ann_keys:
            ann.append(res)
        if r["head"] in auto_keys and r["tail"] in auto_keys and r["origin"] == "auto":
            pred.append(res)
    facts = {f["key"]: {k: f[k] for k in ("kind", "start", "end", "text", "value", "status", "origin",
                                           "created_by", "updated_by", "updated_at")} for f in rec["facts"]}
    task = {"data": {"text": rec["text"], "proofdesk": {
        "offset_unit": OFFSET_UNIT, "document": doc, "article": article_meta(rec), "facts": facts,
        "relations": rec["relations"], "flags": rec["flags"]}}}
    task["predictions"] = [{"model_version": MODEL_VERSION, "result": pred}] if pred else []
    task["annotations"] = [{"result": ann, "ground_truth": False}] if ann else []
    return task


def export(store, out, verified_only: bool = False, kinds: list[str] | None = None) -> int:
    """Write a JSON list of tasks (Label Studio's import format) and its labelling config."""
    tasks = [to_task(doc, rec) for doc, records in iter_documents(store, verified_only, kinds) for rec in records]
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(tasks, fh, ensure_ascii=False, sort_keys=True, indent=1)
        fh.write("\n")
    labels = "\n".join(f'    <Label value="{k}"/>' for k in FACT_KINDS)
    Path(str(out) + ".config.xml").write_text(CONFIG.format(labels=labels), encoding="utf-8")
    return len(tasks)


def from_task(task: dict, n: int) -> tuple[dict, dict]:
    """A task (ours, or one annotated in Label Studio) back to ``(document, article record)``."""
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise StoreError(f"task {n}: no data.text")
    pd = data.get("proofdesk") or {}
    if pd.get("offset_unit", OFFSET_UNIT) != OFFSET_UNIT:
        raise StoreError(f"task {n}: offsets in {pd['offset_unit']!r}; only code points are read")
    known = pd.get("facts") or {}
    facts: dict[str, dict] = {}
    relations = []
    for source, default_status, origin in (("predictions", "auto", "auto"), ("annotations", "verified", "human")):
        for block in task.get(source) or []:
            for res in block.get("result") or []:
                if res.get("type") == "labels":
                    v = res["value"]
                    key = str(res.get("id") or f"r{len(facts) + 1}")
                    base = known.get(key) or facts.get(key) or {
                        "kind": v["labels"][0], "value": {}, "status": default_status, "origin": origin,
                        "created_by": "", "updated_by": "", "updated_at": ""}
                    if not known and source == "annotations":
                        base = dict(base, status="verified")  # a person's labelling confirms it
                    facts[key] = dict(base, key=key, kind=v["labels"][0], start=v["start"], end=v["end"],
                                      text=text[v["start"]:v["end"]])
                elif res.get("type") == "relation" and not pd and (source == "annotations" or not any(
                        b.get("result") for b in task.get("annotations") or [])):
                    relations.append({"kind": (res.get("labels") or ["holds_title"])[0], "head": res["from_id"],
                                      "tail": res["to_id"], "origin": origin})
    for key, f in known.items():  # rejected facts are in no result
        if key not in facts:
            facts[key] = dict(f, key=key)
    art = pd.get("article") or {}
    rec = {"index": art.get("index", 0), "doc_start": art.get("doc_start", 0), "text": text,
           "title_lines": art.get("title_lines", []), "dateline": art.get("dateline"),
           "byline": art.get("byline", []), "body_start": art.get("body_start", 0),
           "status": art.get("status", "new"), "updated_by": art.get("updated_by", ""),
           "updated_at": art.get("updated_at", ""),
           "facts": sorted(facts.values(), key=lambda f: (f["start"], f["end"], f["kind"], f["key"])),
           "relations": pd.get("relations", relations), "flags": pd.get("flags", [])}
    doc = pd.get("document") or {"key": f"task{task.get('id', n)}", "source": f"labelstudio task {n}"}
    return doc, rec


def import_(store, path) -> ImportResult:
    """Read a JSON list of Label Studio tasks into ``store``; returns an ImportResult (pages added, stories attached)."""
    try:
        with open(path, encoding="utf-8") as fh:
            tasks = json.load(fh)
        if isinstance(tasks, dict):
            tasks = [tasks]
        items = [from_task(t, n) for n, t in enumerate(tasks, start=1)]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, IndexError) as exc:
        raise StoreError(f"{path}: not a Label Studio task file ({type(exc).__name__}: {exc})") from None
    return import_documents(store, group_by_document(items))
