# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(620, 520)
        self.outer = QVBoxLayout(SettingsDialog)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.organisation_tab = QWidget()
        self.organisation_tab.setObjectName(u"organisation_tab")
        self.org_fields = QFormLayout(self.organisation_tab)
        self.org_fields.setObjectName(u"org_fields")
        self.name_label = QLabel(self.organisation_tab)
        self.name_label.setObjectName(u"name_label")

        self.org_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QPlainTextEdit(self.organisation_tab)
        self.name.setObjectName(u"name")
        self.name.setTabChangesFocus(True)
        self.name.setMaximumSize(QSize(16777215, 60))

        self.org_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.short_name_label = QLabel(self.organisation_tab)
        self.short_name_label.setObjectName(u"short_name_label")

        self.org_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.short_name_label)

        self.short_name = QLineEdit(self.organisation_tab)
        self.short_name.setObjectName(u"short_name")

        self.org_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.short_name)

        self.department_label = QLabel(self.organisation_tab)
        self.department_label.setObjectName(u"department_label")

        self.org_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department = QLineEdit(self.organisation_tab)
        self.department.setObjectName(u"department")

        self.org_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.department)

        self.address_label = QLabel(self.organisation_tab)
        self.address_label.setObjectName(u"address_label")

        self.org_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address = QLineEdit(self.organisation_tab)
        self.address.setObjectName(u"address")

        self.org_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.row4_label = QLabel(self.organisation_tab)
        self.row4_label.setObjectName(u"row4_label")

        self.org_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.row4_label)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.logo_preview = QLabel(self.organisation_tab)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setWordWrap(False)

        self.logo_row.addWidget(self.logo_preview)

        self.choose_logo = QPushButton(self.organisation_tab)
        self.choose_logo.setObjectName(u"choose_logo")

        self.logo_row.addWidget(self.choose_logo)

        self.clear_logo = QPushButton(self.organisation_tab)
        self.clear_logo.setObjectName(u"clear_logo")

        self.logo_row.addWidget(self.clear_logo)

        self.sp1 = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_row.addItem(self.sp1)


        self.org_fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.logo_row)

        self.row5_label = QLabel(self.organisation_tab)
        self.row5_label.setObjectName(u"row5_label")

        self.org_fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.row5_label)

        self.signatory1 = QHBoxLayout()
        self.signatory1.setObjectName(u"signatory1")
        self.signatory1_name = QLineEdit(self.organisation_tab)
        self.signatory1_name.setObjectName(u"signatory1_name")

        self.signatory1.addWidget(self.signatory1_name)

        self.signatory1_title = QLineEdit(self.organisation_tab)
        self.signatory1_title.setObjectName(u"signatory1_title")

        self.signatory1.addWidget(self.signatory1_title)


        self.org_fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.signatory1)

        self.row6_label = QLabel(self.organisation_tab)
        self.row6_label.setObjectName(u"row6_label")

        self.org_fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.row6_label)

        self.signatory2 = QHBoxLayout()
        self.signatory2.setObjectName(u"signatory2")
        self.signatory2_name = QLineEdit(self.organisation_tab)
        self.signatory2_name.setObjectName(u"signatory2_name")

        self.signatory2.addWidget(self.signatory2_name)

        self.signatory2_title = QLineEdit(self.organisation_tab)
        self.signatory2_title.setObjectName(u"signatory2_title")

        self.signatory2.addWidget(self.signatory2_title)


        self.org_fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.signatory2)

        self.row7_label = QLabel(self.organisation_tab)
        self.row7_label.setObjectName(u"row7_label")

        self.org_fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.row7_label)

        self.signatory3 = QHBoxLayout()
        self.signatory3.setObjectName(u"signatory3")
        self.signatory3_name = QLineEdit(self.organisation_tab)
        self.signatory3_name.setObjectName(u"signatory3_name")

        self.signatory3.addWidget(self.signatory3_name)

        self.signatory3_title = QLineEdit(self.organisation_tab)
        self.signatory3_title.setObjectName(u"signatory3_title")

        self.signatory3.addWidget(self.signatory3_title)


        self.org_fields.setLayout(7, QFormLayout.ItemRole.FieldRole, self.signatory3)

        self.number_pattern_label = QLabel(self.organisation_tab)
        self.number_pattern_label.setObjectName(u"number_pattern_label")

        self.org_fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.number_pattern_label)

        self.number_pattern = QLineEdit(self.organisation_tab)
        self.number_pattern.setObjectName(u"number_pattern")

        self.org_fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.number_pattern)

        self.number_preview = QLabel(self.organisation_tab)
        self.number_preview.setObjectName(u"number_preview")
        self.number_preview.setWordWrap(True)

        self.org_fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.number_preview)

        self.tabs.addTab(self.organisation_tab, "")
        self.languages_tab = QWidget()
        self.languages_tab.setObjectName(u"languages_tab")
        self.lang_fields = QFormLayout(self.languages_tab)
        self.lang_fields.setObjectName(u"lang_fields")
        self.lang_fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.document_language_label = QLabel(self.languages_tab)
        self.document_language_label.setObjectName(u"document_language_label")

        self.lang_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.document_language_label)

        self.document_language = QComboBox(self.languages_tab)
        self.document_language.setObjectName(u"document_language")

        self.lang_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document_language)

        self.ui_language_label = QLabel(self.languages_tab)
        self.ui_language_label.setObjectName(u"ui_language_label")

        self.lang_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ui_language_label)

        self.ui_language = QComboBox(self.languages_tab)
        self.ui_language.setObjectName(u"ui_language")

        self.lang_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ui_language)

        self.ui_language_note = QLabel(self.languages_tab)
        self.ui_language_note.setObjectName(u"ui_language_note")
        self.ui_language_note.setWordWrap(True)

        self.lang_fields.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.ui_language_note)

        self.tabs.addTab(self.languages_tab, "")
        self.database_tab = QWidget()
        self.database_tab.setObjectName(u"database_tab")
        self.db_fields = QFormLayout(self.database_tab)
        self.db_fields.setObjectName(u"db_fields")
        self.current_database_label = QLabel(self.database_tab)
        self.current_database_label.setObjectName(u"current_database_label")

        self.db_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_database_label)

        self.current_database = QLabel(self.database_tab)
        self.current_database.setObjectName(u"current_database")
        self.current_database.setWordWrap(True)

        self.db_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_database)

        self.row1_label = QLabel(self.database_tab)
        self.row1_label.setObjectName(u"row1_label")

        self.db_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.row1_label)

        self.database_kind = QComboBox(self.database_tab)
        self.database_kind.setObjectName(u"database_kind")

        self.db_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.database_kind)

        self.file_label = QLabel(self.database_tab)
        self.file_label.setObjectName(u"file_label")

        self.db_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.start_row = QHBoxLayout()
        self.start_row.setObjectName(u"start_row")
        self.start_database = QLineEdit(self.database_tab)
        self.start_database.setObjectName(u"start_database")

        self.start_row.addWidget(self.start_database)

        self.browse_database = QPushButton(self.database_tab)
        self.browse_database.setObjectName(u"browse_database")

        self.start_row.addWidget(self.browse_database)


        self.db_fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.start_row)

        self.server_box = QGroupBox(self.database_tab)
        self.server_box.setObjectName(u"server_box")
        self.server_fields = QFormLayout(self.server_box)
        self.server_fields.setObjectName(u"server_fields")
        self.server_host_label = QLabel(self.server_box)
        self.server_host_label.setObjectName(u"server_host_label")

        self.server_fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.server_host_label)

        self.server_host = QLineEdit(self.server_box)
        self.server_host.setObjectName(u"server_host")
        self.server_host.setPlaceholderText(u"db.library.local")

        self.server_fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.server_host)

        self.server_port_label = QLabel(self.server_box)
        self.server_port_label.setObjectName(u"server_port_label")

        self.server_fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.server_port_label)

        self.server_port = QSpinBox(self.server_box)
        self.server_port.setObjectName(u"server_port")
        self.server_port.setMinimum(1)
        self.server_port.setMaximum(65535)
        self.server_port.setValue(5432)

        self.server_fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.server_port)

        self.server_database_label = QLabel(self.server_box)
        self.server_database_label.setObjectName(u"server_database_label")

        self.server_fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.server_database_label)

        self.server_database = QLineEdit(self.server_box)
        self.server_database.setObjectName(u"server_database")
        self.server_database.setPlaceholderText(u"kafedra")

        self.server_fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.server_database)

        self.server_user_label = QLabel(self.server_box)
        self.server_user_label.setObjectName(u"server_user_label")

        self.server_fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.server_user_label)

        self.server_user = QLineEdit(self.server_box)
        self.server_user.setObjectName(u"server_user")

        self.server_fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.server_user)

        self.server_password_label = QLabel(self.server_box)
        self.server_password_label.setObjectName(u"server_password_label")

        self.server_fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.server_password_label)

        self.server_password = QLineEdit(self.server_box)
        self.server_password.setObjectName(u"server_password")
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)

        self.server_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.server_password)

        self.password_note = QLabel(self.server_box)
        self.password_note.setObjectName(u"password_note")
        self.password_note.setWordWrap(True)

        self.server_fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_note)

        self.test_row = QHBoxLayout()
        self.test_row.setObjectName(u"test_row")
        self.test_connection = QPushButton(self.server_box)
        self.test_connection.setObjectName(u"test_connection")

        self.test_row.addWidget(self.test_connection)

        self.test_row_stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_row.addItem(self.test_row_stretch)


        self.server_fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.test_row)

        self.test_result = QLabel(self.server_box)
        self.test_result.setObjectName(u"test_result")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.server_fields.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.test_result)


        self.db_fields.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.server_box)

        self.database_note = QLabel(self.database_tab)
        self.database_note.setObjectName(u"database_note")
        self.database_note.setWordWrap(True)

        self.db_fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.database_note)

        self.backups_keep_label = QLabel(self.database_tab)
        self.backups_keep_label.setObjectName(u"backups_keep_label")

        self.db_fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.backups_keep_label)

        self.backups_keep = QSpinBox(self.database_tab)
        self.backups_keep.setObjectName(u"backups_keep")
        self.backups_keep.setMaximum(365)
        self.backups_keep.setValue(10)

        self.db_fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.backups_keep)

        self.backups_note = QLabel(self.database_tab)
        self.backups_note.setObjectName(u"backups_note")
        self.backups_note.setWordWrap(True)

        self.db_fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.backups_note)

        self.user_name_label = QLabel(self.database_tab)
        self.user_name_label.setObjectName(u"user_name_label")

        self.db_fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.user_name_label)

        self.user_name = QLineEdit(self.database_tab)
        self.user_name.setObjectName(u"user_name")
        self.user_name.setMaxLength(100)

        self.db_fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.user_name)

        self.user_name_note = QLabel(self.database_tab)
        self.user_name_note.setObjectName(u"user_name_note")
        self.user_name_note.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.user_name_note.setWordWrap(True)

        self.db_fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.user_name_note)

        self.tabs.addTab(self.database_tab, "")

        self.outer.addWidget(self.tabs)

        self.error = QLabel(SettingsDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.outer.addWidget(self.error)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.short_name_label.setBuddy(self.short_name)
        self.department_label.setBuddy(self.department)
        self.address_label.setBuddy(self.address)
        self.number_pattern_label.setBuddy(self.number_pattern)
        self.document_language_label.setBuddy(self.document_language)
        self.ui_language_label.setBuddy(self.ui_language)
        self.current_database_label.setBuddy(self.current_database)
        self.row1_label.setBuddy(self.database_kind)
        self.file_label.setBuddy(self.start_database)
        self.server_host_label.setBuddy(self.server_host)
        self.server_port_label.setBuddy(self.server_port)
        self.server_database_label.setBuddy(self.server_database)
        self.server_user_label.setBuddy(self.server_user)
        self.server_password_label.setBuddy(self.server_password)
        self.backups_keep_label.setBuddy(self.backups_keep)
        self.user_name_label.setBuddy(self.user_name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.name_label.setText(QCoreApplication.translate("SettingsDialog", u"&Name", None))
        self.short_name_label.setText(QCoreApplication.translate("SettingsDialog", u"&Short name", None))
        self.department_label.setText(QCoreApplication.translate("SettingsDialog", u"&Department", None))
        self.address_label.setText(QCoreApplication.translate("SettingsDialog", u"&Address", None))
        self.row4_label.setText(QCoreApplication.translate("SettingsDialog", u"Logo", None))
        self.logo_preview.setText(QCoreApplication.translate("SettingsDialog", u"No logo", None))
        self.choose_logo.setText(QCoreApplication.translate("SettingsDialog", u"Choose &logo\u2026", None))
        self.clear_logo.setText(QCoreApplication.translate("SettingsDialog", u"&Remove logo", None))
        self.row5_label.setText(QCoreApplication.translate("SettingsDialog", u"Signatory 1", None))
        self.signatory1_name.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Name, e.g. \u0418.\u0418. \u0418\u0432\u0430\u043d\u043e\u0432\u0430", None))
        self.signatory1_title.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Title, e.g. \u0414\u0438\u0440\u0435\u043a\u0442\u043e\u0440", None))
        self.row6_label.setText(QCoreApplication.translate("SettingsDialog", u"Signatory 2", None))
        self.signatory2_name.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Name, e.g. \u0418.\u0418. \u0418\u0432\u0430\u043d\u043e\u0432\u0430", None))
        self.signatory2_title.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Title, e.g. \u0414\u0438\u0440\u0435\u043a\u0442\u043e\u0440", None))
        self.row7_label.setText(QCoreApplication.translate("SettingsDialog", u"Signatory 3", None))
        self.signatory3_name.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Name, e.g. \u0418.\u0418. \u0418\u0432\u0430\u043d\u043e\u0432\u0430", None))
        self.signatory3_title.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Title, e.g. \u0414\u0438\u0440\u0435\u043a\u0442\u043e\u0440", None))
        self.number_pattern_label.setText(QCoreApplication.translate("SettingsDialog", u"Certificate &number pattern", None))
        self.number_pattern.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"{year}-{seq:04d}", None))
        self.number_preview.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.organisation_tab), QCoreApplication.translate("SettingsDialog", u"Our &organisation", None))
        self.document_language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Documents are written in", None))
        self.ui_language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Window language", None))
        self.ui_language_note.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.languages_tab), QCoreApplication.translate("SettingsDialog", u"&Languages", None))
        self.current_database_label.setText(QCoreApplication.translate("SettingsDialog", u"Open now", None))
        self.current_database.setText("")
        self.row1_label.setText(QCoreApplication.translate("SettingsDialog", u"Open at &start", None))
        self.file_label.setText(QCoreApplication.translate("SettingsDialog", u"&File", None))
        self.start_database.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"the default database", None))
        self.browse_database.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.server_box.setTitle(QCoreApplication.translate("SettingsDialog", u"PostgreSQL server", None))
        self.server_host_label.setText(QCoreApplication.translate("SettingsDialog", u"&Host", None))
        self.server_port_label.setText(QCoreApplication.translate("SettingsDialog", u"P&ort", None))
        self.server_database_label.setText(QCoreApplication.translate("SettingsDialog", u"Dat&abase", None))
        self.server_user_label.setText(QCoreApplication.translate("SettingsDialog", u"&User", None))
        self.server_password_label.setText(QCoreApplication.translate("SettingsDialog", u"Pass&word", None))
        self.password_note.setText("")
        self.test_connection.setText(QCoreApplication.translate("SettingsDialog", u"&Test connection", None))
        self.test_result.setText("")
        self.database_note.setText(QCoreApplication.translate("SettingsDialog", u"Used when Kafedra starts without --db and without KAFEDRA_DB.", None))
        self.backups_keep_label.setText(QCoreApplication.translate("SettingsDialog", u"&Backups to keep", None))
        self.backups_keep.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"none (no automatic backup)", None))
        self.backups_note.setText(QCoreApplication.translate("SettingsDialog", u"Each time a database opens, a copy goes to the backups folder beside it; the oldest copies beyond this number are deleted.", None))
        self.user_name_label.setText(QCoreApplication.translate("SettingsDialog", u"&Your name", None))
        self.user_name_note.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.database_tab), QCoreApplication.translate("SettingsDialog", u"&Database", None))
        self.error.setText("")
    # retranslateUi

