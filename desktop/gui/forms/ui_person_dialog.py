# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(520, 480)
        self.outer = QVBoxLayout(PersonDialog)
        self.outer.setObjectName(u"outer")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.surname_label = QLabel(PersonDialog)
        self.surname_label.setObjectName(u"surname_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surname_label)

        self.surname = QLineEdit(PersonDialog)
        self.surname.setObjectName(u"surname")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname)

        self.given_name_label = QLabel(PersonDialog)
        self.given_name_label.setObjectName(u"given_name_label")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.given_name_label)

        self.given_name = QLineEdit(PersonDialog)
        self.given_name.setObjectName(u"given_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.given_name)

        self.patronymic_label = QLabel(PersonDialog)
        self.patronymic_label.setObjectName(u"patronymic_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymic_label)

        self.patronymic = QLineEdit(PersonDialog)
        self.patronymic.setObjectName(u"patronymic")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic)

        self.gender_label = QLabel(PersonDialog)
        self.gender_label.setObjectName(u"gender_label")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gender_label)

        self.gender = QComboBox(PersonDialog)
        self.gender.setObjectName(u"gender")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gender)

        self.position_label = QLabel(PersonDialog)
        self.position_label.setObjectName(u"position_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.position_label)

        self.position = QLineEdit(PersonDialog)
        self.position.setObjectName(u"position")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.position)

        self.degree_label = QLabel(PersonDialog)
        self.degree_label.setObjectName(u"degree_label")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.degree_label)

        self.degree = QLineEdit(PersonDialog)
        self.degree.setObjectName(u"degree")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.degree)

        self.organisation_label = QLabel(PersonDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation = QComboBox(PersonDialog)
        self.organisation.setObjectName(u"organisation")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.city_label = QLabel(PersonDialog)
        self.city_label.setObjectName(u"city_label")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(PersonDialog)
        self.city.setObjectName(u"city")

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(PersonDialog)
        self.email.setObjectName(u"email")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(PersonDialog)
        self.phone.setObjectName(u"phone")

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone)

        self.notes_label = QLabel(PersonDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(PersonDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)


        self.outer.addLayout(self.fields)

        self.error = QLabel(PersonDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(PersonDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.surname_label.setBuddy(self.surname)
        self.given_name_label.setBuddy(self.given_name)
        self.patronymic_label.setBuddy(self.patronymic)
        self.gender_label.setBuddy(self.gender)
        self.position_label.setBuddy(self.position)
        self.degree_label.setBuddy(self.degree)
        self.organisation_label.setBuddy(self.organisation)
        self.city_label.setBuddy(self.city)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.surname_label.setText(QCoreApplication.translate("PersonDialog", u"&Surname", None))
        self.given_name_label.setText(QCoreApplication.translate("PersonDialog", u"&Given name", None))
        self.patronymic_label.setText(QCoreApplication.translate("PersonDialog", u"&Patronymic", None))
        self.gender_label.setText(QCoreApplication.translate("PersonDialog", u"Ge&nder", None))
        self.position_label.setText(QCoreApplication.translate("PersonDialog", u"Pos&ition", None))
        self.degree_label.setText(QCoreApplication.translate("PersonDialog", u"&Degree", None))
        self.organisation_label.setText(QCoreApplication.translate("PersonDialog", u"&Organisation", None))
        self.city_label.setText(QCoreApplication.translate("PersonDialog", u"&City", None))
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"&E-mail", None))
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"P&hone", None))
        self.notes_label.setText(QCoreApplication.translate("PersonDialog", u"N&otes", None))
        self.error.setText("")
    # retranslateUi

