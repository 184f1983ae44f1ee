# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'block_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_BlockDialog(object):
    def setupUi(self, BlockDialog):
        if not BlockDialog.objectName():
            BlockDialog.setObjectName(u"BlockDialog")
        BlockDialog.resize(520, 420)
        self.outer = QVBoxLayout(BlockDialog)
        self.outer.setObjectName(u"outer")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.title_label = QLabel(BlockDialog)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(BlockDialog)
        self.title.setObjectName(u"title")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.starts_at_label = QLabel(BlockDialog)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at = QDateTimeEdit(BlockDialog)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setCalendarPopup(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.starts_at)

        self.room_label = QLabel(BlockDialog)
        self.room_label.setObjectName(u"room_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.room_label)

        self.room = QLineEdit(BlockDialog)
        self.room.setObjectName(u"room")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.room)

        self.moderators_label = QLabel(BlockDialog)
        self.moderators_label.setObjectName(u"moderators_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.moderators_label)

        self.moderators = QListWidget(BlockDialog)
        self.moderators.setObjectName(u"moderators")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.moderators)

        self.moderator_buttons = QHBoxLayout()
        self.moderator_buttons.setObjectName(u"moderator_buttons")
        self.add_moderator = QPushButton(BlockDialog)
        self.add_moderator.setObjectName(u"add_moderator")

        self.moderator_buttons.addWidget(self.add_moderator)

        self.remove_moderator = QPushButton(BlockDialog)
        self.remove_moderator.setObjectName(u"remove_moderator")

        self.moderator_buttons.addWidget(self.remove_moderator)

        self.sp1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moderator_buttons.addItem(self.sp1)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.moderator_buttons)

        self.notes_label = QLabel(BlockDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(BlockDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addLayout(self.fields)

        self.error = QLabel(BlockDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(BlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.starts_at_label.setBuddy(self.starts_at)
        self.room_label.setBuddy(self.room)
        self.moderators_label.setBuddy(self.moderators)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BlockDialog)

        QMetaObject.connectSlotsByName(BlockDialog)
    # setupUi

    def retranslateUi(self, BlockDialog):
        BlockDialog.setWindowTitle(QCoreApplication.translate("BlockDialog", u"Block", None))
        self.title_label.setText(QCoreApplication.translate("BlockDialog", u"&Title", None))
        self.starts_at_label.setText(QCoreApplication.translate("BlockDialog", u"&Starts", None))
        self.starts_at.setDisplayFormat(QCoreApplication.translate("BlockDialog", u"dd.MM.yyyy HH:mm", None))
        self.room_label.setText(QCoreApplication.translate("BlockDialog", u"&Room", None))
        self.moderators_label.setText(QCoreApplication.translate("BlockDialog", u"&Moderators", None))
        self.add_moderator.setText(QCoreApplication.translate("BlockDialog", u"&Add moderator\u2026", None))
        self.remove_moderator.setText(QCoreApplication.translate("BlockDialog", u"Re&move", None))
        self.notes_label.setText(QCoreApplication.translate("BlockDialog", u"&Notes", None))
        self.error.setText("")
    # retranslateUi

