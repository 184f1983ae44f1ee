# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'template_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TemplateDialog(object):
    def setupUi(self, TemplateDialog):
        if not TemplateDialog.objectName():
            TemplateDialog.setObjectName(u"TemplateDialog")
        TemplateDialog.resize(560, 260)
        self.outer = QVBoxLayout(TemplateDialog)
        self.outer.setObjectName(u"outer")
        self.explanation = QLabel(TemplateDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.outer.addWidget(self.explanation)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.source_label = QLabel(TemplateDialog)
        self.source_label.setObjectName(u"source_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source = QComboBox(TemplateDialog)
        self.source.setObjectName(u"source")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.source)

        self.title_label = QLabel(TemplateDialog)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(TemplateDialog)
        self.title.setObjectName(u"title")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title)

        self.starts_at_label = QLabel(TemplateDialog)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at = QDateTimeEdit(TemplateDialog)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setCalendarPopup(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.starts_at)


        self.outer.addLayout(self.fields)

        self.error = QLabel(TemplateDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.sp = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.sp)

        self.buttons = QDialogButtonBox(TemplateDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.source_label.setBuddy(self.source)
        self.title_label.setBuddy(self.title)
        self.starts_at_label.setBuddy(self.starts_at)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TemplateDialog)

        QMetaObject.connectSlotsByName(TemplateDialog)
    # setupUi

    def retranslateUi(self, TemplateDialog):
        TemplateDialog.setWindowTitle(QCoreApplication.translate("TemplateDialog", u"New seminar from template", None))
        self.explanation.setText(QCoreApplication.translate("TemplateDialog", u"The new seminar gets the programme, speakers, moderators, partners and settings of the one you copy, moved to the new start. Participants, the resolution and certificates stay behind.", None))
        self.source_label.setText(QCoreApplication.translate("TemplateDialog", u"&Copy", None))
        self.title_label.setText(QCoreApplication.translate("TemplateDialog", u"New &title", None))
        self.starts_at_label.setText(QCoreApplication.translate("TemplateDialog", u"New &start", None))
        self.starts_at.setDisplayFormat(QCoreApplication.translate("TemplateDialog", u"dd.MM.yyyy HH:mm", None))
        self.error.setText("")
    # retranslateUi

