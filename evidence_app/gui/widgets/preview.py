"""One image, blurred until the user deliberately reveals it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from evidence_app.gui.widgets.common import MUTED_STYLE, is_language_change, plain_label

PLACEHOLDER_STYLE = ("border: 1px dashed #999; background: #f4f4f4; color: #7a0000; "
                     "padding: 12px;")


class BlurredPreview(QWidget):
    """Starts blurred; `reveal_requested` asks the owner to record the view and decode it.

    A null `blurred` image (the picture could not be decoded within the budget: damaged or far
    too large) makes it a placeholder that says so, with nothing to reveal.
    """

    reveal_requested = Signal(str)  # artifact id

    def __init__(self, artifact_id: str, caption: str, blurred: QImage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.artifact_id = artifact_id
        self._blurred = blurred
        self.is_revealed = False
        self.caption = plain_label(caption, self)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.notice = plain_label("", self)
        self.notice.setStyleSheet(MUTED_STYLE)
        self.reveal_button = QPushButton(self)
        self.hide_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.image)
        layout.addLayout(buttons)
        self.reveal_button.clicked.connect(lambda: self.reveal_requested.emit(self.artifact_id))
        self.hide_button.clicked.connect(self.blur)
        self.blur()
        self.retranslate()

    @property
    def is_placeholder(self) -> bool:
        return self._blurred.isNull()

    def retranslate(self) -> None:
        self.reveal_button.setText(self.tr("Reveal image"))
        self.hide_button.setText(self.tr("Blur again"))
        if self.is_placeholder:
            self.notice.setText("")
            self.image.setText(self.tr(
                "This picture cannot be displayed here: it is damaged or too large. The file "
                "itself is sealed in the vault with its SHA-256 and goes into exports."))
            return
        self.notice.setText(self.tr("Shown unblurred. Viewing was recorded.") if self.is_revealed
                            else self.tr("Blurred to protect you. Revealing it is recorded."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        self.reveal_button.setEnabled(not busy and not self.is_revealed
                                      and not self.is_placeholder)

    def show_revealed(self, image: QImage) -> None:
        if image.isNull():  # could not be decoded after all (and was not recorded as seen)
            self._blurred = QImage()
            self.blur()
            return
        self.is_revealed = True
        self.image.setPixmap(QPixmap.fromImage(image))
        self.reveal_button.setVisible(False)
        self.hide_button.setVisible(True)
        self.retranslate()

    def blur(self) -> None:
        """Back to the blurred picture; the sharp pixmap is dropped from memory."""
        self.is_revealed = False
        self.hide_button.setVisible(False)
        if self.is_placeholder:
            self.image.clear()
            self.image.setWordWrap(True)
            self.image.setTextFormat(Qt.TextFormat.PlainText)
            self.image.setStyleSheet(PLACEHOLDER_STYLE)
            self.image.setMinimumHeight(90)
            self.reveal_button.setVisible(False)
        else:
            self.image.setPixmap(QPixmap.fromImage(self._blurred))
            self.reveal_button.setVisible(True)
            self.reveal_button.setEnabled(True)
        self.retranslate()
