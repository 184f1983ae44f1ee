# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'organisation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrganisationDialog(object):
    def setupUi(self, OrganisationDialog):
        if not OrganisationDialog.objectName():
            OrganisationDialog.setObjectName(u"OrganisationDialog")
        OrganisationDialog.resize(520, 300)
        self.outer = QVBoxLayout(OrganisationDialog)
        self.outer.setObjectName(u"outer")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.full_name_label = QLabel(OrganisationDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QPlainTextEdit(OrganisationDialog)
        self.full_name.setObjectName(u"full_name")
        self.full_name.setTabChangesFocus(True)
        self.full_name.setMaximumSize(QSize(16777215, 60))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.short_name_label = QLabel(OrganisationDialog)
        self.short_name_label.setObjectName(u"short_name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name = QLineEdit(OrganisationDialog)
        self.short_name.setObjectName(u"short_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name)

        self.city_label = QLabel(OrganisationDialog)
        self.city_label.setObjectName(u"city_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(OrganisationDialog)
        self.city.setObjectName(u"city")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.city)

        self.region_label = QLabel(OrganisationDialog)
        self.region_label.setObjectName(u"region_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region = QLineEdit(OrganisationDialog)
        self.region.setObjectName(u"region")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.region)


        self.outer.addLayout(self.fields)

        self.error = QLabel(OrganisationDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(OrganisationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.full_name_label.setBuddy(self.full_name)
        self.short_name_label.setBuddy(self.short_name)
        self.city_label.setBuddy(self.city)
        self.region_label.setBuddy(self.region)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrganisationDialog)

        QMetaObject.connectSlotsByName(OrganisationDialog)
    # setupUi

    def retranslateUi(self, OrganisationDialog):
        OrganisationDialog.setWindowTitle(QCoreApplication.translate("OrganisationDialog", u"Organisation", None))
        self.full_name_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Full name", None))
        self.short_name_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Short name", None))
        self.city_label.setText(QCoreApplication.translate("OrganisationDialog", u"&City", None))
        self.region_label.setText(QCoreApplication.translate("OrganisationDialog", u"&Region", None))
        self.error.setText("")
    # retranslateUi

