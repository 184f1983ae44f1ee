# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 300)
        self.outer = QVBoxLayout(AboutDialog)
        self.outer.setObjectName(u"outer")
        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.logo = QLabel(AboutDialog)
        self.logo.setObjectName(u"logo")
        self.logo.setWordWrap(False)

        self.head.addWidget(self.logo)

        self.titles = QVBoxLayout()
        self.titles.setObjectName(u"titles")
        self.name = QLabel(AboutDialog)
        self.name.setObjectName(u"name")
        self.name.setWordWrap(True)

        self.titles.addWidget(self.name)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")
        self.version.setWordWrap(True)

        self.titles.addWidget(self.version)


        self.head.addLayout(self.titles)

        self.sp1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.head.addItem(self.sp1)


        self.outer.addLayout(self.head)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.outer.addWidget(self.description)

        self.paths = QLabel(AboutDialog)
        self.paths.setObjectName(u"paths")
        self.paths.setWordWrap(True)

        self.outer.addWidget(self.paths)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Kafedra", None))
        self.logo.setText("")
        self.name.setText(QCoreApplication.translate("AboutDialog", u"Kafedra (\u041a\u0430\u0444\u0435\u0434\u0440\u0430)", None))
        self.version.setText("")
        self.description.setText("")
        self.paths.setText("")
    # retranslateUi

