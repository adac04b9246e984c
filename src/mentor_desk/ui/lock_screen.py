"""The app lock on screen: a password screen that replaces the window's content at start and
after idle time, when a password is set (`store.app_lock`).

`AppLockGuard` watches the application's keyboard and mouse input (an application-wide event
filter); after the chosen minutes without any, it hides the window's content behind a
`LockScreen` and covers every other open window (a dialog left open) with a blank curtain.
While locked, input meant for anything but the lock screen is dropped. The password is
checked on Qt's thread pool (Argon2id is slow on purpose), so the screen keeps answering.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.errors import MentorDeskError
from mentor_desk.ui.theme import (
    IDLE_CHECK_MS,
    IDLE_LOCK_DEFAULT_MINUTES,
    LOCK_CARD_WIDTH,
    LOCK_WAIT_TICK_MS,
    MARGIN,
    SPACING,
)
from mentor_desk.ui.widgets.background import BackgroundCall

# The file `store.app_lock` keeps the password hash in. Named here so that start-up can see
# whether a password is set without importing the store (slow to import; see test_start_up).
APP_LOCK_FILE = "app-lock.json"
IDLE_MINUTES_SETTING = "app_lock/idle_minutes"
SECONDS_PER_MINUTE = 60
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def password_is_set(home: Path) -> bool:
    """Whether this data folder has an app-lock password (a file check; GUI thread)."""
    return (home / APP_LOCK_FILE).exists()


def password_accepted(home: Path, typed: str) -> bool:
    """Thread pool: whether `typed` opens the lock (True when the lock was removed meanwhile);
    StoreError if the password file is damaged."""
    from mentor_desk.store import app_lock

    stored = app_lock.read_lock(home)
    return stored is None or app_lock.password_matches(stored, typed)


def idle_minutes(settings: QSettings) -> int:
    """Minutes without input before the lock shows (GUI thread)."""
    try:
        return max(1, int(str(settings.value(IDLE_MINUTES_SETTING, IDLE_LOCK_DEFAULT_MINUTES))))
    except ValueError:
        return IDLE_LOCK_DEFAULT_MINUTES


class LockScreen(QWidget):
    """The password screen; emits `unlocked` when the right password was typed."""

    unlocked = Signal()

    def __init__(self, home: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.failures = 0
        self._wait_left = 0
        self._check = BackgroundCall(self)
        self._check.done.connect(self._checked)
        self._check.failed.connect(self._check_failed)
        self._tick = QTimer(self)
        self._tick.setInterval(LOCK_WAIT_TICK_MS)
        self._tick.timeout.connect(self._count_down)
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.message = QLabel()
        self.message.setObjectName("lock_message")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgot_password")
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.explain_forgotten)
        self.forgotten = QLabel()
        self.forgotten.setObjectName("forgotten_help")
        self.forgotten.setWordWrap(True)
        self.forgotten.setProperty("role", "muted")
        self.forgotten.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forgotten.hide()
        self.card = card = QFrame()
        card.setProperty("role", "card")
        card.setFixedWidth(LOCK_CARD_WIDTH)
        inner = QVBoxLayout(card)
        self.card_margin = MARGIN * 2
        inner.setContentsMargins(*(self.card_margin,) * 4)
        inner.setSpacing(SPACING)
        inner.addWidget(self.heading)
        inner.addWidget(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.forgotten)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Mentor Desk is locked"))
        self.hint.setText(self.tr("Type the password of this computer's Mentor Desk to go on."))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.forgot_button.setText(self.tr("Forgot the password?"))
        self.forgotten.setText(
            self.tr(
                "The password keeps other people from seeing the screen; it does not encrypt "
                "the files. To set a new one: close Mentor Desk, open the data folder\n%1\n"
                "and delete the file %2. Mentor Desk then opens without a password and "
                "every record stays as it was; set a new password in Settings."
            )
            .replace("%1", str(self.home))
            .replace("%2", APP_LOCK_FILE)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def begin(self) -> None:
        """Show an empty password field with the cursor in it (GUI thread)."""
        self.password.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        """Check the typed password on the thread pool (GUI thread)."""
        if self._check.busy or self._wait_left:
            return
        home, typed = self.home, self.password.text()
        self._set_waiting(True)
        self.message.setText(self.tr("Checking…"))
        self._check.start(lambda: password_accepted(home, typed))

    def explain_forgotten(self) -> None:
        """Show or hide how to reset a forgotten password."""
        showing = not self.forgotten.isVisible()
        self.forgotten.setVisible(showing)
        if showing:  # a wrapped label's height is known only once its width is
            width = self.card.contentsRect().width() - 2 * self.card_margin
            self.forgotten.setMinimumHeight(self.forgotten.heightForWidth(width))

    def _checked(self, matches: object) -> None:
        from mentor_desk.store.app_lock import delay_after_failures  # loaded by the check

        self._set_waiting(False)
        if matches:
            self.failures = 0
            self.message.clear()
            self.password.clear()
            self.unlocked.emit()
            return
        self.failures += 1
        self.password.selectAll()
        self._wait_left = round(delay_after_failures(self.failures))
        if self._wait_left:
            self._set_waiting(True)
            self._tick.start()
        self._say_wrong()

    def _check_failed(self, error: BaseException, details: str) -> None:
        self._set_waiting(False)
        self._say(error.message_th if isinstance(error, MentorDeskError) else str(error))

    def _count_down(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if not self._wait_left:
            self._tick.stop()
            self._set_waiting(False)
            self.password.setFocus()
        self._say_wrong()

    def _say_wrong(self) -> None:
        if self._wait_left:
            text = self.tr("Wrong password. Please wait %1 seconds and try again.").replace(
                "%1", str(self._wait_left)
            )
        else:
            text = self.tr("Wrong password. Please try again.")
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _set_waiting(self, waiting: bool) -> None:
        self.password.setEnabled(not waiting)
        self.unlock_button.setEnabled(not waiting)


class AppLockGuard(QObject):
    """Locks the main window at start and after idle time when a password is set (lives on
    the GUI thread, one per app run)."""

    locked_changed = Signal(bool)

    def __init__(self, home: Path, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.settings = settings
        self.window: QMainWindow | None = None
        self.lock_screen: LockScreen | None = None
        self._curtains: list[QWidget] = []
        self.locked = password_is_set(home)  # asked at start, before any record shows
        self.last_input = time.monotonic()
        self._idle = QTimer(self)
        self._idle.setInterval(IDLE_CHECK_MS)
        self._idle.timeout.connect(self.check_idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def attach(self, window: QMainWindow) -> None:
        """Guard a main window (before it is shown): covered at once if locked."""
        self.window = window
        window.installEventFilter(self)
        if self.locked:
            self._cover()
        self._idle.start()

    def check_idle(self) -> None:
        """Lock when there has been no input for the chosen minutes and a password is set."""
        idle = time.monotonic() - self.last_input
        if self.locked or idle < idle_minutes(self.settings) * SECONDS_PER_MINUTE:
            return
        if password_is_set(self.home):
            self.lock()

    def lock(self) -> None:
        """Hide the window's content behind the lock screen now (GUI thread)."""
        self.locked = True
        self._cover()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        self.locked = False
        self.last_input = time.monotonic()
        for curtain in self._curtains:
            curtain.deleteLater()
        self._curtains = []
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        if self.window is not None and self.window.centralWidget() is not None:
            self.window.centralWidget().show()
        self.locked_changed.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self.window and self.lock_screen:
            self.lock_screen.setGeometry(self.window.rect())
            return False
        if kind == QEvent.Type.Shortcut:
            return self.locked  # no window shortcut opens a screen under the lock
        if kind not in INPUT_EVENTS:
            return False
        if not self.locked:
            self.last_input = time.monotonic()
            return False
        if not isinstance(watched, QWidget):
            return False  # the window system's delivery; the widget it reaches is filtered
        screen = self.lock_screen
        return screen is None or not (watched is screen or screen.isAncestorOf(watched))

    def _cover(self) -> None:
        window = self.window
        if window is None:
            return
        if window.centralWidget() is not None:
            window.centralWidget().hide()
        if self.lock_screen is None:
            self.lock_screen = LockScreen(self.home, window)
            self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.setGeometry(window.rect())
        self.lock_screen.show()
        self.lock_screen.raise_()
        for other in QApplication.topLevelWidgets():
            if other is not window and other.isVisible() and other.isWindow():
                self._curtains.append(_curtain_over(other))
        self.lock_screen.begin()


def _curtain_over(window: QWidget) -> QWidget:
    """A blank, opaque cover over another open window (a dialog left open when idle)."""
    curtain = QWidget(window)
    curtain.setObjectName("lock_curtain")
    curtain.setAutoFillBackground(True)
    curtain.setGeometry(window.rect())
    curtain.show()
    curtain.raise_()
    return curtain
