"""The desk's main window: stories, the text with its highlights, the fact sheet, the flag list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QPalette, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from analysis.model import FACT_KINDS
from desktop.actions import ActionCollection
from desktop.fact_model import FactModel
from desktop.flag_model import FlagModel
from desktop.models import ROLE_ID, ROLE_KIND, StoryModel
from desktop.pages import PagesMixin
from desktop.prefs import PrefsMixin
from desktop.review import ReviewMixin
from desktop.theme import SELECTED_COLOR, SELECTED_TEXT, cjk_font, kind_color, severity_color
from widgets.article_view import LAYER_SELECTED, ArticleView
from widgets.fact_table import FactSheetView
from widgets.flag_list import FlagListView
from widgets.legend import Legend

#: Above this many facts the fact sheet skips expand-all and column fitting (both walk every row).
LARGE_STORY = 2000

MENUS = (("file", ("import", "import_folder", "paste_page", "pub_date", None, "quit")),
         ("edit", ("undo", "redo", None, "find", "find_next", None, "reanalyse", None, "settings")),
         ("fact", ("next_fact", "prev_fact", "verify", "reject", "edit_value")),
         ("flag", ("next_flag", "prev_flag", "confirm_flag", "dismiss_flag", "apply_fix")),
         ("story", ("next_story", "prev_story", "sign_off")),
         ("view", ("zoom_in", "zoom_out", "zoom_reset", None, "focus_text", "focus_facts", "focus_flags",
                   "focus_stories")),
         ("help", ("shortcuts", "about")))


class MainWindow(ReviewMixin, PagesMixin, PrefsMixin, QMainWindow):
    """The desk. Every decision goes through a story's undo stack to the session (the store)."""

    def __init__(self, session, runner, settings, translations=None, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session, self.runner, self.settings, self.translations = session, runner, settings, translations
        self.undo_group = QUndoGroup(self)
        self.stacks: dict[int, QUndoStack] = {}
        self.actions = ActionCollection(self, self.undo_group)
        self._jobs: dict[int, str] = {}  # job id -> kind ("import", "reanalyse", "warmup")
        self._job_first_doc: dict[int, int] = {}
        self._import_errors: list[str] = []
        self.last_saved = ""
        self.remember_layout = True
        self._build()
        self._connect()
        self.retranslate()
        self.setAcceptDrops(True)
        self.restore_layout()

    # --- construction ---------------------------------------------------------------------
    def _build(self) -> None:
        self.view = ArticleView(self)
        self.view.setObjectName("articleView")
        self.view.setFont(cjk_font(serif=True, point_size=self.settings.get("ui/font_size")))
        self.view.zoomIn(self.settings.get("ui/zoom"))
        # The text selection looks like the selected-fact layer, so "selected" reads as one thing.
        pal = self.view.palette()
        pal.setColor(QPalette.ColorRole.Highlight, QColor(*SELECTED_COLOR))
        pal.setColor(QPalette.ColorRole.HighlightedText, QColor(*SELECTED_TEXT))
        self.view.setPalette(pal)
        self.legend = Legend(self)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("storyTitle")
        self.title_label.setWordWrap(True)
        self.find_bar = QWidget(self)
        self.find_edit = QLineEdit(self.find_bar)
        self.find_edit.setObjectName("findEdit")
        self.find_count = QLabel(self.find_bar)
        row = QHBoxLayout(self.find_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.find_edit)
        row.addWidget(self.find_count)
        self.find_bar.hide()
        center = QWidget(self)
        col = QVBoxLayout(center)
        col.setContentsMargins(4, 4, 4, 4)
        for w in (self.title_label, self.legend, self.view, self.find_bar):
            col.addWidget(w)
        self.setCentralWidget(center)

        self.story_model = StoryModel(self)
        self.story_view = QTreeView(self)
        self.story_view.setObjectName("storyList")
        self.story_view.setModel(self.story_model)
        self.story_view.setUniformRowHeights(True)
        self.story_view.header().setStretchLastSection(False)
        self.story_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fact_model = FactModel(self)
        self.fact_view = FactSheetView(self.validate_value)
        self.fact_view.setModel(self.fact_model)
        self.flag_model = FlagModel(self)
        self.flag_view = FlagListView(self)
        self.flag_view.setModel(self.flag_model)
        flag_box = QWidget(self)
        flag_col = QVBoxLayout(flag_box)
        flag_col.setContentsMargins(0, 0, 0, 0)
        self.flag_toolbar = QToolBar(flag_box)
        for name in ("confirm_flag", "dismiss_flag", "apply_fix"):
            self.flag_toolbar.addAction(self.actions.get(name))
        flag_col.addWidget(self.flag_toolbar)
        flag_col.addWidget(self.flag_view, 3)
        self.flag_detail = QLabel(flag_box)  # the current flag's whole message (the list truncates)
        self.flag_detail.setObjectName("flagDetail")
        self.flag_detail.setWordWrap(True)
        self.flag_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        flag_col.addWidget(self.flag_detail, 1)

        self.docks: dict[str, QDockWidget] = {}
        for name, widget, area in (("stories", self.story_view, Qt.DockWidgetArea.LeftDockWidgetArea),
                                   ("facts", self.fact_view, Qt.DockWidgetArea.RightDockWidgetArea),
                                   ("flags", flag_box, Qt.DockWidgetArea.RightDockWidgetArea)):
            dock = QDockWidget(self)
            dock.setObjectName(f"{name}Dock")
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
        self.resizeDocks([self.docks["stories"], self.docks["facts"]], [240, 620], Qt.Orientation.Horizontal)

        self.menus = {}
        for key, names in MENUS:
            menu = self.menuBar().addMenu("")
            menu.setObjectName(f"{key}Menu")
            for name in names:
                menu.addSeparator() if name is None else menu.addAction(self.actions.get(name))
            self.menus[key] = menu
        # Focus-scoped shortcuts (Enter, Delete, Esc) belong to their widget.
        for name in ("verify", "reject", "edit_value"):
            self.fact_view.addAction(self.actions.get(name))
        for name in ("confirm_flag", "dismiss_flag"):
            self.flag_view.addAction(self.actions.get(name))
        self.find_edit.addAction(self.actions.get("find_close"))
        for name, action in self.actions.actions.items():
            if self.actions.context(name) == "window":
                self.addAction(action)

        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedLabel")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.progress.hide()
        self.cancel_button.hide()
        self.reanalyse_timer = QTimer(self)
        self.reanalyse_timer.setSingleShot(True)
        self.reanalyse_timer.setInterval(1500)  # re-check a story once the person pauses typing

    def _connect(self) -> None:
        a = self.actions.get
        for name, slot in (("import", self.import_files), ("import_folder", self.import_folder),
                           ("paste_page", self.paste_page), ("pub_date", self.edit_pub_date),
                           ("quit", self.close), ("find", self.show_find), ("find_next", self.find_next),
                           ("find_close", self.close_find), ("reanalyse", self.reanalyse_story),
                           ("settings", self.edit_settings), ("next_fact", self.next_fact),
                           ("prev_fact", self.prev_fact), ("verify", self.verify_fact),
                           ("reject", self.reject_fact), ("edit_value", self.edit_value),
                           ("next_flag", self.next_flag), ("prev_flag", self.prev_flag),
                           ("confirm_flag", self.confirm_flag), ("dismiss_flag", self.dismiss_flag),
                           ("apply_fix", self.apply_fix), ("sign_off", self.sign_off),
                           ("next_story", self.next_story), ("prev_story", self.prev_story),
                           ("focus_text", self.view.setFocus), ("focus_facts", self.fact_view.setFocus),
                           ("focus_flags", self.flag_view.setFocus), ("focus_stories", self.story_view.setFocus),
                           ("zoom_in", self.zoom_in), ("zoom_out", self.zoom_out),
                           ("zoom_reset", self.zoom_reset), ("shortcuts", self.show_shortcuts),
                           ("about", self.show_about)):
            a(name).triggered.connect(slot)
        s = self.session
        s.articleLoaded.connect(self._on_article_loaded)
        s.articleRefreshed.connect(self._on_article_refreshed)
        s.textReplaced.connect(self._on_text_replaced)
        s.factChanged.connect(self._on_fact_changed)
        s.flagChanged.connect(self._on_flag_changed)
        s.articleInfoChanged.connect(self.story_model.update_article)
        s.documentsChanged.connect(self.reload_stories)
        s.saved.connect(self._on_saved)
        s.failed.connect(self._on_failed)
        r = self.runner
        r.progress.connect(self._on_progress)
        r.item.connect(self._on_item)
        r.finished.connect(self._on_job_finished)
        r.failed.connect(self._on_job_failed)
        self.cancel_button.clicked.connect(self.cancel_jobs)
        self.view.cursorAt.connect(self._on_text_cursor)
        self.view.textEdited.connect(self._on_user_edit)
        self.fact_view.selectionModel().currentRowChanged.connect(self._on_fact_current)
        self.flag_view.selectionModel().currentRowChanged.connect(self._on_flag_current)
        self.story_view.selectionModel().currentRowChanged.connect(self._on_story_current)
        self.fact_model.valueEdited.connect(self._on_value_edited)
        self.find_edit.textChanged.connect(self._on_find_text)
        self.find_edit.returnPressed.connect(self.find_next)
        self.reanalyse_timer.timeout.connect(self.reanalyse_story)

    # --- language ------------------------------------------------------------------------
    def translations_language(self) -> str:
        """The interface language in use (zh_CN or en)."""
        return self.translations.language if self.translations is not None else "en"

    def kind_names(self) -> dict[str, str]:
        """Fact kinds in words."""
        return {"person": self.tr("person"), "title": self.tr("title"), "org": self.tr("organisation"),
                "place": self.tr("place"), "date": self.tr("date"), "duration": self.tr("duration"),
                "number": self.tr("figure")}

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Proofdesk"))
        self.actions.retranslate()
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "fact": self.tr("F&act"),
                  "flag": self.tr("F&lag"), "story": self.tr("&Story"), "view": self.tr("&View"),
                  "help": self.tr("&Help")}
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.docks["stories"].setWindowTitle(self.tr("Stories"))
        self.docks["facts"].setWindowTitle(self.tr("Fact sheet"))
        self.docks["flags"].setWindowTitle(self.tr("Flags"))
        self.find_edit.setPlaceholderText(self.tr("Find in the story…"))
        self.view.setPlaceholderText(self.tr(
            "No story open. Import copy with Ctrl+O (files) or Ctrl+Shift+O (a folder), drop files "
            "here, or paste a page with Ctrl+Shift+V."))
        self.cancel_button.setText(self.tr("Cancel"))
        names = self.kind_names()
        entries = [(names[k], kind_color(k)) for k in FACT_KINDS]
        under = severity_color("warning")
        under.setAlpha(0)
        entries.append((self.tr("flagged"), under))
        self.legend.set_entries(entries)
        self.flag_model.language = self.translations_language()
        for model in (self.story_model, self.fact_model, self.flag_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.layoutChanged.emit()
        self.saved_label.setText(self.tr("Saved %1").replace("%1", self.last_saved) if self.last_saved
                                 else self.tr("No changes yet"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- undo -----------------------------------------------------------------------------
    def stack_for(self, article_id: int) -> QUndoStack:
        """The undo stack of one story (created on first use, in the window's group)."""
        stack = self.stacks.get(article_id)
        if stack is None:
            stack = self.stacks[article_id] = QUndoStack(self.undo_group)
            self.undo_group.addStack(stack)
        return stack

    def push(self, command) -> None:
        """Run ``command`` on the story in front's stack (the store is written at once)."""
        aid = self.session.article_id
        if aid is None:
            return
        from db.errors import StoreError

        try:
            self.stack_for(aid).push(command)
            self.session.set_status_if(aid, "in_progress", "new")
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))

    # --- stories --------------------------------------------------------------------------
    @Slot()
    def reload_stories(self) -> None:
        """Rebuild the story list from the store, keeping the story in front selected."""
        store = self.session.store
        docs = store.documents()
        self.story_model.load(docs, {d.id: store.articles(d.id) for d in docs})
        self.story_view.expandAll()
        for col in (1, 2):
            self.story_view.resizeColumnToContents(col)
        self._mark_story(self.session.article_id)

    def _mark_story(self, article_id) -> None:
        node = self.story_model.find_article(article_id) if article_id is not None else None
        if node is None:
            return
        index = self.story_model.index_of(node)
        self.story_view.blockSignals(True)
        self.story_view.selectionModel().blockSignals(True)
        try:
            self.story_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self.story_view.selectionModel().blockSignals(False)
            self.story_view.blockSignals(False)
        self.story_view.scrollTo(index)

    def open_story(self, article_id: int) -> None:
        """Bring a story to the front (its own undo stack becomes active)."""
        if self.reanalyse_timer.isActive():
            self.reanalyse_timer.stop()
            self.reanalyse_story()
        self.session.open_article(article_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_story_current(self, current, previous) -> None:
        if current.isValid() and current.data(ROLE_KIND) == "article":
            aid = current.data(ROLE_ID)
            if aid != self.session.article_id:
                self.open_story(aid)

    @Slot(object)
    def _on_article_loaded(self, bundle) -> None:
        self.view.set_text(bundle.text)
        self._show_models(bundle)
        self.paint_story(bundle)
        self.undo_group.setActiveStack(self.stack_for(bundle.info.id))
        self._mark_story(bundle.info.id)
        date = bundle.pub_date or ""
        title = " / ".join(bundle.title_lines) or bundle.info.title
        source = bundle.source.replace("\\", "/").rsplit("/", 1)[-1]
        self.title_label.setText(f"<b>{title}</b>  <span style='color:gray'>{source} {date}</span>")

    def _show_models(self, bundle) -> None:
        fact = self.current_fact()
        flag = self.current_flag()
        self.fact_model.load(bundle.facts, bundle.relations)
        self.flag_model.load(bundle.flags, bundle.text)
        if len(bundle.facts) <= LARGE_STORY:
            # Groups open, and people with titles (the titles show); mentions stay folded.
            for row in range(self.fact_model.rowCount()):
                group = self.fact_model.index(row, 0)
                self.fact_view.setExpanded(group, True)
                for prow in range(self.fact_model.rowCount(group)):
                    person = self.fact_model.index(prow, 0, group)
                    if self.fact_model.rowCount(person) > 1:
                        self.fact_view.setExpanded(person, True)
            for view in (self.fact_view, self.flag_view):
                for c in (0, 1):
                    view.resizeColumnToContents(c)
        else:  # thousands of rows: open the groups only and keep the column widths (both walk every row)
            for row in range(self.fact_model.rowCount()):
                self.fact_view.setExpanded(self.fact_model.index(row, 0), True)
        # The message says what is wrong: give it about half of what the two short columns leave.
        rest = self.flag_view.viewport().width() - self.flag_view.columnWidth(0) - self.flag_view.columnWidth(1)
        self.flag_view.setColumnWidth(2, max(160, rest // 2))
        # Keep the person's place in the lists across a refresh.
        self._linking = True
        try:
            if fact is not None:
                self.select_fact(fact.id)
            if flag is not None:
                self.select_flag(flag.id)
        finally:
            self._linking = False

    @Slot(object)
    def _on_article_refreshed(self, bundle) -> None:
        # The same facts and flags with moved spans (typing): update rows in place.
        if not (self.fact_model.refresh(bundle.facts, bundle.relations)
                and self.flag_model.refresh(bundle.flags, bundle.text)):
            self._show_models(bundle)
        self.paint_story(bundle)
        self.view.clear_layer(LAYER_SELECTED)

    @Slot(object)
    def _on_fact_changed(self, fact) -> None:
        if fact.article_id == self.session.article_id:
            if not self.fact_model.update_fact(fact):
                self._show_models(self.session.bundle)
            self.paint_story(self.session.bundle)

    @Slot(object)
    def _on_flag_changed(self, flag) -> None:
        if flag.article_id == self.session.article_id:
            self.flag_model.update_flag(flag)
            self.paint_flags(self.session.bundle)
            current = self.current_flag()
            if current is not None and current.id == flag.id:
                self.flag_detail.setText(self.flag_detail_text(flag))

    @Slot(str)
    def _on_saved(self, what: str) -> None:
        self.last_saved = dt.datetime.now().strftime("%H:%M:%S")
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("Saved %1").replace("%1", self.last_saved))
        self.saved_label.setToolTip(what)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.saved_label.setStyleSheet("color: #c62828")
        self.saved_label.setText(self.tr("Not saved: %1").replace("%1", message))
