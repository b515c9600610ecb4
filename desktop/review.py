"""The review half of the main window: two-way linking and the fact, flag and story actions.

A mixin of :class:`desktop.main_window.MainWindow` (kept apart so each module stays small). It
relies on the window's widgets (``view``, ``fact_view``, ``flag_view``, ``story_view``), models,
``session`` and ``push`` (the story's undo stack).
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Slot
from PySide6.QtWidgets import QInputDialog, QLineEdit

from desktop import highlight
from desktop.models import ROLE_ID, ROLE_KIND, ROLE_ROW, ROLE_SPAN
from desktop.undo import DecideFlag, EditText, Macro, SetArticleStatus, SetFactStatus, SetFactValue
from desktop.values import parse_value, validation_error
from widgets.article_view import LAYER_FACTS, LAYER_FLAGS, LAYER_SEARCH, LAYER_SELECTED

_SELECT = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class ReviewMixin:
    """Linking between text, fact sheet and flag list; verify, reject, decide, sign off, find."""

    _linking = False
    _span_index: list = []

    # --- painting -------------------------------------------------------------------------
    def paint_story(self, bundle) -> None:
        """(Re)build every layer, the tooltips and the cursor lookup for ``bundle``."""
        self.view.set_layer(LAYER_FACTS, highlight.fact_spans(bundle.facts))
        self.paint_flags(bundle)
        live = sorted((f.start, f.end, f.id) for f in bundle.facts if f.status != "rejected")
        self._span_index = live
        self._span_starts = [s for s, _, _ in live]

    def paint_flags(self, bundle) -> None:
        """The flag layer (it changes when a flag is decided); tooltips are computed on hover."""
        self.view.set_layer(LAYER_FLAGS, highlight.flag_spans(bundle.flags))
        self.view.set_tip_provider(self.tips_at)

    def tips_at(self, offset: int) -> list[str]:
        """Tooltips at code-point ``offset``: every fact's value and every open flag's message there."""
        bundle = self.session.bundle
        if bundle is None:
            return []
        names, english = self.kind_names(), self.translations_language() == "en"
        by_id = {f.id: f for f in bundle.facts} if len(bundle.facts) < 5000 else None
        hi = bisect.bisect_right(getattr(self, "_span_starts", []), offset)
        tips = []
        for start, end, fid in self._span_index[max(0, hi - 64):hi]:
            if start <= offset < end:
                fact = by_id[fid] if by_id is not None else next(f for f in bundle.facts if f.id == fid)
                tips.append(highlight.fact_tip(fact, names))
        tips.extend(highlight.flag_tip(flag, english) for flag in bundle.flags
                    if flag.decision is None and any(s <= offset < e for s, e in flag.spans))
        return tips

    def fact_at(self, offset: int):
        """The id of the shortest live fact covering code-point ``offset`` (None when none does)."""
        hi = bisect.bisect_right(getattr(self, "_span_starts", []), offset)
        best = None
        for start, end, fid in self._span_index[max(0, hi - 64):hi]:
            if start <= offset < end and (best is None or end - start < best[1] - best[0]):
                best = (start, end, fid)
        return best[2] if best else None

    # --- linking --------------------------------------------------------------------------
    def current_fact(self):
        """The StoredFact of the fact sheet's current row (None on a group row)."""
        return self.fact_view.currentIndex().data(ROLE_ROW) if self.fact_view.currentIndex().isValid() else None

    def current_flag(self):
        """The StoredFlag of the flag list's current row (its parent's for a place row)."""
        index = self.flag_view.currentIndex()
        if not index.isValid():
            return None
        node = self.flag_model.flag_node(index.data(ROLE_ID))
        return node.payload if node else None

    def syncing_selection(self) -> bool:
        """True while the window itself moves the sheet's current row: following the text
        cursor into a fact, or keeping the row across a reload (not the person's own pick)."""
        return self._linking

    def select_fact(self, fact_id, *, focus: bool = False) -> bool:
        """Make fact ``fact_id`` current in the sheet (which selects its span)."""
        index = self.fact_model.fact_index(fact_id)
        if not index.isValid():
            return False
        self.fact_view.scrollTo(index)
        self.fact_view.selectionModel().setCurrentIndex(index, _SELECT)
        if focus:
            self.fact_view.setFocus()
        return True

    def current_facts(self) -> list:
        """What the sheet's current row stands for: every mention of a person row, else its fact."""
        mentions = self.fact_model.person_facts(self.fact_view.currentIndex())
        if mentions:
            return mentions
        fact = self.current_fact()
        return [fact] if fact is not None else []

    @Slot(QModelIndex, QModelIndex)
    def _on_fact_current(self, current, previous) -> None:
        span = current.data(ROLE_SPAN) if current.isValid() else None
        if span is None:
            return
        # A person row selects its first mention and shows every one.
        spans = [(f.start, f.end) for f in self.fact_model.person_facts(current)] or [span]
        with self.view.hold():  # scroll and highlight in one repaint
            if not self._linking:
                self.view.select_range(*span)
            self.view.set_layer(LAYER_SELECTED, highlight.selected_spans(spans))

    @Slot(int)
    def _on_text_cursor(self, offset: int) -> None:
        fid = self.fact_at(offset)
        if fid is None:
            return
        self._linking = True
        try:
            self.select_fact(fid)
        finally:
            self._linking = False

    @Slot(QModelIndex, QModelIndex)
    def _on_flag_current(self, current, previous) -> None:
        if not current.isValid():
            self.flag_detail.clear()
            return
        flag = self.current_flag()
        if flag is not None:
            self.flag_detail.setText(self.flag_detail_text(flag))
        if current.data(ROLE_KIND) == "place":
            spans = [current.data(ROLE_SPAN)]
        else:
            # A grouped flag opens to its places; the others close so the list stays short.
            first = current.siblingAtColumn(0)
            if not self.flag_view.isExpanded(first):
                self.flag_view.collapseAll()
                self.flag_view.expand(first)
            flag = current.data(ROLE_ROW)
            spans = [tuple(s) for s in flag.spans] if flag else []
        with self.view.hold():
            if spans:
                self.view.select_range(*min(spans))
            self.view.set_layer(LAYER_SELECTED, highlight.selected_spans(spans))

    def flag_detail_text(self, flag) -> str:
        """The whole message of a flag, its decision and reason, and its fix (plain text)."""
        lines = [f"{self.flag_model.severity_text(flag.severity)} · {flag.rule}", self.flag_model.message(flag)]
        if flag.decision:
            lines.append(f"{self.flag_model.decision_text(flag.decision)} {flag.reason or ''}".strip())
        if flag.suggestion is not None and flag.suggestion.edits:
            label = flag.suggestion.label_en if self.translations_language() == "en" else flag.suggestion.label
            lines.append(self.tr("Fix: %1").replace("%1", label or ""))
        return "\n".join(lines)

    # --- facts ----------------------------------------------------------------------------
    def validate_value(self, index, text: str) -> str | None:
        """The fact sheet's editor check: None when ``text`` is a valid value for that row."""
        fact = index.data(ROLE_ROW)
        return validation_error(fact.kind, text, fact.value) if fact is not None else "not a fact"

    @Slot(str, str)
    def _on_value_edited(self, fact_id: str, text: str) -> None:
        fact = next((f for f in self.session.bundle.facts if str(f.id) == fact_id), None)
        if fact is None:
            return
        value = parse_value(fact.kind, text, fact.value)
        self.push(SetFactValue(self.session, fact, value, self.tr("Correct %1").replace("%1", fact.text)))

    def _step_fact(self, step: int) -> None:
        facts = self.fact_model.facts()
        if not facts:
            return
        chosen = self.current_facts()
        current = chosen[0] if chosen else None  # a person row steps from its first mention
        ids = [f.id for f in facts]
        i = ids.index(current.id) + step if current is not None and current.id in ids else (0 if step > 0 else -1)
        self.select_fact(ids[i % len(ids)], focus=True)

    @Slot()
    def next_fact(self) -> None:
        """Go to the next fact in text order (wraps)."""
        self._step_fact(1)

    @Slot()
    def prev_fact(self) -> None:
        """Go to the previous fact in text order (wraps)."""
        self._step_fact(-1)

    def _set_status(self, status: str, label: str) -> None:
        index = self.fact_view.currentIndex()
        mentions = self.fact_model.person_facts(index)
        if mentions:  # a person row: every mention, one undo step; then the next person
            parts = [SetFactStatus(self.session, f, status, "") for f in mentions if f.status != status]
            if parts:
                self.push(Macro(label.replace("%1", mentions[0].text), parts))
            person = self.fact_model.person_index(mentions[0].id)  # the sheet may have reloaded
            after = person.siblingAtRow(person.row() + 1) if person.isValid() else QModelIndex()
            if after.isValid():
                self.fact_view.scrollTo(after)
                self.fact_view.selectionModel().setCurrentIndex(after, _SELECT)
            else:
                self.next_fact()
            return
        fact = self.current_fact()
        if fact is None:
            return
        self.push(SetFactStatus(self.session, fact, status, label.replace("%1", fact.text)))
        self.next_fact()

    @Slot()
    def verify_fact(self) -> None:
        """Mark the current fact verified and move on."""
        self._set_status("verified", self.tr("Verify %1"))

    @Slot()
    def reject_fact(self) -> None:
        """Mark the current fact rejected (not a fact) and move on."""
        self._set_status("rejected", self.tr("Reject %1"))

    @Slot()
    def edit_value(self) -> None:
        """Open the value editor of the current fact."""
        index = self.fact_view.currentIndex()
        if index.isValid() and index.data(ROLE_ROW) is not None:
            self.fact_view.edit(index.siblingAtColumn(1))

    # --- flags ----------------------------------------------------------------------------
    def select_flag(self, flag_id, *, focus: bool = False) -> bool:
        """Make flag ``flag_id`` current in the list (which shows all its places)."""
        node = self.flag_model.flag_node(flag_id)
        if node is None:
            return False
        index = self.flag_model.index_of(node)
        self.flag_view.scrollTo(index)
        self.flag_view.selectionModel().setCurrentIndex(index, _SELECT)
        if focus:
            self.flag_view.setFocus()
        return True

    def _step_flag(self, step: int) -> None:
        ids = [f.id for f in self.flag_model.flags_in_order()]
        if not ids:
            return
        current = self.current_flag()
        i = ids.index(current.id) + step if current is not None else (0 if step > 0 else -1)
        self.select_flag(ids[i % len(ids)], focus=True)

    @Slot()
    def next_flag(self) -> None:
        """Go to the next flag (open ones first; wraps)."""
        self._step_flag(1)

    @Slot()
    def prev_flag(self) -> None:
        """Go to the previous flag."""
        self._step_flag(-1)

    @Slot()
    def confirm_flag(self) -> None:
        """The flag is right: confirm it (the text still needs fixing)."""
        flag = self.current_flag()
        if flag is not None:
            self.push(DecideFlag(self.session, flag, "confirmed", "", self.tr("Confirm flag %1").replace(
                "%1", flag.rule)))

    def ask_reason(self, flag) -> str | None:
        """Ask why a flag is dismissed (None when the person cancels)."""
        reason, ok = QInputDialog.getText(self, self.tr("Dismiss flag"),
                                          self.tr("Why is this not an error?"), QLineEdit.EchoMode.Normal, "")
        return reason if ok else None

    @Slot()
    def dismiss_flag(self) -> None:
        """The flag is wrong: dismiss it with a reason (kept across re-analysis)."""
        flag = self.current_flag()
        if flag is None:
            return
        reason = self.ask_reason(flag)
        if reason is not None and not reason.strip():
            self.statusBar().showMessage(self.tr("A dismissed flag needs a reason."), 5000)
            return
        if reason is not None:
            self.push(DecideFlag(self.session, flag, "dismissed", reason, self.tr("Dismiss flag %1").replace(
                "%1", flag.rule)))

    @Slot()
    def apply_fix(self) -> None:
        """Apply the current flag's certain fix: every edit, then mark the flag fixed (one undo step)."""
        flag = self.current_flag()
        if flag is None or flag.suggestion is None or not flag.suggestion.edits:
            self.statusBar().showMessage(self.tr("This flag has no automatic fix."), 4000)
            return
        aid, text = self.session.article_id, self.session.bundle.text
        # Right to left, so each edit's offsets are still those of the text it was computed on.
        parts = [EditText(self.session, aid, e.start, e.end, text[e.start:e.end], e.text, "")
                 for e in sorted(flag.suggestion.edits, key=lambda e: e.start, reverse=True)]
        parts.append(DecideFlag(self.session, flag, "fixed", "", ""))
        self.push(Macro(self.tr("Fix %1").replace("%1", flag.rule), parts))

    # --- text -----------------------------------------------------------------------------
    @Slot(int, int, str)
    def _on_user_edit(self, start: int, end: int, new: str) -> None:
        bundle = self.session.bundle
        old = bundle.text[start:end]
        self.push(EditText(self.session, bundle.info.id, start, end, old, new, self.tr("Typing"), applied=True))
        self.reanalyse_timer.start()

    @Slot(int, int, str)
    def _on_text_replaced(self, start: int, end: int, new: str) -> None:
        self.view.replace_range(start, end, new)

    # --- stories --------------------------------------------------------------------------
    @Slot()
    def sign_off(self) -> None:
        """Sign the story in front off."""
        bundle = self.session.bundle
        if bundle is None:
            return
        self.push(SetArticleStatus(self.session, bundle.info, "signed_off", self.tr("Sign off")))
        open_flags = sum(1 for f in self.session.bundle.flags if f.decision is None)
        msg = self.tr("Story signed off.") if not open_flags else self.tr(
            "Story signed off with %1 open flags.").replace("%1", str(open_flags))
        self.statusBar().showMessage(msg, 5000)

    def _step_story(self, step: int) -> None:
        ids = [n.payload.id for n in self.story_model.articles()]
        if not ids:
            return
        current = self.session.article_id
        i = ids.index(current) + step if current in ids else 0
        self.open_story(ids[i % len(ids)])

    @Slot()
    def next_story(self) -> None:
        """Open the next story (wraps to the first)."""
        self._step_story(1)

    @Slot()
    def prev_story(self) -> None:
        """Open the previous story."""
        self._step_story(-1)

    # --- find -----------------------------------------------------------------------------
    @Slot()
    def show_find(self) -> None:
        """Show the find bar with the selection as the needle."""
        start, end = self.view.selected_range()
        if end > start:
            self.find_edit.setText(self.view.text()[start:end])
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    @Slot()
    def close_find(self) -> None:
        """Hide the find bar and its hits."""
        self.find_bar.hide()
        self.view.clear_layer(LAYER_SEARCH)
        self.view.setFocus()

    @Slot(str)
    def _on_find_text(self, needle: str) -> None:
        self._hits = self.view.find_all(needle)
        self.view.set_layer(LAYER_SEARCH, highlight.search_spans(self._hits))
        self.find_count.setText(self.tr("%1 found").replace("%1", str(len(self._hits))) if needle else "")

    @Slot()
    def find_next(self) -> None:
        """Select the next hit after the cursor (wraps)."""
        hits = getattr(self, "_hits", [])
        if not hits:
            return
        _, cur_end = self.view.selected_range()
        nxt = next((h for h in hits if h[0] >= cur_end), hits[0])
        self.view.select_range(*nxt)
