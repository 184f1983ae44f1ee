# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'talk_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_TalkDialog(object):
    def setupUi(self, TalkDialog):
        if not TalkDialog.objectName():
            TalkDialog.setObjectName(u"TalkDialog")
        TalkDialog.resize(560, 560)
        self.outer = QVBoxLayout(TalkDialog)
        self.outer.setObjectName(u"outer")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.title_label = QLabel(TalkDialog)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QPlainTextEdit(TalkDialog)
        self.title.setObjectName(u"title")
        self.title.setTabChangesFocus(True)
        self.title.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.kind_label = QLabel(TalkDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(TalkDialog)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kind)

        self.duration_label = QLabel(TalkDialog)
        self.duration_label.setObjectName(u"duration_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.duration_label)

        self.duration = QSpinBox(TalkDialog)
        self.duration.setObjectName(u"duration")
        self.duration.setMinimum(1)
        self.duration.setMaximum(1440)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.duration)

        self.mode_label = QLabel(TalkDialog)
        self.mode_label.setObjectName(u"mode_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mode_label)

        self.mode = QComboBox(TalkDialog)
        self.mode.setObjectName(u"mode")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mode)

        self.pinned = QCheckBox(TalkDialog)
        self.pinned.setObjectName(u"pinned")

        self.fields.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.pinned)

        self.pinned_start_label = QLabel(TalkDialog)
        self.pinned_start_label.setObjectName(u"pinned_start_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pinned_start_label)

        self.pinned_start = QDateTimeEdit(TalkDialog)
        self.pinned_start.setObjectName(u"pinned_start")
        self.pinned_start.setCalendarPopup(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pinned_start)

        self.speakers_label = QLabel(TalkDialog)
        self.speakers_label.setObjectName(u"speakers_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.speakers_label)

        self.speakers = QListWidget(TalkDialog)
        self.speakers.setObjectName(u"speakers")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.speakers)

        self.speaker_buttons = QHBoxLayout()
        self.speaker_buttons.setObjectName(u"speaker_buttons")
        self.add_speaker = QPushButton(TalkDialog)
        self.add_speaker.setObjectName(u"add_speaker")

        self.speaker_buttons.addWidget(self.add_speaker)

        self.remove_speaker = QPushButton(TalkDialog)
        self.remove_speaker.setObjectName(u"remove_speaker")

        self.speaker_buttons.addWidget(self.remove_speaker)

        self.speaker_up = QPushButton(TalkDialog)
        self.speaker_up.setObjectName(u"speaker_up")

        self.speaker_buttons.addWidget(self.speaker_up)

        self.speaker_down = QPushButton(TalkDialog)
        self.speaker_down.setObjectName(u"speaker_down")

        self.speaker_buttons.addWidget(self.speaker_down)

        self.sp1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.speaker_buttons.addItem(self.sp1)


        self.fields.setLayout(7, QFormLayout.ItemRole.FieldRole, self.speaker_buttons)

        self.materials_url_label = QLabel(TalkDialog)
        self.materials_url_label.setObjectName(u"materials_url_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.materials_url_label)

        self.materials_url = QLineEdit(TalkDialog)
        self.materials_url.setObjectName(u"materials_url")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.materials_url)

        self.notes_label = QLabel(TalkDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(TalkDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addLayout(self.fields)

        self.error = QLabel(TalkDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(TalkDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.kind_label.setBuddy(self.kind)
        self.duration_label.setBuddy(self.duration)
        self.mode_label.setBuddy(self.mode)
        self.pinned_start_label.setBuddy(self.pinned_start)
        self.speakers_label.setBuddy(self.speakers)
        self.materials_url_label.setBuddy(self.materials_url)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TalkDialog)

        QMetaObject.connectSlotsByName(TalkDialog)
    # setupUi

    def retranslateUi(self, TalkDialog):
        TalkDialog.setWindowTitle(QCoreApplication.translate("TalkDialog", u"Talk", None))
        self.title_label.setText(QCoreApplication.translate("TalkDialog", u"&Title", None))
        self.kind_label.setText(QCoreApplication.translate("TalkDialog", u"&Kind", None))
        self.duration_label.setText(QCoreApplication.translate("TalkDialog", u"&Duration", None))
        self.duration.setSuffix(QCoreApplication.translate("TalkDialog", u" min", None))
        self.mode_label.setText(QCoreApplication.translate("TalkDialog", u"&Mode", None))
        self.pinned.setText(QCoreApplication.translate("TalkDialog", u"Start at a &fixed time (the times after it follow from it)", None))
        self.pinned_start_label.setText(QCoreApplication.translate("TalkDialog", u"Fixed &start", None))
        self.pinned_start.setDisplayFormat(QCoreApplication.translate("TalkDialog", u"dd.MM.yyyy HH:mm", None))
        self.speakers_label.setText(QCoreApplication.translate("TalkDialog", u"S&peakers", None))
        self.add_speaker.setText(QCoreApplication.translate("TalkDialog", u"&Add speaker\u2026", None))
        self.remove_speaker.setText(QCoreApplication.translate("TalkDialog", u"Re&move", None))
        self.speaker_up.setText(QCoreApplication.translate("TalkDialog", u"Up", None))
        self.speaker_down.setText(QCoreApplication.translate("TalkDialog", u"Down", None))
        self.materials_url_label.setText(QCoreApplication.translate("TalkDialog", u"Materials lin&k", None))
        self.materials_url.setPlaceholderText(QCoreApplication.translate("TalkDialog", u"https://", None))
        self.notes_label.setText(QCoreApplication.translate("TalkDialog", u"&Notes", None))
        self.error.setText("")
    # retranslateUi

